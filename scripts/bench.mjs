// `npm run bench`: prints figures, asserts nothing. Times a build; prints each page's requests and
// the bytes it loads, gzip-compressed as a server would send them; where the page's heading starts
// at phone and desktop sizes; the search figures; first paint on a throttled connection, with the
// stylesheet linked and inlined; then a scale run: the build, the index and the first query with
// 1,000 and 5,000 synthetic pages a language, in a scratch copy of the project; and how the time
// of the tests that visit every page grows with the pages, in seconds per 100 pages; and read
// aloud's figures (scripts/lib/read-aloud-bench.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { builtPages } from '../src/integrations/shared/built-pages.ts';
import { inlineScripts } from '../src/integrations/shared/csp.ts';
import { vocabularyFile } from '../src/components/search/files.ts';
import { languages } from '../src/lib/i18n/languages.ts';
import { localizedPath } from '../src/lib/i18n/urls.ts';
import { headingLimits } from './lib/heading-limits.ts';
import { panelHeights, panelLimit } from './lib/panel-limits.ts';
import { readAloudFigures } from './lib/read-aloud-bench.mjs';
import { lineBreakLimits, lineBreakPages, measureSplitWords } from './lib/line-breaks.ts';
import { localSite } from './lib/local-site.ts';
import { firstLoadBudget, firstScreen, gzipSize, printStylesheets, scriptBudget, subresources, totalBudget } from './lib/page-weight.ts';
import { writeSyntheticEntries } from './lib/synthetic-content.mjs';
import { browserPath, nginxPath } from './lib/system-tools.mjs';

const base = process.env.BASE_PATH ?? '/';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: process.env.SITE_URL ?? localSite };
/** The bench's servers take the ports from BENCH_PORT on (default 4339), six of them. */
const port = (offset) => Number(process.env.BENCH_PORT ?? 4339) + offset;
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

/** A scratch copy of the project, sharing node_modules, for builds that must not touch dist/ (and, `withTests`, its tests). */
function scratchCopy({ withTests = false } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'csto-bench-'));
  const tests = withTests ? ['tests', 'scripts', 'deploy', 'playwright.config.ts', 'vitest.dist.config.ts'] : [];
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', ...tests]) cpSync(item, join(root, item), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync('node_modules')) if (name !== '.astro' && name !== '.vite') symlinkSync(resolve('node_modules', name), join(root, 'node_modules', name));
  return root;
}

/** Runs `work` with a browser against `server` (a spawned process) on `port`, then stops both. */
async function withServer(server, port, work) {
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

/** Serves `root`/dist with the static host of the tests (nginx with the site's headers and gzip) while `work` runs. */
const withStaticHost = (root, port, work) =>
  withServer(spawn(process.execPath, [resolve('scripts/static-host.mjs'), join(root, 'dist'), String(port), base], { env: { ...env, NGINX_PATH: nginxPath() ?? '' }, stdio: 'ignore' }), port, work);

/** Serves `root`/dist with astro preview while `work` runs. */
const withPreview = (root, port, work) =>
  withServer(spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', String(port)], { cwd: root, env, stdio: 'ignore' }), port, work);

/**
 * First contentful paint of a cold load, in ms, median of `runs`, on a throttled connection as
 * Lighthouse's mobile run sets it (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x slower).
 */
async function firstPaint(browser, url, runs = 11) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url, { waitUntil: 'load' });
    // The load event can come before the first paint (an inlined stylesheet, a slow CPU): wait for it.
    times.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            new PerformanceObserver((list) => {
              const entry = list.getEntriesByName('first-contentful-paint')[0];
              if (entry) resolve(entry.startTime);
            }).observe({ type: 'paint', buffered: true });
          }),
      ),
    );
    await context.close();
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/** A file of search: Pagefind's index and API, or a language's vocabulary for corrections. */
const isSearchFile = (url) => /\/pagefind\/|\/vocabulary\.json$/.test(new URL(url).pathname);

