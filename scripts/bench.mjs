// `npm run bench`: prints figures, asserts nothing. Times a build, then for every built page the
// requests it makes and the bytes it loads, gzip-compressed as a server would send them.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
const base = process.env.BASE_PATH ?? '/';

const started = performance.now();
const build = spawnSync('astro', ['build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.error) throw build.error;
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = (performance.now() - started) / 1000;

const gzipped = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

function htmlPages(dir = dist) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlPages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The site files a page asks for as it loads: stylesheets, scripts, images and icons. */
function subresources(html) {
  const urls = [...html.matchAll(/<(?:link[^>]+rel="(?:stylesheet|icon|modulepreload)"[^>]*|script[^>]*|img[^>]*)\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]);
  return [...new Set(urls)].filter((url) => url.startsWith(base)).map((url) => join(dist, url.slice(base.length)));
}

const rows = htmlPages().map((file) => {
  const html = readFileSync(file, 'utf8');
  const assets = subresources(html);
  const css = assets.filter((a) => a.endsWith('.css')).reduce((sum, a) => sum + gzipped(a), 0);
  const js = assets.filter((a) => /\.m?js$/.test(a)).reduce((sum, a) => sum + gzipped(a), 0);
  const other = assets.filter((a) => !/\.(css|m?js)$/.test(a)).reduce((sum, a) => sum + gzipped(a), 0);
  const page = `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
  const htmlBytes = gzipped(file);
  return { page, requests: 1 + assets.length, firstLoad: htmlBytes + css, total: htmlBytes + css + js + other, js };
});

console.log(`Build time: ${buildSeconds.toFixed(1)} s (astro build with the search index)\n`);
console.log('Page weights, gzip (KB). First load = HTML + CSS, the budget is 14.6 KB.\n');
console.log(`${'page'.padEnd(70)} requests  first load   total     JS`);
for (const row of rows.sort((a, b) => b.firstLoad - a.firstLoad)) {
  console.log(`${row.page.padEnd(70)} ${String(row.requests).padStart(8)} ${kb(row.firstLoad).padStart(11)} ${kb(row.total).padStart(7)} ${kb(row.js).padStart(6)}`);
}
const heaviest = rows[0];
console.log(`\n${rows.length} pages; heaviest first load ${kb(heaviest.firstLoad)} KB (${heaviest.page}).`);
