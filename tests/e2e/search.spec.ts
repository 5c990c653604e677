import { expect, test, type Page } from '@playwright/test';
import { allowedValues } from '../../src/components/preferences/model.ts';
import { defaultLanguage, languageTable, languages, type Lang } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';
import { pagesIn, searchSections } from '../../src/lib/site-map.ts';
import { typingPauseMs } from '../../src/components/search/policy.ts';
import { searchPage } from './search-page.ts';
import { axeScript, axeViolations, loadedAxeViolations, readable, softly, tagsFor } from './site';

const results = (page: Page) => page.getByRole('region', { name: 'Results' }).getByRole('listitem');
const status = (page: Page) => page.getByRole('main').getByRole('status');
const searchBox = (page: Page) => page.getByRole('main').getByRole('searchbox', { name: 'Search this site' });
const filtersToggle = (page: Page) => page.getByRole('main').locator('summary', { hasText: 'Narrow by section' });

/** Fails the test if anything tries to open a dialog: the usual sign of injected script running. */
function forbidDialogs(page: Page) {
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
}

test('the header form searches from any page, and content pages load no search code', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/forces/peacekeeping-forces/');
  expect(requested.filter((path) => path.includes('pagefind') || path.includes('Search'))).toEqual([]);
  await page.getByRole('banner').getByRole('searchbox', { name: 'Search this site' }).fill('Nerushimoe Bratstvo');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/search/?q=Nerushimoe+Bratstvo');
  await expect(results(page).first().getByRole('heading').getByRole('link')).toHaveText('Nerushimoe Bratstvo (Unbreakable Brotherhood)');
  await expect(results(page).first()).toContainText('Operations and exercises');
  await expect(results(page).first().locator('mark').first()).toHaveText(/Nerushimoe|Bratstvo/i);
});

test('results update as the visitor types, the count is announced, and ?q= follows', async ({ page }) => {
  await page.goto('/search/');
  await expect(status(page)).toHaveText('');
  await searchBox(page).pressSequentially('secretariat', { delay: 30 });
  await expect(status(page)).toHaveText(/^\d+ results? for “secretariat”$/);
  await expect(page).toHaveURL('/search/?q=secretariat');
  await expect(results(page).first().getByRole('heading')).toHaveText('Secretariat');
});

test('?q= and the chosen sections survive reload, back and forward', async ({ page }) => {
  await page.goto('/search/?q=Kanal');
  await expect(results(page).first().getByRole('heading')).toHaveText('Kanal (Channel)');
  await filtersToggle(page).click();
  const partners = page.getByRole('checkbox', { name: /^Cooperating organizations \(\d+\)$/ });
  const chosen = Number(/\((\d+)\)/.exec(await page.getByText(/^Cooperating organizations \(\d+\)$/).innerText())![1]);
  expect(chosen, 'the count of Cooperating organizations').toBeGreaterThan(1);
  await partners.check();
  await expect(page).toHaveURL('/search/?q=Kanal&section=Cooperating+organizations');
  await expect(results(page)).toHaveCount(chosen);
  for (const item of await results(page).all()) await expect(item).toContainText('Cooperating organizations');

  await page.reload();
  await expect(page.getByRole('checkbox', { name: /^Cooperating organizations/ })).toBeChecked();
  await expect(results(page)).toHaveCount(chosen);

  await searchBox(page).fill('Europol');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/search/?q=Europol&section=Cooperating+organizations');
  await page.goBack();
  await expect(searchBox(page)).toHaveValue('Kanal');
  await expect(results(page)).toHaveCount(chosen);
  await page.goForward();
  await expect(searchBox(page)).toHaveValue('Europol');
  await expect(results(page).first().getByRole('heading')).toHaveText('Europol');
});