/** Bytes the search page fetches for its first query, and whether the vocabulary was among them. */
async function firstQuery(browser, origin, query) {
  const page = await browser.newPage();
  let bytes = 0;
  let vocabulary = false;
  page.on('response', async (response) => {
    if (!isSearchFile(response.url())) return;
    vocabulary ||= response.url().endsWith('vocabulary.json');
    bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.goto(`${origin}search/?q=${encodeURIComponent(query)}`);
  await page.getByRole('region', { name: 'Results' }).getByRole('listitem').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.close();
  return { bytes, vocabulary };
}

// The site as it is.
const buildSeconds = build('.');
const rows = builtPages('dist').map(({ file, path }) => {
  const html = readFileSync(join('dist', file), 'utf8');
  const assets = subresources(html).filter((url) => url.startsWith(base)).map((url) => join('dist', url.slice(base.length)));
  const gz = (path) => gzipSize(readFileSync(path));
  // The stylesheets that paint the page; print's is fetched apart and counts in the total only.
  const print = printStylesheets(html).map((url) => join('dist', url.slice(base.length)));
  const css = assets.filter((a) => a.endsWith('.css') && !print.includes(a)).reduce((sum, a) => sum + gz(a), 0);
  const inline = inlineScripts(html).reduce((sum, script) => sum + gzipSize(script), 0);
  const js = inline + assets.filter((a) => /\.m?js$/.test(a)).reduce((sum, a) => sum + gz(a), 0);
  const other = assets.filter((a) => !/\.(css|m?js)$/.test(a) || print.includes(a)).reduce((sum, a) => sum + gz(a), 0);
  const htmlBytes = gzipSize(html);
  return { page: path, requests: 1 + assets.length, firstScreen: gzipSize(firstScreen(html)) + css, firstLoad: htmlBytes + css, total: htmlBytes + css + js - inline + other, js };
});

console.log(`Build time: ${buildSeconds.toFixed(1)} s (astro build with the search index)\n`);
console.log(`Page weights, gzip (KB). First screen = styles, header, heading and opening paragraph (budget ${kb(firstLoadBudget)} KB);`);
console.log(`whole = HTML + CSS but print's (budget ${kb(firstLoadBudget)} KB for a short page); total = all it loads (budget ${kb(totalBudget(false))} KB, a long page ${kb(totalBudget(true))} KB);`);
console.log(`JS = script files plus the inline <head> script (budget ${kb(scriptBudget)} KB on content pages).\n`);
console.log(`${'page'.padEnd(70)} requests  first screen   whole   total     JS`);
for (const row of rows.sort((a, b) => b.firstLoad - a.firstLoad)) {
  console.log(`${row.page.padEnd(70)} ${String(row.requests).padStart(8)} ${kb(row.firstScreen).padStart(13)} ${kb(row.firstLoad).padStart(7)} ${kb(row.total).padStart(7)} ${kb(row.js).padStart(6)}`);
}
console.log(`\n${rows.length} pages; heaviest first load ${kb(rows[0].firstLoad)} KB (${rows[0].page}).`);
console.log(`\nSearch index on disk: ${kb(folderBytes('dist/pagefind'))} KB (dist/pagefind/)`);

await withPreview('.', port(0), async (browser, origin) => {
  const page = await browser.newPage();
  let searchBytes = 0;
  page.on('response', async (response) => {
    if (isSearchFile(response.url())) searchBytes += (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.goto(`${origin}bodies/joint-staff/`);
  await page.waitForLoadState('networkidle');
  console.log(`Bytes a content page loads for search before it is used: ${searchBytes}`);
  await page.close();
  for (const query of ['joint staff', 'Kazakstan']) {
    const first = await firstQuery(browser, origin, query);
    console.log(`Bytes fetched for a first query, "${query}" (search index, API${first.vocabulary ? ' and the vocabulary' : '; no vocabulary'}, uncompressed): ${kb(first.bytes)} KB`);
  }
  // The search page opened with no query: what it fetches for search before the reader types
  // (nothing: the index loads when the box takes focus), and the longest task on the main thread
  // from opening it to the answer of a first query typed into it (budget 50 ms).
  {
    const open = await browser.newPage();
    let bytes = 0;
    open.on('response', async (response) => {
      if (isSearchFile(response.url())) bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await open.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask', buffered: true });
    });
    await open.goto(`${origin}search/`);
    await open.waitForLoadState('networkidle');
    const before = bytes;
    await open.getByRole('main').getByRole('searchbox').pressSequentially('joint staff', { delay: 60 });
    await open.keyboard.press('Enter');
    await open.waitForFunction(() => document.querySelector('site-search')?.dataset.searching === undefined && document.querySelector('site-search [role="status"]')?.textContent !== '');
    const tasks = await open.evaluate(() => window.__longTasks);
    console.log(`Bytes the search page fetches for search before the reader types: ${kb(before)} KB; main-thread tasks over 50 ms from opening it to a first answer: ${tasks.length}${tasks.length ? ` (longest ${Math.max(...tasks).toFixed(0)} ms)` : ''} (budget 0)`);
    await open.close();
  }
  for (const lang of languages) {
    const file = join('dist', vocabularyFile(lang));
    console.log(`Vocabulary for corrections, ${lang}: ${kb(gzipSize(readFileSync(file)))} KB gzip (budget 20 KB), ${JSON.parse(readFileSync(file, 'utf8')).length} words`);
  }

  // From Enter to the answer shown (the first results, a correction, another language's results;
  // the rest of a long list follows), for queries of every kind, each the first time on its page:
  // the site's words, typos, other spellings, acronyms, the other script, word forms, partial words.
  // Typed as a reader types them (a key every 60 ms, a fast typist), which lets the search ready
  // what the words need as they come (site-search.ts, preload): the budget's measure. Pasted whole
  // too, where nothing is ready before Enter: for information.
  const queries = [
    ['en', 'drug'], ['en', 'council'], ['en', 'Kazakstan'], ['en', 'secretariate'], ['en', 'Vzaimodeystviye'], ['en', 'CRRF'], ['en', 'Канал'], ['en', 'ОДКБ'], ['en', 'peacekee'], ['en', 'Armenia'],
    ['ru', 'Канал'], ['ru', 'Казакстан'], ['ru', 'Kanal'], ['ru', 'незаконный оборот наркотиков'], ['ru', 'КСОР'], ['ru', 'CSTO'], ['ru', 'миротвор'], ['ru', 'секритариат'], ['ru', 'Армения'], ['ru', 'штаб'],
    ['kk', 'Қазақстанның'], ['kk', 'кеңестері'], ['kk', 'Казакстан'], ['kk', 'Kanal'], ['kk', 'бітімгершілік күштерінің'], ['kk', 'ҰҚШҰ'],
    ['ru', 'Қазақстан'],
    // Words the site does not have, which must find nothing (and quickly).
    ['en', 'Afghanistan'], ['en', 'Azov'], ['ru', 'Узбекистан'], ['ru', 'Вьетнам'], ['kk', 'Өзбекстан'],
  ];
  for (const how of ['typed', 'pasted']) {
    const timings = [];
    for (const lang of languages) {
      const search = await browser.newPage();
      await search.goto(`${origin}${localizedPath(lang, 'search/')}`);
      // The index loads when the box takes focus, as the reader starts to type.
      await search.waitForLoadState('networkidle');
      const box = search.getByRole('main').getByRole('searchbox');
      for (const [queryLang, query] of queries) {
        if (queryLang !== lang) continue;
        if (how === 'typed') await box.pressSequentially(query, { delay: 60 });
        else await box.fill(query);
        const started = await search.evaluate(() => performance.now());
        await search.keyboard.press('Enter');
        await search.waitForFunction(() => document.querySelector('site-search')?.dataset.searching === undefined && document.querySelector('site-search [role="status"]')?.textContent !== '');
        timings.push([(await search.evaluate(() => performance.now())) - started, `${lang}: ${query}`]);
        await box.fill('');
        await search.waitForFunction(() => document.querySelector('site-search [role="status"]')?.textContent === '');
      }
      await search.close();
    }
    timings.sort((a, b) => a[0] - b[0]);
    const [median, slowest] = [timings[Math.floor(timings.length / 2)], timings.at(-1)];
    const budgets = how === 'typed' ? [' (budget 100)', ' (budget 300)'] : ['', ''];
    console.log(`Query latency, ${how}, Enter to the answer shown, ${timings.length} queries: median ${median[0].toFixed(0)} ms${budgets[0]}, slowest ${slowest[0].toFixed(0)} ms, "${slowest[1]}"${budgets[1]}, fastest ${timings[0][0].toFixed(0)} ms`);
  }
});

// Where each page's heading starts: home, a content page and its Russian and Kazakh twins, at each
// size the browser sweep holds every page to (scripts/lib/heading-limits.ts, the limits in brackets).
await withPreview('.', port(0), async (browser, origin) => {
  console.log(`\nTop of the h1, px from the top of the page\n${'page'.padEnd(66)} ${headingLimits.map(({ width, fontSize, top }) => `${width}/${fontSize}% (${top})`.padStart(16)).join('')}`);
  const page = await browser.newPage();
  for (const path of ['', 'bodies/coordinating-council-on-countering-illegal-migration/', 'ru/bodies/coordinating-council-on-countering-illegal-migration/', 'kk/', 'kk/bodies/coordinating-council-on-countering-illegal-migration/']) {
    await page.goto(`${origin}${path}`);
    const tops = [];
    for (const { width, height, fontSize } of headingLimits) {
      await page.setViewportSize({ width, height });
      await page.locator('html').evaluate((html, size) => html.setAttribute('data-font-size', size), fontSize);
      tops.push(await page.locator('h1').evaluate((h1) => Math.round(h1.getBoundingClientRect().top + window.scrollY)));
    }
    console.log(`${`/${path}`.padEnd(66)} ${tops.map((top) => String(top).padStart(16)).join('')}`);
  }
  await page.close();
});

// Issue 26 §2, the column: at 320 px with 200% text, the narrowest block of reading text in <main>
// against <main>'s width (tests/e2e/column.spec.ts holds every block to 85%), how many blocks are
// under 85%, and where the key facts start against the h1, in px from the top of the page.
await withPreview('.', port(0), async (browser, origin) => {
  console.log(`\nThe reading column at 320 px with 200% text\n${'page'.padEnd(44)}${'narrowest/main'.padStart(16)}${'under 85%'.padStart(12)}${'h1 top'.padStart(9)}${'key facts top'.padStart(15)}`);
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  for (const path of ['operations/kanal/', 'ru/operations/kanal/', 'kk/operations/kanal/', 'members/armenia/', 'ru/bodies/secretary-general/', 'kk/about/']) {
    await page.goto(`${origin}${path}`);
    await page.locator('html').evaluate((html) => html.setAttribute('data-font-size', '200'));
    const figures = await page.evaluate(() => {
      const main = document.querySelector('main');
      const own = (element) => element.clientWidth - parseFloat(getComputedStyle(element).paddingLeft) - parseFloat(getComputedStyle(element).paddingRight);
      const widths = [...main.querySelectorAll('p, li, dt, dd, blockquote, figcaption')]
        .filter((element) => element.getClientRects().length > 0 && !element.closest('table, svg') && [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent.trim()))
        .map(own);
      const top = (element) => (element ? Math.round(element.getBoundingClientRect().top + window.scrollY) : '–');
      return { main: own(main), narrowest: Math.min(...widths), under: widths.filter((width) => width < 0.85 * own(main)).length, blocks: widths.length, h1: top(document.querySelector('h1')), facts: top(document.querySelector('#facts-heading')) };
    });
    console.log(`${`/${path}`.padEnd(44)}${`${Math.round(figures.narrowest)}/${Math.round(figures.main)}`.padStart(16)}${`${figures.under}/${figures.blocks}`.padStart(12)}${String(figures.h1).padStart(9)}${String(figures.facts).padStart(15)}`);
  }
  await page.close();
});

// The display-settings panel on a phone at the largest text size, in each language: its height
// as it opens (the limit in brackets, scripts/lib/panel-limits.ts) and with "More" unfolded.
await withPreview('.', port(0), async (browser, origin) => {
  const limit = panelLimit.screens * panelLimit.height;
  console.log(`\nThe open display-settings panel at ${panelLimit.width} px / ${panelLimit.fontSize}% text, px (${panelLimit.height} px a screen)\n${'page'.padEnd(12)} ${`as it opens (${limit})`.padStart(22)} ${'"More" unfolded'.padStart(18)}`);
  const page = await browser.newPage();
  for (const lang of languages) {
    await page.goto(`${origin}${localizedPath(lang, '')}`);
    const { folded, unfolded } = await panelHeights(page);
    console.log(`${`/${localizedPath(lang, '')}`.padEnd(12)} ${String(folded).padStart(22)} ${String(unfolded).padStart(18)}`);
  }
  await page.close();
});

// How many lines of `main` end in a split word, in each language, over the pages and at the sizes
// the browser test holds them to (scripts/lib/line-breaks.ts; the limits in brackets).
await withPreview('.', port(0), async (browser, origin) => {
  console.log(`\nLines of main that end in a split word, over ${lineBreakPages.map((path) => `/${path}`).join(' ')}\n${'language'.padEnd(10)} ${lineBreakLimits.map(({ width, fontSize, share }) => `${width}/${fontSize}% (${share * 100}%)`.padStart(30)).join('')}`);
  const page = await browser.newPage();
  for (const lang of languages) {
    const cells = [];
    for (const size of lineBreakLimits) {
      let [lines, splits] = [0, 0];
      for (const path of lineBreakPages) {
        const measured = await measureSplitWords(page, `${origin}${localizedPath(lang, path)}`, size);
        [lines, splits] = [lines + measured.lines, splits + measured.splits];
      }
      cells.push(`${((100 * splits) / lines).toFixed(1)}% (${splits} of ${lines})`.padStart(30));
    }
    console.log(`${lang.padEnd(10)} ${cells.join('')}`);
  }
  await page.close();
});

// Who stands behind the guide (issue 26 §4): home's cards and the footer at 320 px with 200% text,
// the dating note's lines there (Kanal), and the rows of the navigation at 1280 px, each language.
await withPreview('.', port(0), async (browser, origin) => {
  console.log(`\nThe guide's chrome${''.padEnd(12)} ${['cards px', 'footer px', 'note lines', 'nav rows'].map((name) => name.padStart(12)).join('')}   (320 px at 200% text; the navigation at 1280 px)`);
  const page = await browser.newPage();
  for (const lang of languages) {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${origin}/${localizedPath(lang)}`);
    await page.locator('html').evaluate((html) => html.setAttribute('data-font-size', '200'));
    const cards = await page.locator('[data-home-cards]').evaluate((list) => Math.round(list.closest('section').getBoundingClientRect().height));
    await page.goto(`${origin}/${localizedPath(lang, 'operations/kanal/')}`);
    await page.locator('html').evaluate((html) => html.setAttribute('data-font-size', '200'));
    const footer = await page.locator('body > footer').evaluate((element) => Math.round(element.getBoundingClientRect().height));
    const lines = await page.locator('[data-dating-note]').evaluate((note) => Math.round(note.getBoundingClientRect().height / parseFloat(getComputedStyle(note).lineHeight)));
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.locator('html').evaluate((html) => html.removeAttribute('data-font-size'));
    // The main navigation: the header's list with the most links.
    const rows = await page.locator('header').evaluate((header) => {
      const nav = [...header.querySelectorAll('nav')].sort((a, b) => b.querySelectorAll('a').length - a.querySelectorAll('a').length)[0];
      return new Set([...nav.querySelectorAll('a')].map((a) => Math.round(a.getBoundingClientRect().top))).size;
    });
    console.log(`${lang.padEnd(30)} ${[cards, footer, lines, rows].map((figure) => String(figure).padStart(12)).join('')}`);
  }
  await page.close();
});

// Read aloud: what the first press fetches, and the reader's own time through a long page.
await withPreview('.', port(0), readAloudFigures);

// First paint with the stylesheet inlined into each page (the site as built) and as a file
// (Astro's build.inlineStylesheets 'never', built in a scratch copy), served by nginx with gzip.
{
  const linkedCopy = scratchCopy();
  try {
    const result = spawnSync(process.execPath, [join(linkedCopy, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: linkedCopy, env: { ...env, INLINE_STYLESHEETS: 'never' }, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) process.exit(result.status ?? 1);
    const pages = ['', 'bodies/secretariat/', 'ru/'];
    console.log(`\nFirst contentful paint, ms (median of 11 cold loads; 150 ms RTT, 1.6 Mbit/s, CPU x4; nginx, gzip)\n${'page'.padEnd(24)} ${'linked CSS'.padStart(12)} ${'inlined CSS'.padStart(12)} ${'first load linked/inlined KB'.padStart(30)}`);
    // One page at a time: pages loading side by side would share the throttled CPU.
    const paints = (root, port) =>
      withStaticHost(root, port, async (browser, origin) => {
        const times = [];
        await firstPaint(browser, origin, 1); // a first load that warms the server and the browser, not counted
        for (const path of pages) times.push(await firstPaint(browser, `${origin}${path}`));
        return times;
      });
    const linked = await paints(linkedCopy, port(2));
    const inline = await paints('.', port(3));
    pages.forEach((path, index) => {
      const file = `${path}index.html`;
      const weight = (root) => {
        const html = readFileSync(join(root, 'dist', file), 'utf8');
        const css = subresources(html).filter((url) => url.endsWith('.css') && !printStylesheets(html).includes(url)).reduce((sum, url) => sum + gzipSize(readFileSync(join(root, 'dist', url.slice(base.length)))), 0);
        return gzipSize(html) + css;
      };
      console.log(`${`/${path}`.padEnd(24)} ${linked[index].toFixed(0).padStart(12)} ${inline[index].toFixed(0).padStart(12)} ${`${kb(weight(linkedCopy))} / ${kb(weight('.'))}`.padStart(30)}`);
    });
  } finally {
    rmSync(linkedCopy, { recursive: true, force: true });
  }
}

// How the cost grows: the same project with synthetic pages added, built and indexed in a scratch copy.
console.log('\nScale run: synthetic pages added in a scratch copy (partners, areas and operations copied under new ids)\n');
console.log(`${'pages a language'.padEnd(18)} ${'build s'.padStart(8)} ${'dist MB'.padStart(8)} ${'index KB'.padStart(9)} ${'first query KB'.padStart(15)}`);
const today = { pages: rows.length / languages.length, seconds: buildSeconds, dist: folderBytes('dist'), index: folderBytes('dist/pagefind') };
const firstToday = await withPreview('.', port(0), (browser, origin) => firstQuery(browser, origin, 'council').then((first) => first.bytes));
const line = (label, r, first) =>
  console.log(`${label.padEnd(18)} ${r.seconds.toFixed(1).padStart(8)} ${(r.dist / 1024 / 1024).toFixed(1).padStart(8)} ${kb(r.index).padStart(9)} ${kb(first).padStart(15)}`);
line(`${Math.round(today.pages)} (today)`, today, firstToday);
for (const count of (process.env.BENCH_SCALE ?? '1000,5000').split(',').filter(Boolean).map(Number)) {
  const root = scratchCopy();
  try {
    writeSyntheticEntries(root, count, languages);
    const seconds = build(root);
    const dist = join(root, 'dist');
    const first = await withPreview(root, port(1), (browser, origin) => firstQuery(browser, origin, 'council').then((result) => result.bytes));
    line(String(Math.round(today.pages + count)), { seconds, dist: folderBytes(dist), index: folderBytes(join(dist, 'pagefind')) }, first);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

// How the time of the tests that visit every page grows with the pages: the checks of the built
// pages (tests/built) and the browser sweep of every page (tests/e2e/pages.spec.ts, its two
// workers), timed in a scratch copy as it is and again with BENCH_GROWTH (default 100) synthetic
// pages a language added, and said per 100 pages. The synthetic pages are copies, so a check of
// the real content (a glossary name, say) may fail on them: the counts say so; the times stand.
{
  const added = Number(process.env.BENCH_GROWTH ?? 100);
  const root = scratchCopy({ withTests: true });
  const testEnv = { ...env, CHROME_PATH: executablePath ?? '', NGINX_PATH: nginxPath() ?? '', TEST_PORT: String(port(4)), CI: '1' };
  /** Runs a Node script of the scratch copy, and says how long it took and how its tests came out. */
  const timed = (args) => {
    const started = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: root, env: testEnv, encoding: 'utf8', maxBuffer: 1 << 28 });
    const output = `${result.stdout}${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    const counts = [...output.matchAll(/^\s*(?:Tests\s+)?(\d+ (?:passed|failed|flaky|skipped)\b.*)$/gm)].map((m) => m[1].trim()).join(', ') || `exit ${result.status}`;
    return { seconds: (performance.now() - started) / 1000, counts };
  };
  const measure = () => {
    for (const [dir, basePath] of [['dist', '/'], ['dist-subpath', '/csto/']]) {
      const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, env: { ...env, BASE_PATH: basePath, OUT_DIR: dir }, stdio: ['ignore', 'ignore', 'inherit'] });
      if (result.status !== 0) throw new Error(`the build of ${dir}/ in the scratch copy failed`);
    }
    const pages = builtPages(join(root, 'dist')).length;
    const built = timed([join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'vitest.dist.config.ts', 'tests/built']);
    const sweep = timed([join(root, 'node_modules/@playwright/test/cli.js'), 'test', 'tests/e2e/pages.spec.ts', '--reporter=line']);
    return { pages, built, sweep };
  };
  try {
    console.log(`\nTest time as the pages grow: the checks of the built pages and the browser sweep, as the site is and with ${added} synthetic pages a language`);
    console.log(`${'pages'.padEnd(8)} ${'built checks s'.padStart(15)} ${'sweep s'.padStart(9)}   results`);
    const rows = [measure()];
    writeSyntheticEntries(root, added, languages);
    rows.push(measure());
    for (const { pages, built, sweep } of rows) console.log(`${String(pages).padEnd(8)} ${built.seconds.toFixed(1).padStart(15)} ${sweep.seconds.toFixed(1).padStart(9)}   built: ${built.counts}; sweep: ${sweep.counts}`);
    const per100 = (pick) => ((pick(rows[1]).seconds - pick(rows[0]).seconds) / (rows[1].pages - rows[0].pages)) * 100;
    console.log(`Per 100 pages: built checks ${per100((row) => row.built).toFixed(1)} s, browser sweep ${per100((row) => row.sweep).toFixed(1)} s`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
