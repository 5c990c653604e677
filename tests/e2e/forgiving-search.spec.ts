import { expect, test, type Page } from '@playwright/test';
import { defaultLanguage, languages, type Lang } from '../../src/lib/i18n/languages.ts';
import { searchPage } from './search-page.ts';

// Each test opens one search page and types its queries into it in turn; each failure names its query.

/** The address a result leads to, without the text fragment and heading it lands on. */
const pageOf = (href: string | null) => (href ?? '').replace(/#.*$/, '');

/** Searches a query in another language's letters: that language's pages are listed too, under their own heading, marked with `lang`. */
async function expectOtherLanguage(page: Page, lang: Lang, query: string, other: Lang, heading: RegExp) {
  await searchPage(page, lang).search(query);
  const block = page.getByRole('region', { name: heading });
  await expect(block, `${query}: the ${other} results, under their heading`).toBeVisible();
  await expect(block.getByRole('list'), `${query}: marked as ${other}`).toHaveAttribute('lang', other);
  const first = block.getByRole('listitem').first().getByRole('heading').getByRole('link');
  const notDefault = languages.filter((each) => each !== defaultLanguage);
  expect(pageOf(await first.getAttribute('href')), `${query}: a page in ${other}`).toMatch(other === defaultLanguage ? new RegExp(`^/(?!${notDefault.join('/|')}/)`) : new RegExp(`^/${other}/`));
}

test('a misspelt word is corrected and said so; its result’s title leads to its page’s top, and where a section matched, its own link leads there and marks the words; the words as typed are one link away', async ({ page }) => {
  const { box, results, status, open } = searchPage(page, 'en');
  await open('Kazakstan');
  await expect(status, 'corrected, and said so').toHaveText(/^Showing \d+ results for “Kazakhstan”\.$/);
  await expect(box, 'the words as typed stay in the box').toHaveValue('Kazakstan');
  const title = results.first().getByRole('heading').getByRole('link');
  await expect(title, 'the title leads to the page’s top').toHaveAttribute('href', '/members/kazakhstan/');
  // The page's summary says what it is.
  await expect(results.first(), 'the page’s summary').toContainText('one of the six member states');
  const section = results.first().getByRole('link', { name: /^In “.+”:$/ });
  const href = (await section.getAttribute('href'))!;
  const [, id, text] = /#([^:]+):~:text=(.+)$/.exec(href) ?? [];
  expect(id, `heading in ${href}`).toBeTruthy();
  expect(text, `text fragment in ${href}`).toBeTruthy();
  await section.click();
  await expect(page, 'the section’s link leads to its heading').toHaveURL(new RegExp(`/members/kazakhstan/#${id}$`));
  // The words the fragment names are on the screen, marked by the browser (::target-text), not
  // only the heading: their first use after the heading (after the fragment's prefix, where it
  // has one: `prefix-,words`) is within the viewport.
  const parts = text!.split(',').map(decodeURIComponent);
  const words = parts.at(-1)!;
  const prefix = parts.length > 1 && parts[0]!.endsWith('-') ? parts[0]!.slice(0, -1) : '';
  const shown = await page.evaluate(
    ([target, before, headingId]) => {
      const heading = document.getElementById(headingId!)!;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!(heading.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
        const said = (node.textContent ?? '').replaceAll('\u00ad', '').replace(/\s+/g, ' ');
        if (!said.includes(before ? `${before} ${target}` : target!)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const { top, bottom } = range.getBoundingClientRect();
        return { top, bottom, height: innerHeight };
      }
      return undefined;
    },
    [words, prefix, id],
  );
  expect(shown, `"${words}" on the page`).toBeDefined();
  expect(shown!.top, `"${words}" below the top of the screen`).toBeGreaterThanOrEqual(0);
  expect(shown!.bottom, `"${words}" above the bottom of the screen`).toBeLessThanOrEqual(shown!.height);

  await page.goBack();
  const asTyped = page.getByRole('main').getByRole('link', { name: 'Search for “Kazakstan” instead' });
  await asTyped.click();
  await expect(page, 'the words as typed: in the address').toHaveURL('/search/?q=Kazakstan&exact=1');
  await expect(status, 'the words as typed: searched').toHaveText('No results for “Kazakstan”.');
  await expect(asTyped, 'the words as typed: no link to them').toBeHidden();
  await expect(results, 'the words as typed: no results').toHaveCount(0);
  // Typing again asks for corrections again.
  await box.fill('Tadjikistan');
  await expect(status, 'typing again: corrected again').toHaveText(/^Showing \d+ results for “Tajikistan”\.$/);
  await expect(page, 'typing again: the address').toHaveURL('/search/?q=Tadjikistan');
});

test('en: a word the site uses is never corrected, nor a partial word taken for a typo; a query that finds enough here offers no other language and shows every result of a long list; Russian and Kazakh letters also list those pages; a result for the page searched for opens at its top', async ({ page }) => {
  const { results, status, open, search } = searchPage(page, 'en');
  await open();
  for (const query of ['councils', 'secr']) {
    await search(query);
    await expect(status, `${query}: its own count, or none`).toHaveText(new RegExp(`^(\\d+ results? for “${query}”|No results for “${query}”\\.)$`));
    await expect(page.getByRole('main').getByRole('link', { name: /instead$/ }), `${query}: not corrected`).toBeHidden();
  }
  await search('council');
  await expect(results.first(), 'council: results').toBeVisible();
  await expect(page.getByRole('region', { name: /^Results in Russian/ }), 'council: no other language').toBeHidden();
  // A long list: the first at once, the rest as they load.
  await expect(status, 'council: counted').toHaveText(/^\d+ results for “council”$/);
  const count = Number((await status.innerText()).split(' ')[0]);
  expect(count, 'council: a long list').toBeGreaterThan(8);
  await expect(results, 'council: every result shown').toHaveCount(count);

  await expectOtherLanguage(page, 'en', 'Канал', 'ru', /^Results in Russian \(\d+\)$/);
  await expectOtherLanguage(page, 'en', 'Қазақстан', 'kk', /^Results in Kazakh \(\d+\)$/);

  await search('kanal');
  await results.first().getByRole('heading').getByRole('link').click();
  await expect(page, 'kanal: its page').toHaveURL(/\/operations\/kanal\/$/);
  expect(await page.evaluate(() => scrollY), 'kanal: its page, at the top').toBe(0);
});

test('ru: a correction is said in Russian, with its link to the words as typed; English and Kazakh letters also list those pages', async ({ page }) => {
  const { status, open } = searchPage(page, 'ru');
  await open('Казакстан');
  await expect(status, 'Казакстан: corrected, said in Russian').toHaveText(/^Показаны \d+ результат(а|ов)? по запросу «Казахстан»\.$/);
  await expect(page.getByRole('main').getByRole('link', { name: 'Искать вместо этого «Казакстан»' }), 'Казакстан: the words as typed').toHaveAttribute('href', '/ru/search/?q=%D0%9A%D0%B0%D0%B7%D0%B0%D0%BA%D1%81%D1%82%D0%B0%D0%BD&exact=1');
  await expectOtherLanguage(page, 'ru', 'OSCE', 'en', /^Результаты на английском \(\d+\)$/);
  await expectOtherLanguage(page, 'ru', 'Қазақстан', 'kk', /^Результаты на казахском \(\d+\)$/);
});

test('kk: English letters also list the English pages', async ({ page }) => {
  await searchPage(page, 'kk').open();
  await expectOtherLanguage(page, 'kk', 'OSCE', 'en', /^Ағылшын тіліндегі нәтижелер \(\d+\)$/);
});
