// Finds a Chromium for the browser tests, installing one where that is safe, so `npm test` works
// on a fresh machine: CHROME_PATH if set, else Debian's /usr/bin/chromium, else (Debian, as root)
// `apt-get install chromium`, else Playwright's own browser if it has been installed.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const debianChromium = '/usr/bin/chromium';

/** The path of a Chromium executable, or undefined to let Playwright use its own browser. */
export async function browserPath() {
  if (process.env.CHROME_PATH) {
    if (!existsSync(process.env.CHROME_PATH)) throw new Error(`CHROME_PATH points to nothing: ${process.env.CHROME_PATH}`);
    return process.env.CHROME_PATH;
  }
  if (existsSync(debianChromium)) return debianChromium;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing the Debian package chromium (apt-get)...');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (existsSync(debianChromium)) return debianChromium;
    throw new Error('apt-get installed chromium but /usr/bin/chromium is missing');
  }
  return undefined;
}
