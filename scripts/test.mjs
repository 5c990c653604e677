// `npm test`: every test, on a fresh machine too. Makes sure Chromium and nginx are there, then
// runs the type check, the unit and content tests, the build, checks of the built files, builds
// of broken copies, the sub-path build, and the browser tests against the built site.
import { spawnSync } from 'node:child_process';
import { browserPath, nginxPath } from './lib/system-tools.mjs';

const started = performance.now();
const chrome = browserPath();
const nginx = nginxPath();
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  ...(chrome ? { CHROME_PATH: chrome } : {}),
  ...(nginx ? { NGINX_PATH: nginx } : {}),
};

const steps = [
  ['Type check', 'astro', ['check']],
  ['Unit and content tests', 'vitest', ['run']],
  ['Build', 'node', ['scripts/build.mjs', '--local']],
  ['Build under a sub-path', 'node', ['scripts/build.mjs', '--local'], { BASE_PATH: '/csto/', OUT_DIR: 'dist-subpath' }],
  ['Checks of the built site', 'vitest', ['run', '--config', 'vitest.dist.config.ts', 'tests/built']],
  ['Links of the sub-path build', 'vitest', ['run', '--config', 'vitest.dist.config.ts', 'tests/built/links.test.ts'], { BASE_PATH: '/csto/', DIST_DIR: 'dist-subpath' }],
  ['Broken content fails the build', 'vitest', ['run', '--config', 'vitest.dist.config.ts', 'tests/build']],
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
console.log(`\n✔ All tests passed in ${((performance.now() - started) / 60_000).toFixed(1)} minutes.`);
