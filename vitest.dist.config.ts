import { defineConfig } from 'vitest/config';

// Checks of the built site in dist/ (tests/built/), run after `astro build` (npm test does both), and of what
// the build says about broken content (tests/build/, which builds copies of the project).
export default defineConfig({
  test: {
    include: ['tests/built/**/*.test.ts', 'tests/build/**/*.test.ts'],
  },
});
