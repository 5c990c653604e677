import { defineConfig } from 'vitest/config';

// Checks of the built site in dist/: run after `astro build` (npm test does both).
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
  },
});
