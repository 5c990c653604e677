// `npm test`: every test, on a fresh machine too. Makes sure Chromium and nginx are there, then
// runs the type check, the unit and content tests, the build and checks of the built files, and
// beside them the sub-path build and builds of broken copies; then the browser tests against the
// built site.
import { spawn } from 'node:child_process';
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

// Two lanes run at once until the browser tests, which need both builds: each step is mostly one
// process on one core, and the machine has two. The builds of broken copies work in copies of the
// project, so they run beside the builds here, which share the project's .astro and cache and so
// run one after the other. The second lane's output is shown when the first ends.
const lanes = [
  [
    ['Type check', 'astro', ['check']],
    ['Unit and content tests', 'vitest', ['run']],
    ['Build', 'node', ['scripts/build.mjs', '--local']],
    ['Build under a sub-path', 'node', ['scripts/build.mjs', '--local'], { BASE_PATH: '/csto/', OUT_DIR: 'dist-subpath' }],
    ['Checks of the built site', 'vitest', ['run', '--config', 'vitest.dist.config.ts', 'tests/built']],
    ['Links of the sub-path build', 'vitest', ['run', '--config', 'vitest.dist.config.ts', 'tests/built/links.test.ts'], { BASE_PATH: '/csto/', DIST_DIR: 'dist-subpath' }],
  ],
  [['Broken content fails the build', 'vitest', ['run', '--config', 'vitest.dist.config.ts', 'tests/build']]],
];
const last = ['Browser tests', 'playwright', ['test']];

/** Runs one step, its output to the terminal or into `output`; resolves to its exit status. */
function run([name, command, args, extraEnv = {}], output) {
  const say = (text) => (output ? output.push(text) : process.stdout.write(text));
  say(`\n▶ ${name}: ${command} ${args.join(' ')}\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: output ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...env, ...extraEnv, ...(output ? { FORCE_COLOR: '1' } : {}) } });
    child.stdout?.on('data', (chunk) => output.push(chunk.toString()));
    child.stderr?.on('data', (chunk) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status !== 0) say(`\n✖ ${name} failed (exit ${status}).\n`);
      resolve(status ?? 1);
    });
  });
}

/** Runs a lane's steps in turn, stopping at the first that fails; its exit status. */
async function runLane(steps, output) {
  for (const step of steps) {
    const status = await run(step, output);
    if (status !== 0) return status;
  }
  return 0;
}

const laterOutput = [];
const [first, second] = await Promise.all([runLane(lanes[0]), runLane(lanes[1], laterOutput)]);
process.stdout.write(laterOutput.join(''));
if (first !== 0 || second !== 0) process.exit(first || second);
const status = await run(last);
if (status !== 0) process.exit(status);
console.log(`\n✔ All tests passed in ${((performance.now() - started) / 60_000).toFixed(1)} minutes.`);
