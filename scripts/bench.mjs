// `npm run bench`: prints figures, asserts nothing. Times a build, then for every built page the
// requests it makes and the bytes it loads, gzip-compressed as a server would send them.
import { spawn, spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { browserPath } from './browser.mjs';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSize, inlineScripts, subresources } from '../src/lib/page-weight.ts';

const dist = 'dist';
const base = process.env.BASE_PATH ?? '/';

const started = performance.now();
const build = spawnSync('astro', ['build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.error) throw build.error;
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = (performance.now() - started) / 1000;

const gzipped = (path) => gzipSize(readFileSync(path));
const kb = (bytes) => (bytes / 1024).toFixed(1);

function htmlPages(dir = dist) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlPages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}


const rows = htmlPages().map((file) => {
  const html = readFileSync(file, 'utf8');
  const assets = subresources(html)
    .filter((url) => url.startsWith(base))
    .map((url) => join(dist, url.slice(base.length)));
  const css = assets.filter((a) => a.endsWith('.css')).reduce((sum, a) => sum + gzipped(a), 0);
  const inline = inlineScripts(html).reduce((sum, script) => sum + gzipSize(script), 0);
  const js = inline + assets.filter((a) => /\.m?js$/.test(a)).reduce((sum, a) => sum + gzipped(a), 0);
  const other = assets.filter((a) => !/\.(css|m?js)$/.test(a)).reduce((sum, a) => sum + gzipped(a), 0);
  const page = `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
  const htmlBytes = gzipped(file);
  return { page, requests: 1 + assets.length, firstLoad: htmlBytes + css, total: htmlBytes + css + js - inline + other, js };
});

console.log(`Build time: ${buildSeconds.toFixed(1)} s (astro build with the search index)\n`);
console.log('Page weights, gzip (KB). First load = HTML + CSS (budget 14.6 KB); total = all it loads (budget 30 KB);');
console.log('JS = script files plus the inline <head> script (budget 3 KB on content pages).\n');
console.log(`${'page'.padEnd(70)} requests  first load   total     JS`);
for (const row of rows.sort((a, b) => b.firstLoad - a.firstLoad)) {
  console.log(`${row.page.padEnd(70)} ${String(row.requests).padStart(8)} ${kb(row.firstLoad).padStart(11)} ${kb(row.total).padStart(7)} ${kb(row.js).padStart(6)}`);
}
const heaviest = rows[0];
console.log(`\n${rows.length} pages; heaviest first load ${kb(heaviest.firstLoad)} KB (${heaviest.page}).`);

// Search figures, in Chromium against `astro preview`.
function dirBytes(dir) {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    return sum + (statSync(path).isDirectory() ? dirBytes(path) : statSync(path).size);
  }, 0);
}
console.log(`\nSearch index on disk: ${kb(dirBytes(join(dist, 'pagefind')))} KB (dist/pagefind/)`);

const port = 4339;
const server = spawn('astro', ['preview', '--port', String(port)], { stdio: 'ignore' });
const origin = `http://localhost:${port}${base}`;
try {
  for (let i = 0; i < 50; i++) {
    if (await fetch(origin).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({ executablePath: await browserPath(), args: ['--disable-background-networking'] });
  const page = await browser.newPage();
  let searchBytes = 0;
  page.on('response', async (response) => {
    if (new URL(response.url()).pathname.includes('pagefind')) searchBytes += (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.goto(`${origin}bodies/joint-staff/`);
  await page.waitForLoadState('networkidle');
  console.log(`Bytes a content page loads for search before it is used: ${searchBytes}`);

  await page.goto(`${origin}search/?q=joint+staff`);
  await page.getByRole('region', { name: 'Results' }).getByRole('listitem').first().waitFor();
  await page.waitForLoadState('networkidle');
  console.log(`Bytes fetched for the first query (search index and API, uncompressed): ${kb(searchBytes)} KB`);

  const queries = ['drug', 'council', 'forces', 'Kanal', 'Armenia', 'secretary', 'military', 'peacekeeping', 'migration', 'staff'];
  const timings = [];
  for (let i = 0; i < 20; i++) {
    const query = queries[i % queries.length];
    const box = page.getByRole('main').getByRole('searchbox');
    await box.fill(query);
    const started = await page.evaluate(() => performance.now());
    await page.keyboard.press('Enter');
    await page.waitForFunction((q) => document.querySelector('site-search [role="status"]')?.textContent?.includes(q), query);
    timings.push((await page.evaluate(() => performance.now())) - started);
  }
  timings.sort((a, b) => a - b);
  console.log(`Query latency, Enter to results shown, median of 20: ${timings[10].toFixed(0)} ms (min ${timings[0].toFixed(0)}, max ${timings[19].toFixed(0)})`);
  await browser.close();
} finally {
  server.kill();
}
