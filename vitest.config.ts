import { defineConfig } from 'vitest/config';

// Unit tests (tests/unit: the logic, on small fixtures) and content checks (tests/content: the
// site's real content). A stray .only never narrows the suite, wherever it runs.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    allowOnly: false,
  },
});
