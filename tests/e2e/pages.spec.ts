import type { ConsoleMessage } from '@playwright/test';
import { expect, test } from './fixtures';
import { defaultLanguage, languageTable, languages } from '../../src/lib/i18n/languages.ts';
import { localizedPath, splitLanguage } from '../../src/lib/i18n/urls.ts';
import { catalogIn } from './content';
import { foreignStrings, pageText, untranslatedLatin } from './language-text';
import { axeViolations, contentPaths, pagePaths, paintedColours, rangesBroken, schemeColours, sidewaysScroll, stringsFor, wordsSplitMidWord } from './site';

const site = 'http://localhost:4321';
/** The pages that show no content of their own, and so carry no dates: the index, the abbreviations, search, the sources, the corrections, 404. */
const pagesWithoutContent = ['a-z/', 'abbreviations/', 'search/', 'sources/', 'corrections/', '404.html'];
// Pages of the site's own words (how to use it), reviewed but drawing nothing from the source.
const pagesOfOurOwn = ['help/'];
/** The period the undated source describes, in each language, from its record. */
const periodIn = (lang: string) => (catalogIn(lang as never).sources.find((source) => source.data.period)!.data.period as string);

// Every page the build wrote, 404 pages included, read as a visitor gets it from `astro preview`:
// one test a page, which loads it once and checks it every way that matters.
for (const path of pagePaths()) {
  test(`${path}: structure, links to its twins, accessibility, every colour scheme, every size, and with JavaScript off`, async ({ sweepPage: page, scriptlessPage }) => {
    const errors: string[] = [];
    const onConsole = (message: ConsoleMessage) => message.type() === 'error' && errors.push(message.text());
    const onError = (error: Error) => errors.push(error.message);
    page.on('console', onConsole);
    page.on('pageerror', onError);
    await page.setViewportSize({ width: 1280, height: 720 });

    const { lang, t } = stringsFor(path);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);

    // One h1, the chrome, a description and a breadcrumb ending in the page (home has none).
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', languageTable[lang].dir);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('banner').getByRole('navigation', { name: t('nav.label') })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText(t('footer.source'));
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    const breadcrumb = page.getByRole('navigation', { name: t('breadcrumbs.label') });
    const h1 = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    if (splitLanguage(path).path === '') await expect(breadcrumb).toHaveCount(0);
    else await expect(breadcrumb.getByRole('listitem').last()).toHaveText(h1);

    // Its canonical address, and the same page in every language: switch and alternate links.
    const inSite = splitLanguage(path).path;
    const others = languages.filter((other) => other !== lang);
    if (path.endsWith('404.html')) {
      // A 404 page has no address of its own: no canonical, no alternates, and a switch that leads home.
      await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
      await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
      for (const other of others) await expect(page.getByRole('banner').locator(`a[hreflang="${other}"]`)).toHaveAttribute('href', `/${localizedPath(other)}`);
    } else {
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site}${path}`);
      for (const other of others) {
        await expect(page.getByRole('banner').locator(`a[hreflang="${other}"][lang="${other}"]`)).toHaveAttribute('href', `/${localizedPath(other, inSite)}`);
      }
      const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`));
      expect(alternates).toEqual([...languages.map((each) => `${each} ${site}/${localizedPath(each, inSite)}`), `x-default ${site}/${localizedPath(defaultLanguage, inSite)}`]);
    }

    // A page of content says when its statements hold: the source's period (where it draws on the
    // source) and its review date.
    if (!pagesWithoutContent.includes(splitLanguage(path).path)) {
      const note = page.getByRole('main').getByRole('paragraph').filter({ hasText: t('dating.reviewed') }).first();
      const asStated = t('dating.asStated').replace('{period}', periodIn(lang));
      if (pagesOfOurOwn.includes(splitLanguage(path).path)) await expect(note).not.toContainText(asStated);
      else await expect(note).toContainText(asStated);
      await expect(note.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    }

    // No WCAG 2.2 A/AA violation that axe can find, no rule switched off.
    expect(await axeViolations(page), 'axe').toEqual([]);

    // No interface string of another language (no English or Russian on a Kazakh page), and in a
    // language other than the default, no unmarked Latin word.
    const foreign = foreignStrings(lang);
    const texts = await pageText(page);
    const strays = texts.flatMap((text) => foreign.filter((phrase) => text === phrase || (text.includes(phrase) && phrase.length > 12)).map((phrase) => `"${phrase}" in "${text}"`));
    expect(strays, "another language's interface strings on the page").toEqual([]);
    if (lang !== defaultLanguage) expect(texts.filter((text) => untranslatedLatin(text) !== undefined), 'Latin text without lang').toEqual([]);

    // In each two-colour scheme (the attribute the head script sets), only the scheme's two colours
    // are painted, so every text and boundary has the scheme's contrast (7:1 or more).
    const painted = await paintedColours(page, Object.keys(schemeColours));
    for (const [scheme, colours] of Object.entries(schemeColours)) {
      const stray = Object.entries(painted[scheme]!).filter(([colour]) => !(colours as readonly string[]).includes(colour));
      expect(stray, `colours outside ${scheme}`).toEqual([]);
    }

    // Nothing scrolls sideways on a phone, nor at 200% text with the widest spacing and serif type
    // on a phone and a desktop: long Russian words and the nested structure chart are what would
    // push a page sideways. On the phone, no word is cut where it has no hyphen.
    await page.setViewportSize({ width: 320, height: 640 });
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
    page.off('console', onConsole);
    page.off('pageerror', onError);
    expect(errors, 'console errors').toEqual([]);

    // With JavaScript off, the page still reads: its heading, its text, its navigation.
    const plain = scriptlessPage;
    await plain.goto(path);
    await expect(plain.getByRole('heading', { level: 1 })).toBeVisible();
    expect((await plain.getByRole('main').innerText()).length).toBeGreaterThan(60);
    await expect(plain.getByRole('navigation', { name: t('nav.label') }).getByRole('link', { name: t('section.bodies') })).toBeVisible();
  });
}

test('every page exists in every language', () => {
  const byLanguage = languages.map((lang) => contentPaths().filter((path) => splitLanguage(path).lang === lang).map((path) => splitLanguage(path).path));
  expect(byLanguage[0]!.length).toBeGreaterThan(50);
  for (const paths of byLanguage) expect(paths).toEqual(byLanguage[0]);
});

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

test('an unknown address answers 404, with a way on', async ({ page }) => {
  // astro preview knows only the default language's 404 page; each language's is tested against a
  // real server (tests/e2e-headers/csp.spec.ts).
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('main').getByRole('link', { name: 'A to Z' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A to Z');
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
