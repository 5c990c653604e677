import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { headingLimits } from '../../scripts/lib/heading-limits.ts';
import { languages } from '../../src/lib/i18n/languages.ts';
import { localizedPath, splitLanguage } from '../../src/lib/i18n/urls.ts';
import { coloursOutsideSchemes } from './colours';
import { contentPaths, loadedAxeViolations, pagePaths, rangesBroken, sidewaysScroll, templatePaths, wordsSplitMidWord } from './site';

// Every page the build wrote, 404 pages included, as a visitor gets it from the real static host
// (nginx with the generated configuration, scripts/static-host.mjs): one test a page, which loads
// it once and checks there what needs a browser. What the HTML says by itself (structure,
// addresses, alternates, the dating note, the strings of other languages, reading without
// JavaScript) is checked on every page in tests/built/pages.test.ts.

/** The pages painted in every colour scheme: one of each template in each language (tests/built/painted.test.ts checks that they hold every markup construct). */
const painted = new Set(templatePaths());

/** The sizes the sweep lays each page out at; ../../scripts/lib/heading-limits.ts gives a limit for each. */
const widths = [1280, 320];
for (const { width, height } of headingLimits) {
  if (!widths.includes(width)) throw new Error(`scripts/lib/heading-limits.ts has a limit at ${width} px, which the sweep does not visit`);
  if (headingLimits.some((other) => other.width === width && other.height !== height)) throw new Error(`scripts/lib/heading-limits.ts: one screen height for each width, please (${width} px)`);
}

/**
 * Checks where the page's heading starts at each text size its limits give for this width, at
 * the limits' screen size, largest text first, and leaves the page at 100% text. (The sizes are
 * set and measured in one go: the layout is computed afresh for each measure.)
 */
async function expectHeadingOnFirstScreen(page: Page, width: number) {
  const limits = headingLimits.filter((limit) => limit.width === width).sort((a, b) => Number(b.fontSize) - Number(a.fontSize));
  await page.setViewportSize({ width, height: limits[0]!.height });
  const tops = await page.evaluate(
    (sizes) =>
      sizes.map((size) => {
        document.documentElement.setAttribute('data-font-size', size);
        return document.querySelector('h1')!.getBoundingClientRect().top + window.scrollY;
      }),
    [...limits.map((limit) => limit.fontSize), '100'],
  );
  limits.forEach(({ fontSize, top }, index) => expect(tops[index], `the top of the heading at ${width} px and ${fontSize}% text`).toBeLessThanOrEqual(top));
}

for (const path of pagePaths()) {
  const paint = painted.has(path);
  test(`${path}: served under its CSP, accessible, ${paint ? 'painted in every colour scheme, ' : ''}its heading on the first screen, nothing sideways at any size`, async ({ sweep }) => {
    const { page } = sweep;
    await sweep.problems();
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    expect(response?.headers()['cache-control']).toBe('no-cache');

    // The heading starts on the first screen, on a desktop and (below) a phone, at 100% and 200% text.
    await expectHeadingOnFirstScreen(page, 1280);

    // No WCAG 2.2 A/AA violation that axe can find, no rule switched off.
    expect(await loadedAxeViolations(page), 'axe').toEqual([]);

    // In each two-colour scheme (the attribute the head script sets), only the scheme's two colours
    // are painted, so every text and boundary has the scheme's contrast (7:1 or more), with every
    // disclosure open: on a desktop with the pictures, and (below) on a phone, where the header's
    // toggles show, with pictures as text.
    if (paint) expect(await coloursOutsideSchemes(page), 'colours outside the scheme at 1280 px').toEqual([]);

    await expectHeadingOnFirstScreen(page, 320);
    if (paint) expect(await coloursOutsideSchemes(page, 'text'), 'colours outside the scheme at 320 px, pictures as text').toEqual([]);

    // Nothing scrolls sideways on a phone, nor at 200% text with the widest spacing and serif type
    // on a phone and a desktop: long Russian words and the nested structure chart are what would
    // push a page sideways. On the phone, no word is cut where it has no hyphen.
    expect(await sidewaysScroll(page), '320 px').toBeLessThanOrEqual(0);
    await page.locator('html').evaluate((html) => {
      html.setAttribute('data-font-size', '200');
      html.setAttribute('data-letter-spacing', 'wider');
      html.setAttribute('data-word-spacing', 'wider');
      html.setAttribute('data-line-spacing', '2.5');
      html.setAttribute('data-paragraph-spacing', 'wider');
    });
    expect(await sidewaysScroll(page), '320 px, 200% and the widest spacing').toBeLessThanOrEqual(0);
    expect(await wordsSplitMidWord(page), 'words split without a hyphen at 320 px, 200% and the widest spacing').toEqual([]);
    expect(await rangesBroken(page), 'ranges of numbers broken across lines at 320 px, 200% and the widest spacing').toEqual([]);
    await page.locator('html').evaluate((html) => html.setAttribute('data-font-family', 'serif'));
    expect(await sidewaysScroll(page), '320 px, 200%, the widest spacing and serif type').toBeLessThanOrEqual(0);
    expect(await wordsSplitMidWord(page), 'words split without a hyphen in serif type').toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await sidewaysScroll(page), '1280 px, 200% and the widest spacing').toBeLessThanOrEqual(0);

    // Nothing went wrong while it ran: no console error, no uncaught error, no CSP violation.
    expect(await sweep.problems(), 'console errors, uncaught errors and CSP violations').toEqual([]);
  });
}

test('a breadcrumb link takes the reader up to the section', async ({ page }) => {
  await page.goto('/operations/kanal/');
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Operations and exercises' }).click();
  await expect(page).toHaveURL('/operations/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Operations and exercises');
});

test('the main navigation marks the section of the current page', async ({ page }) => {
  await page.goto('/forces/collective-air-forces/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Forces' })).toHaveAttribute('aria-current', 'true');
  await page.goto('/forces/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Forces' })).toHaveAttribute('aria-current', 'page');
});

test('sitemap, robots.txt and favicon are served, the sitemap listing every page with its twins', async ({ request }) => {
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/^Sitemap: http.*\/sitemap-index\.xml$/m);
  const xml = await (await request.get('/sitemap-0.xml')).text();
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(listed.sort()).toEqual(contentPaths());
  for (const url of xml.split('<url>').slice(1)) {
    const alternates = [...url.matchAll(/<xhtml:link rel="alternate" hreflang="(\w+)" href="([^"]+)"/g)].map((m) => `${m[1]} ${new URL(m[2]!).pathname}`);
    const inSite = splitLanguage(new URL(/<loc>([^<]+)<\/loc>/.exec(url)![1]!).pathname).path;
    expect(alternates.sort()).toEqual(languages.map((lang) => `${lang} /${localizedPath(lang, inSite)}`).sort());
  }
  expect((await request.get('/sitemap-index.xml')).status()).toBe(200);
  const favicon = await request.get('/favicon.svg');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toContain('svg');
});
