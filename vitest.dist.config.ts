import { defineConfig } from 'vitest/config';

// Checks of the built site in dist/ (tests/built/), run after the build (npm test does both), and,
// in a separate run so that they do not compete for the CPU, builds of broken copies of the
// project (tests/build/: `vitest run --config vitest.dist.config.ts tests/build`).
export default defineConfig({
  test: {
    include: ['tests/built/**/*.test.ts', 'tests/build/**/*.test.ts'],
    allowOnly: false,
    // A check over every built page parses all of them (246 today, more with each entry): on a
    // loaded or a 2x slower machine that passes Vitest's 5 s default, which guards against hangs
    // and says nothing of speed (the bench times the checks per 100 pages).
    testTimeout: 60_000,
  },
});
