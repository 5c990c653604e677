// `npm test`: every test, on a fresh machine too. Makes sure Chromium, nginx and pdftotext are there, then
// runs the type check, the unit and content tests, the builds and the checks of the built files,
// the builds of broken copies, and the browser tests against the built site.
import { spawn } from 'node:child_process';
import { browserPath, nginxPath, pdftotextPath } from './lib/system-tools.mjs';

const started = performance.now();
const chrome = browserPath();
const nginx = nginxPath();
const pdftotext = pdftotextPath();
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  ...(chrome ? { CHROME_PATH: chrome } : {}),
  ...(nginx ? { NGINX_PATH: nginx } : {}),
  ...(pdftotext ? { PDFTOTEXT_PATH: pdftotext } : {}),
};

// Two lanes, for the machine's two cores. The first builds the site and its sub-path copy (one
// after the other: they share the project's .astro and cache), then runs the browser tests, the
// longest step, as soon as it can. The second runs everything else beside it, on the core the
// builds leave and then sharing both with the browser tests: the unit tests, which need no build;
// the builds of broken copies, which work in copies of the project; then, once the builds are
// there, the type check (it writes .astro/, as a build does) and the checks of the built files.
// The first lane's output is shown as it comes, the second's when both end.
const build = ['Build', 'node', ['scripts/build.mjs', '--local']];
const subpathBuild = ['Build under a sub-path', 'node', ['scripts/build.mjs', '--local'], { BASE_PATH: '/csto/', OUT_DIR: 'dist-subpath' }];
const browserTests = ['Browser tests', 'playwright', ['test']];
const beside = [
  ['Unit and content tests', 'vitest', ['run']],
  ['Broken content fails the build', 'vitest', ['run', '--config', 'vitest.dist.config.ts', 'tests/build']],
  ['Type check', 'astro', ['check'], {}, 'builds'],
  ['Checks of the built site', 'vitest', ['run', '--config', 'vitest.dist.config.ts', 'tests/built'], {}, 'builds'],
  ['Links of the sub-path build', 'vitest', ['run', '--config', 'vitest.dist.config.ts', 'tests/built/links.test.ts'], { BASE_PATH: '/csto/', DIST_DIR: 'dist-subpath' }, 'builds'],
];

const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

/** Runs one step, its output to the terminal or into `output`; resolves to its exit status. */
function run([name, command, args, extraEnv = {}], output) {
  const say = (text) => (output ? output.push(text) : process.stdout.write(text));
  const stepStarted = performance.now();
  say(`\n▶ ${name}: ${command} ${args.join(' ')}\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: output ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...env, ...extraEnv, ...(output ? { FORCE_COLOR: '1' } : {}) } });
    child.stdout?.on('data', (chunk) => output.push(chunk.toString()));
    child.stderr?.on('data', (chunk) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      say(status === 0 ? `\n✔ ${name}: ${seconds(stepStarted)} s\n` : `\n✖ ${name} failed (exit ${status}) after ${seconds(stepStarted)} s.\n`);
      resolve(status ?? 1);
    });
  });
}

let buildsDone;
const builds = new Promise((resolve) => (buildsDone = resolve));

/** The first lane: the builds, then the browser tests; its exit status. */
async function buildAndBrowse() {
  let status = await run(build);
  if (status === 0) status = await run(subpathBuild);
  buildsDone(status);
  return status === 0 ? run(browserTests) : status;
}

/** The second lane: each step in turn, those that read the builds once they are there; stops at the first that fails. */
async function besideBrowsing(output) {
  for (const [name, command, args, extraEnv, needs] of beside) {
    if (needs === 'builds' && (await builds) !== 0) return 1;
    const status = await run([name, command, args, extraEnv], output);
    if (status !== 0) return status;
  }
  return 0;
}

const laterOutput = [];
const [first, second] = await Promise.all([buildAndBrowse(), besideBrowsing(laterOutput)]);
process.stdout.write(laterOutput.join(''));
if (first !== 0 || second !== 0) process.exit(first || second);
console.log(`\n✔ All tests passed in ${((performance.now() - started) / 60_000).toFixed(1)} minutes.`);