test('the filters show a count per section and narrow the results; only filters that narrow something are offered; no results says so and offers a way on', async ({ page }) => {
  await page.goto('/search/?q=forces');
  await expect(results(page).first(), 'results for “forces”').toBeVisible();
  // Closed until asked for, so the results come first.
  await expect(page.getByRole('checkbox', { name: /^Forces/ }), 'the filters are closed at first').toBeHidden();
  await filtersToggle(page).click();
  const offered = await page.getByRole('group', { name: 'Show results from' }).getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => box.getAttribute('value')));
  expect(offered.length, 'more than one section is offered').toBeGreaterThan(1);
  for (const section of offered) await expect(page.getByRole('checkbox', { name: new RegExp(`^${section} \\(([1-9]\\d*)\\)$`) }), `${section}: offered with its count of results`).toBeVisible();
  const forces = page.getByRole('checkbox', { name: /^Forces \((\d+)\)$/ });
  const count = Number(/\((\d+)\)/.exec((await page.getByText(/^Forces \(\d+\)$/).innerText()))![1]);
  expect(count, 'the count of Forces').toBeGreaterThan(3);
  await forces.check();
  await expect(results(page), 'Forces chosen: as many results as its count').toHaveCount(count);
  for (const item of await results(page).all()) await expect(item.getByRole('paragraph').first(), 'Forces chosen: each result in Forces').toHaveText('Forces');

  // A word few sections have: only those are offered.
  await page.goto('/search/?q=Europol');
  await expect(results(page).first(), 'results for “Europol”').toBeVisible();
  await filtersToggle(page).click();
  const few = await page.getByRole('group', { name: 'Show results from' }).getByRole('checkbox').count();
  expect(few, 'sections without results are not offered').toBeLessThan(searchSections().length);
  expect(few, 'a section with results is offered').toBeGreaterThan(0);

  // A section chosen in the address: its filter is shown, open and checked.
  await page.goto('/search/?q=Collective+Air+Forces&section=Forces');
  await expect(results(page).first(), 'results for “Collective Air Forces”').toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Forces/ }), 'a section in the address is checked').toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Forces/ }), 'a section in the address is shown').toBeVisible();

  await page.goto('/search/?q=zzqxvb');
  await expect(status(page), 'no results').toHaveText('No results for “zzqxvb”.');
  await expect(filtersToggle(page), 'no filters without results').toBeHidden();
  await page.getByRole('main').getByRole('link', { name: 'A to Z' }).click();
  await expect(page.getByRole('heading', { level: 1 }), 'the way on from no results').toHaveText('A to Z');
});

const payloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '"><svg onload=alert(3)>',
  "javascript:alert(4)",
  '</mark><b>bold</b><mark>',
];

test('hostile text stays text, in the address and typed', async ({ page }) => {
  forbidDialogs(page);
  for (const payload of payloads) {
    await page.goto(`/search/?q=${encodeURIComponent(payload)}`);
    await expect(status(page), `${payload}: from the address, said back as text`).toContainText(payload);
    await searchBox(page).fill(`${payload} Kanal`);
    await page.keyboard.press('Enter');
    // Said back as text: in the status, or (when its words were corrected) in the link to the words as typed.
    await expect(page.getByRole('main').getByRole('status').or(page.getByRole('main').getByRole('link', { name: /instead$/ })).filter({ hasText: `${payload} Kanal` }), `${payload}: typed, said back as text`).toHaveCount(1);
    expect(await page.locator('main img, main svg, main b').count(), `${payload}: no markup made of it`).toBe(0);
    // The page's own inline script (src/components/search/asked.ts) is in main; none is made of the text.
    expect(await page.locator('main script').evaluateAll((scripts) => scripts.filter((script) => script.textContent!.includes('alert')).length), `${payload}: no script made of it`).toBe(0);
  }
});

