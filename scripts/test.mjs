// `npm test`: every test, on a fresh machine too. Makes sure a Chromium is there, then runs the
// type check, the unit tests, the build (with the search index), checks of the built files (weight,
// links, valid HTML, headers) and the browser tests against it.
import { spawnSync } from 'node:child_process';
import { browserPath } from './browser.mjs';

const chrome = await browserPath();
const env = { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) };

const steps = [
  ['Type check', 'astro', ['check']],
  ['Unit tests', 'vitest', ['run']],
  ['Build', 'node', ['scripts/build.mjs']],
  ['Checks of the built site', 'vitest', ['run', '--config', 'vitest.dist.config.ts']],
  ['Build under a sub-path', 'node', ['scripts/build.mjs'], { BASE_PATH: '/csto/', OUT_DIR: 'dist-subpath' }],
  ['Browser tests', 'playwright', ['test']],
];

for (const [name, command, args, extraEnv = {}] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const { status, error } = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (error) throw error;
  if (status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${status}).`);
    process.exit(status ?? 1);
  }
}
console.log('\n✔ All tests passed.');
