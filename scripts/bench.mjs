// `npm run bench`: prints figures, asserts nothing. Times a build; prints each page's requests and
// the bytes it loads, gzip-compressed as a server would send them; the search figures; then a
// scale run: the build, the index and the first query with 1,000 and 5,000 synthetic pages a
// language, in a scratch copy of the project.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { builtPages } from '../src/integrations/shared/built-pages.ts';
import { inlineScripts } from '../src/integrations/shared/csp.ts';
import { languages } from '../src/lib/i18n/languages.ts';
import { gzipSize, subresources } from './lib/page-weight.ts';
import { writeSyntheticEntries } from './lib/synthetic-content.mjs';
import { browserPath } from './lib/system-tools.mjs';

const base = process.env.BASE_PATH ?? '/';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: process.env.SITE_URL ?? 'http://localhost:4321' };
const kb = (bytes) => (bytes / 1024).toFixed(1);
const executablePath = browserPath();

/** Builds the project at `root` into its dist/, and says how long it took. */
function build(root) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) process.exit(result.status ?? 1);
  return (performance.now() - started) / 1000;
}

function folderBytes(dir) {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    return sum + (statSync(path).isDirectory() ? folderBytes(path) : statSync(path).size);
  }, 0);
}

/** Serves `root`/dist with astro preview while `work` runs. */
async function withPreview(root, port, work) {
  const server = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', String(port)], { cwd: root, env, stdio: 'ignore' });
  const origin = `http://localhost:${port}${base}`;
  try {
    for (let i = 0; i < 100 && !(await fetch(origin).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 200));
    const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking'] });
    try {
      return await work(browser, origin);
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
}

/** Bytes the search page fetches for its first query, and the time from Enter to results shown. */
async function firstQuery(browser, origin, query) {
  const page = await browser.newPage();
  let bytes = 0;
  page.on('response', async (response) => {
    if (new URL(response.url()).pathname.includes('pagefind')) bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.goto(`${origin}search/?q=${encodeURIComponent(query)}`);
  await page.getByRole('region', { name: 'Results' }).getByRole('listitem').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.close();
  return bytes;
}

// The site as it is.
const buildSeconds = build('.');
const rows = builtPages('dist').map(({ file, path }) => {
  const html = readFileSync(join('dist', file), 'utf8');
  const assets = subresources(html).filter((url) => url.startsWith(base)).map((url) => join('dist', url.slice(base.length)));
  const gz = (path) => gzipSize(readFileSync(path));
  const css = assets.filter((a) => a.endsWith('.css')).reduce((sum, a) => sum + gz(a), 0);
  const inline = inlineScripts(html).reduce((sum, script) => sum + gzipSize(script), 0);
  const js = inline + assets.filter((a) => /\.m?js$/.test(a)).reduce((sum, a) => sum + gz(a), 0);
  const other = assets.filter((a) => !/\.(css|m?js)$/.test(a)).reduce((sum, a) => sum + gz(a), 0);
  const htmlBytes = gzipSize(html);
  return { page: path, requests: 1 + assets.length, firstLoad: htmlBytes + css, total: htmlBytes + css + js - inline + other, js };
});

console.log(`Build time: ${buildSeconds.toFixed(1)} s (astro build with the search index)\n`);
console.log('Page weights, gzip (KB). First load = HTML + CSS (budget 14.6 KB); total = all it loads (budget 30 KB);');
console.log('JS = script files plus the inline <head> script (budget 3 KB on content pages).\n');
console.log(`${'page'.padEnd(70)} requests  first load   total     JS`);
for (const row of rows.sort((a, b) => b.firstLoad - a.firstLoad)) {
  console.log(`${row.page.padEnd(70)} ${String(row.requests).padStart(8)} ${kb(row.firstLoad).padStart(11)} ${kb(row.total).padStart(7)} ${kb(row.js).padStart(6)}`);
}
console.log(`\n${rows.length} pages; heaviest first load ${kb(rows[0].firstLoad)} KB (${rows[0].page}).`);
console.log(`\nSearch index on disk: ${kb(folderBytes('dist/pagefind'))} KB (dist/pagefind/)`);

await withPreview('.', 4339, async (browser, origin) => {
  const page = await browser.newPage();
  let searchBytes = 0;
  page.on('response', async (response) => {
    if (new URL(response.url()).pathname.includes('pagefind')) searchBytes += (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.goto(`${origin}bodies/joint-staff/`);
  await page.waitForLoadState('networkidle');
  console.log(`Bytes a content page loads for search before it is used: ${searchBytes}`);
  await page.close();
  console.log(`Bytes fetched for the first query (search index and API, uncompressed): ${kb(await firstQuery(browser, origin, 'joint staff'))} KB`);

  const search = await browser.newPage();
  await search.goto(`${origin}search/`);
  const queries = ['drug', 'council', 'forces', 'Kanal', 'Armenia', 'secretary', 'military', 'peacekeeping', 'migration', 'staff'];
  const timings = [];
  for (let i = 0; i < 20; i++) {
    const query = queries[i % queries.length];
    await search.getByRole('main').getByRole('searchbox').fill(query);
    const started = await search.evaluate(() => performance.now());
    await search.keyboard.press('Enter');
    await search.waitForFunction((q) => document.querySelector('site-search [role="status"]')?.textContent?.includes(q), query);
    timings.push((await search.evaluate(() => performance.now())) - started);
  }
  timings.sort((a, b) => a - b);
  console.log(`Query latency, Enter to results shown, median of 20: ${timings[10].toFixed(0)} ms (min ${timings[0].toFixed(0)}, max ${timings[19].toFixed(0)})`);
});

// How the cost grows: the same project with synthetic pages added, built and indexed in a scratch copy.
console.log('\nScale run: synthetic pages added in a scratch copy (partners, areas and operations copied under new ids)\n');
console.log(`${'pages a language'.padEnd(18)} ${'build s'.padStart(8)} ${'dist MB'.padStart(8)} ${'index KB'.padStart(9)} ${'first query KB'.padStart(15)}`);
const today = { pages: rows.length / languages.length, seconds: buildSeconds, dist: folderBytes('dist'), index: folderBytes('dist/pagefind') };
const firstToday = await withPreview('.', 4339, (browser, origin) => firstQuery(browser, origin, 'council'));
const line = (label, r, first) =>
  console.log(`${label.padEnd(18)} ${r.seconds.toFixed(1).padStart(8)} ${(r.dist / 1024 / 1024).toFixed(1).padStart(8)} ${kb(r.index).padStart(9)} ${kb(first).padStart(15)}`);
line(`${Math.round(today.pages)} (today)`, today, firstToday);
for (const count of (process.env.BENCH_SCALE ?? '1000,5000').split(',').map(Number)) {
  const root = mkdtempSync(join(tmpdir(), 'csto-scale-'));
  try {
    for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(item, join(root, item), { recursive: true });
    mkdirSync(join(root, 'node_modules'));
    for (const name of readdirSync('node_modules')) if (name !== '.astro' && name !== '.vite') symlinkSync(resolve('node_modules', name), join(root, 'node_modules', name));
    writeSyntheticEntries(root, count, languages);
    const seconds = build(root);
    const dist = join(root, 'dist');
    const first = await withPreview(root, 4340, (browser, origin) => firstQuery(browser, origin, 'council'));
    line(String(Math.round(today.pages + count)), { seconds, dist: folderBytes(dist), index: folderBytes(join(dist, 'pagefind')) }, first);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