test('odd queries get a clear message and never an exception', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/search/?q=%3F%21%E2%80%A6%20%E2%80%94');
  await expect(status(page), 'punctuation only, from the address').toHaveText(/has no letters or digits/);
  // Typed in turn into the open page, as a reader tries one thing after another.
  const { search } = searchPage(page, 'en');
  await search('security '.repeat(250));
  await expect(page.getByText('Your search was too long, so only its first 200 characters were used.'), 'a long query: said cut').toBeVisible();
  await expect(status(page), 'a long query: its count').toHaveText(/results? for “security security/);
  // Two scripts at once; accents the site does not write (respelt); another language's letters
  // (respelt here, and that language's results too); a script no language of the site is in.
  for (const [query, said] of [
    ['Канал Kanal', /^\d+ results? for “Канал Kanal”$/],
    ['Sécurité collective', /^Showing \d+ results for “Security collective”\.$/],
    ['Қазақстан', /^Showing \d+ results for “Kazakhstan”\.$/],
    ['安全', /^No results for “安全”\.$/],
  ] as const) {
    await search(query);
    await expect(status(page), query).toHaveText(said);
  }
  await search('  ');
  await expect(status(page), 'blank: nothing said').toHaveText('');
  await expect(page.getByRole('region', { name: 'Results' }), 'blank: no results shown').toBeHidden();
  expect(errors, 'no uncaught errors').toEqual([]);
});

test('without the index (a dev server or a broken deploy) it says search is not available', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/search/?q=Kanal');
  await expect(page.getByText(softly('Search is not available here'))).toBeVisible();
});

test('after a failed load of the index, the next search tries again and finds', async ({ page }) => {
  let failures = 0;
  await page.route('**/pagefind/pagefind.js', (route) => (failures++ === 0 ? route.abort('connectionreset') : route.continue()));
  await page.goto('/search/?q=Kanal');
  await expect(page.getByText(softly('Search is not available here'))).toBeVisible();
  await searchBox(page).fill('Europol');
  await page.keyboard.press('Enter');
  await expect(results(page).first().getByRole('heading')).toHaveText('Europol');
  await expect(page.getByText(softly('Search is not available here'))).toBeHidden();
  expect(failures).toBe(2);
});

test('with JavaScript off no box is offered whose words could not be read, but the A to Z index and the sections: on the search page, and under the header’s Search', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=Kanal');
  await expect(page.getByText(softly('Search needs JavaScript')), 'search page: says it needs JavaScript').toBeVisible();
  await expect(page.getByRole('main').getByRole('searchbox'), 'search page: no box').toBeHidden();
  for (const section of pagesIn('nav')) await expect(page.getByRole('main').getByRole('link', { name: strings('en').t(section.title), exact: true }), `search page: a link to ${section.title}`).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'A to Z index' }).click();
  await expect(page.getByRole('heading', { level: 1 }), 'search page: the A to Z index').toHaveText('A to Z');

  await page.goto('/bodies/');
  await expect(page.getByRole('banner').getByRole('searchbox'), 'header: no box').toBeHidden();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.getByRole('banner').locator('summary').filter({ hasText: 'Search' }).click();
  await expect(page.getByRole('banner').getByText(softly('Search needs JavaScript')), 'header: Search says it needs JavaScript').toBeVisible();
  await page.getByRole('banner').getByRole('link', { name: 'A to Z index' }).click();
  await expect(page.getByRole('heading', { level: 1 }), 'header: the A to Z index').toHaveText('A to Z');
  await context.close();
});

test('a word the build hyphenated on a page is found whole, and no excerpt carries a soft hyphen', async ({ page }) => {
  // A long word of a page that the build broke with soft hyphens, in a paragraph of its text.
  await page.goto('/ru/forces/unified-air-defense-system-of-russia-and-kazakhstan/');
  const paragraph = await page.getByRole('main').locator('.prose p').first().textContent();
  expect(paragraph).toContain('\u00AD');
  const word = readable(paragraph).split(/\s+/).find((each) => each.length > 12)!;
  await page.goto(`/ru/search/?q=${encodeURIComponent(word)}`);
  const found = page.getByRole('region', { name: strings('ru').t('search.results') }).getByRole('listitem');
  await expect(found.first()).toBeVisible();
  expect(await found.getByRole('link').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))).toContain(
    '/ru/forces/unified-air-defense-system-of-russia-and-kazakhstan/',
  );
  const texts = await found.evaluateAll((items) => items.map((item) => item.textContent ?? ''));
  expect(texts.filter((text) => text.includes('\u00AD'))).toEqual([]);
});

