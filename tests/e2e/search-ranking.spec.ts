import { expect, test, type Page } from '@playwright/test';
import { languages, type Lang } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';
import { searchQueries } from './search-queries.ts';

// The search page of each language, opened once, with every query of ./search-queries.ts typed
// into it in turn as a reader would (the words, then Enter): the page that must come first, or
// nothing for a word the site does not have. Each failure names its query; all are reported.

function searchPage(page: Page, lang: Lang) {
  const { t } = strings(lang);
  const main = page.getByRole('main');
  const box = main.getByRole('searchbox', { name: t('search.label') });
  const results = page.getByRole('region', { name: t('search.results'), exact: true }).getByRole('listitem');
  /** Types the query, asks for it, and waits for the answer. */
  const search = async (query: string) => {
    await box.fill(query);
    await box.press('Enter');
    await expect(page.locator('site-search')).not.toHaveAttribute('data-searching');
  };
  return { box, results, status: main.getByRole('status'), search, t };
}

for (const lang of languages) {
  test(`${lang}: each query finds its page first, and a word the site does not have finds nothing`, async ({ page }) => {
    await page.goto(`/${localizedPath(lang, 'search/')}`);
    const { results, status, search, t } = searchPage(page, lang);
    for (const { kind, query, first } of searchQueries.filter((each) => each.lang === lang)) {
      await search(query);
      const where = `${kind}: "${query}"`;
      if (first === null) {
        await expect.soft(status, where).toHaveText(t('search.none').replace('{query}', query));
        await expect.soft(results, where).toHaveCount(0);
        continue;
      }
      // The title leads to the page itself, from its top.
      await expect.soft(results.first().getByRole('heading').getByRole('link'), where).toHaveAttribute('href', first);
    }
  });
}

test('ru: every form of a word finds the same pages', async ({ page }) => {
  await page.goto('/ru/search/');
  const { results, status, search } = searchPage(page, 'ru');
  const pagesFor = async (query: string) => {
    await search(query);
    // The first results show at once and the rest follow: wait for as many as the status counts.
    const count = Number((await status.textContent())?.match(/\d+/)?.[0]);
    await expect(results).toHaveCount(count);
    return (await results.getByRole('heading').getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).sort();
  };
  const forms = ['незаконный', 'незаконному', 'незаконного', 'незаконной'];
  const first = await pagesFor(forms[0]!);
  expect(first).toContain('/ru/bodies/coordinating-council-on-countering-illegal-drug-trafficking/');
  for (const form of forms.slice(1)) expect.soft(await pagesFor(form), form).toEqual(first);
});
