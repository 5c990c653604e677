// Finds the programs the browser tests need, installing them where that is safe, so that
// `npm test` works on a fresh machine: Debian's Chromium (the tests' browser), nginx-light
// (the real server the header and CSP tests run against) and poppler-utils (pdftotext, which
// reads a printed page's PDF). Nothing downloads a browser by itself.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let updated = false;

/** The path of `binary`, installing Debian's `pkg` for it when missing and we are root on Debian; undefined when it cannot be had. */
function debianTool(binary, pkg) {
  if (existsSync(binary)) return binary;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return undefined;
  console.log(`${binary} not found: installing the Debian package ${pkg} (apt-get)...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!updated) execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  updated = true;
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg], { stdio: 'inherit', env });
  if (!existsSync(binary)) throw new Error(`apt-get installed ${pkg} but ${binary} is missing`);
  return binary;
}

/** A Chromium for the browser tests: CHROME_PATH if set, else Debian's, else undefined (Playwright's own, if installed). */
export function browserPath() {
  if (process.env.CHROME_PATH) {
    if (!existsSync(process.env.CHROME_PATH)) throw new Error(`CHROME_PATH points to nothing: ${process.env.CHROME_PATH}`);
    return process.env.CHROME_PATH;
  }
  return debianTool('/usr/bin/chromium', 'chromium');
}

/** nginx for the header tests: NGINX_PATH if set, else Debian's nginx-light, else undefined (scripts/serve.mjs stands in). */
export function nginxPath() {
  return process.env.NGINX_PATH || debianTool('/usr/sbin/nginx', 'nginx-light');
}

/** pdftotext for the test of a saved PDF's text: PDFTOTEXT_PATH if set, else Debian's poppler-utils; undefined when it cannot be had (that test then fails). */
export function pdftotextPath() {
  return process.env.PDFTOTEXT_PATH || debianTool('/usr/bin/pdftotext', 'poppler-utils');
}