test('search works with the keyboard alone', async ({ page }) => {
  await page.goto('/search/');
  await searchBox(page).focus();
  await page.clock.install();
  await page.keyboard.type('Collective Air Forces');
  await page.keyboard.press('Enter');
  await expect(results(page).first().getByRole('heading')).toHaveText('Collective Air Forces');
  // The answer is where the reader is brought: the count, then the filters' toggle, then the first result.
  await expect(status(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(filtersToggle(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(results(page).first().getByRole('heading').getByRole('link')).toBeFocused();
  // A reader who pressed Enter and tabbed into the results stays there: the search that typing
  // set for later (after a pause in typing) does not run again and redraw them under focus.
  await page.clock.runFor(typingPauseMs * 2);
  await expect(results(page).first().getByRole('heading').getByRole('link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/forces\/collective-air-forces\/$/);
});

// The search page with results, a correction and another language's results, in each colour
// scheme, set on <html> as the head script sets it from the stored choice: a two-colour scheme
// promises AAA contrast (tagsFor).
test('axe finds nothing on the search page with results, a correction and another language’s results, in every colour scheme', async ({ page }) => {
  await page.addInitScript({ path: axeScript });
  await page.goto(`/search/?q=${encodeURIComponent('Нелегал')}`);
  await expect(results(page).first(), 'results').toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Search for “Нелегал” instead' }), 'a correction').toBeVisible();
  await expect(page.getByRole('region', { name: /^Results in Russian/ }), 'Russian results').toBeVisible();
  for (const scheme of allowedValues.scheme) {
    await page.locator('html').evaluate((html, value) => html.setAttribute('data-scheme', value), scheme);
    expect(await loadedAxeViolations(page, tagsFor(scheme)), `axe in ${scheme}`).toEqual([]);
  }
});

// Each language's search page, opened once, with one thing after another asked of it.
// (Excerpts are read in the languages whose facts lists have a word for a query to match.)
// Words found in the facts lists: the kind of an operation (en), the label «Вид» itself (ru).
const excerptQueries: Partial<Record<Lang, string>> = { en: 'exercise', ru: 'вид' };

for (const lang of languages) {
  test(`${lang}: the page’s title names the query and its count; matched words are bold, never underlined; every link leads somewhere; the results and filters are of this language; excerpts read as the page does; no results by the keyboard; the language switch keeps the reader’s words`, async ({ page }) => {
    const { t, plural } = strings(lang);
    const { box, results: found, status: said, open, search } = searchPage(page, lang);
    const base = `${t('search.title')} | ${t('site.name')}`;
    // A word of the page's language, which is searched as it is.
    const query = t('section.forces');
    await open(query);
    await expect(found.first(), `results for “${query}”`).toBeVisible();
    // The answer, arriving after the page, moves nothing the reader already sees (Lighthouse's
    // cumulative layout shift; the footer was pushed down by the results).
    const shifted = await page.evaluate(() => {
      const observer = new PerformanceObserver(() => {});
      observer.observe({ type: 'layout-shift', buffered: true });
      return observer.takeRecords().reduce((sum, entry) => sum + (entry as PerformanceEntry & { value: number }).value, 0);
    });
    expect(shifted, 'the layout shift while the answer arrives').toBeLessThan(0.01);
    const count = Number((await said.textContent())?.match(/\d+/)?.[0]);
    await expect(page, 'the title names the query and its count').toHaveTitle(`${plural('search.pageTitle', count, { query })} – ${base}`);
    const mark = page.getByRole('main').locator('mark').first();
    await expect(mark, 'a matched word is not underlined').toHaveCSS('text-decoration-line', 'none');
    expect(Number(await mark.evaluate((element) => getComputedStyle(element).fontWeight)), 'a matched word is bold').toBeGreaterThanOrEqual(700);
    expect(await page.locator('a:not([href])').count(), 'every link leads somewhere').toBe(0);
    // Only this language's pages, in the default language too.
    const hrefs = await page.getByRole('main').getByRole('region', { name: t('search.results') }).getByRole('listitem').getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    const others = languages.filter((other) => other !== lang && other !== defaultLanguage);
    expect(
      hrefs.filter((href) => (lang === defaultLanguage ? others.some((other) => href.startsWith(`/${other}/`)) : !href.startsWith(`/${lang}/`))),
      'results only of this language',
    ).toEqual([]);
    await page.getByRole('main').locator('summary', { hasText: t('search.filtersToggle') }).click();
    await expect(page.getByRole('group', { name: t('search.filters') }), 'the filters, named in this language').toBeVisible();
    if (lang !== defaultLanguage) expect(await axeViolations(page), 'axe, with the filters open').toEqual([]);

    // The facts lists are a <dl>: Pagefind reads a term and its value as one run of text unless
    // something parts them, and excerpts then read "KindExercise" or «ВидСовместное».
    const excerptQuery = excerptQueries[lang];
    if (excerptQuery) {
      await search(excerptQuery);
      await expect(found.first(), `results for “${excerptQuery}”`).toBeVisible();
      const texts = await found.evaluateAll((items) => items.map((item) => item.querySelector('[data-match]')?.textContent ?? ''));
      expect(texts.filter((text) => /\p{Ll}\p{Lu}/u.test(text)), 'excerpts: no label run into its value').toEqual([]);
      // Each result's excerpt arrives with its page's data: wait for the one that holds a fact.
      await expect
        .poll(async () => (await found.evaluateAll((items) => items.map((item) => item.querySelector('[data-match]')?.textContent ?? ''))).some((text) => text.includes(`${t('fact.kind')}: `)), {
          message: 'excerpts: a fact’s label, then its value',
        })
        .toBe(true);
      expect(texts.filter((text) => text.includes('://')), 'excerpts: no address printed for paper').toEqual([]);
    }

    // By the keyboard alone: words the site does not have, and the ways on.
    const nothing = lang === defaultLanguage ? 'zzqxvb' : 'зззззз';
    await box.focus();
    await box.clear();
    await page.keyboard.type(nothing);
    await page.keyboard.press('Enter');
    await expect(said, 'no results, said').toHaveText(t('search.none').replace('{query}', nothing));
    await expect(page, 'no results, in the title').toHaveTitle(`${t('search.pageTitleNone').replace('{query}', nothing)} – ${base}`);
    await expect(page.getByRole('main').getByRole('link', { name: t('section.bodies') }), 'no results: a way on').toHaveAttribute('href', `/${localizedPath(lang, 'bodies/')}`);
    expect(await page.locator('a:not([href])').count(), 'no results: every link leads somewhere').toBe(0);

    // The language switch keeps the reader's words.
    await search('Europol');
    for (const other of languages.filter((other) => other !== lang)) {
      const link = page.getByRole('banner').getByRole('navigation', { name: t('language.label') }).getByRole('link', { name: languageTable[other].name });
      await expect(link, `the switch to ${other} keeps the words`).toHaveAttribute('href', `/${localizedPath(other, 'search/')}?q=Europol`);
    }
    const other = languages.find((each) => each !== lang)!;
    await page.getByRole('banner').getByRole('link', { name: languageTable[other].name }).click();
    await expect(page.getByRole('main').getByRole('searchbox', { name: strings(other).t('search.label') }), `in ${other}, the same words`).toHaveValue('Europol');
  });
}
