import { expect, test } from '@playwright/test';
import { languages } from '../../src/lib/i18n/languages.ts';
import { searchPage } from './search-page.ts';
import { sameFinds, searchQueries } from './search-queries.ts';

// The search page of each language, opened once, with every query of ./search-queries.ts typed
// into it in turn as a reader would (the words, then Enter): the page that must come first, or
// nothing for a word the site does not have; then each set of word forms, which must find the
// same pages. Each failure names its query; all are reported.

for (const lang of languages) {
  test(`${lang}: each query finds its page first, a word the site does not have finds nothing, and every form of a word finds the same pages`, async ({ page }) => {
    const { open, results, status, search, t } = searchPage(page, lang);
    await open();
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

    const pagesFor = async (query: string) => {
      await search(query);
      // The first results show at once and the rest follow: wait for as many as the status counts.
      const count = Number((await status.textContent())?.match(/\d+/)?.[0]);
      await expect(results, `all the results for "${query}"`).toHaveCount(count);
      return (await results.getByRole('heading').getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).sort();
    };
    for (const { forms, finds } of sameFinds.filter((each) => each.lang === lang)) {
      const first = await pagesFor(forms[0]!);
      expect.soft(first, `"${forms[0]}" finds ${finds}`).toContain(finds);
      for (const form of forms.slice(1)) expect.soft(await pagesFor(form), `"${form}" finds what "${forms[0]}" finds`).toEqual(first);
    }
  });
}
