import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';
import { languages, type Lang } from '../../src/lib/i18n/languages.ts';

const inLanguage = (lang: Lang) => {
  const { t } = strings(lang);
  return {
    results: (page: Page) => page.getByRole('region', { name: t('search.results'), exact: true }).getByRole('listitem'),
    status: (page: Page) => page.getByRole('main').getByRole('status'),
    open: (page: Page, query: string, extra = '') => page.goto(`/${localizedPath(lang, 'search/')}?q=${encodeURIComponent(query)}${extra}`),
  };
};

/** The address a result leads to, without the text fragment and heading it lands on. */
const pageOf = (href: string | null) => (href ?? '').replace(/#.*$/, '');


test('a misspelt word is corrected, said so, and the words as typed are one link away', async ({ page }) => {
  const { results, status, open } = inLanguage('en');
  await open(page, 'Kazakstan');
  await expect(status(page)).toHaveText(/^Showing \d+ results for “Kazakhstan”\.$/);
  await expect(page.getByRole('searchbox', { name: 'Search this site' }).last()).toHaveValue('Kazakstan');
  const asTyped = page.getByRole('main').getByRole('link', { name: 'Search for “Kazakstan” instead' });
  await asTyped.click();
  await expect(page).toHaveURL('/search/?q=Kazakstan&exact=1');
  await expect(status(page)).toHaveText('No results for “Kazakstan”.');
  await expect(asTyped).toBeHidden();
  await expect(results(page)).toHaveCount(0);
  // Typing again asks for corrections again.
  await page.getByRole('searchbox', { name: 'Search this site' }).last().fill('Tadjikistan');
  await expect(status(page)).toHaveText(/^Showing \d+ results for “Tajikistan”\.$/);
  await expect(page).toHaveURL('/search/?q=Tadjikistan');
});

test('ru: a correction is said in Russian, with its link to the words as typed', async ({ page }) => {
  const { status, open } = inLanguage('ru');
  await open(page, 'Казакстан');
  await expect(status(page)).toHaveText(/^Показаны \d+ результат(а|ов)? по запросу «Казахстан»\.$/);
  await expect(page.getByRole('main').getByRole('link', { name: 'Искать вместо этого «Казакстан»' })).toHaveAttribute('href', '/ru/search/?q=%D0%9A%D0%B0%D0%B7%D0%B0%D0%BA%D1%81%D1%82%D0%B0%D0%BD&exact=1');
});

test('a word the site uses is never corrected, and a partial word is not taken for a typo', async ({ page }) => {
  const { status, open } = inLanguage('en');
  for (const query of ['councils', 'secr']) {
    await open(page, query);
    await expect(status(page)).toHaveText(new RegExp(`^(\\d+ results? for “${query}”|No results for “${query}”\\.)$`));
    await expect(page.getByRole('main').getByRole('link', { name: /instead$/ })).toBeHidden();
  }
});

for (const [lang, query, other, heading] of [
  ['en', 'Канал', 'ru', /^Results in Russian \(\d+\)$/],
  ['ru', 'OSCE', 'en', /^Результаты на английском \(\d+\)$/],
  ['en', 'Қазақстан', 'kk', /^Results in Kazakh \(\d+\)$/],
  ['ru', 'Қазақстан', 'kk', /^Результаты на казахском \(\d+\)$/],
  ['kk', 'OSCE', 'en', /^Ағылшын тіліндегі нәтижелер \(\d+\)$/],
] as const) {
  test(`${lang}: "${query}", in ${other}'s letters, also lists the ${other} pages, under their own heading, marked with lang`, async ({ page }) => {
    const { open } = inLanguage(lang);
    await open(page, query);
    const block = page.getByRole('region', { name: heading });
    await expect(block).toBeVisible();
    await expect(block.getByRole('list')).toHaveAttribute('lang', other);
    const first = block.getByRole('listitem').first().getByRole('heading').getByRole('link');
    const otherLanguages = languages.filter((each) => each !== other && each !== languages[0]);
    expect(pageOf(await first.getAttribute('href'))).toMatch(other === languages[0] ? new RegExp(`^/(?!${otherLanguages.join('/|')}/)`) : new RegExp(`^/${other}/`));
  });
}

test('an English query on the English page offers no other language when it finds enough here', async ({ page }) => {
  const { results, open } = inLanguage('en');
  await open(page, 'council');
  await expect(results(page).first()).toBeVisible();
  await expect(page.getByRole('region', { name: /^Results in Russian/ })).toBeHidden();
});

test('a result’s title leads to its page’s top; where a section matched, its own link leads there and marks the words', async ({ page }) => {
  const { results, open } = inLanguage('en');
  await open(page, 'Kazakstan');
  const title = results(page).first().getByRole('heading').getByRole('link');
  await expect(title).toHaveAttribute('href', '/members/kazakhstan/');
  // The page's summary says what it is.
  await expect(results(page).first()).toContainText('one of the six member states');
  const section = results(page).first().getByRole('link', { name: /^In “.+”:$/ });
  const href = (await section.getAttribute('href'))!;
  const [, id, text] = /#([^:]+):~:text=(.+)$/.exec(href) ?? [];
  expect(id, `heading in ${href}`).toBeTruthy();
  expect(text, `text fragment in ${href}`).toBeTruthy();
  await section.click();
  await expect(page).toHaveURL(new RegExp(`/members/kazakhstan/#${id}$`));
  // The words the fragment names are on the screen, marked by the browser (::target-text), not
  // only the heading: their first use after the heading is within the viewport.
  const words = decodeURIComponent(text!.split(',').at(-1)!);
  const box = await page.evaluate(
    ([target, headingId]) => {
      const heading = document.getElementById(headingId!)!;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!(heading.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
        if (!(node.textContent ?? '').replaceAll('\u00ad', '').includes(target!)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const { top, bottom } = range.getBoundingClientRect();
        return { top, bottom, height: innerHeight };
      }
      return undefined;
    },
    [words, id],
  );
  expect(box, `"${words}" on the page`).toBeDefined();
  expect(box!.top).toBeGreaterThanOrEqual(0);
  expect(box!.bottom).toBeLessThanOrEqual(box!.height);
});

test('a result for the page searched for opens at its top', async ({ page }) => {
  const { results, open } = inLanguage('en');
  await open(page, 'kanal');
  await results(page).first().getByRole('heading').getByRole('link').click();
  await expect(page).toHaveURL(/\/operations\/kanal\/$/);
  expect(await page.evaluate(() => scrollY)).toBe(0);
});

test('a long list shows every result: the first at once, the rest as they load', async ({ page }) => {
  const { results, status, open } = inLanguage('en');
  await open(page, 'council');
  await expect(status(page)).toHaveText(/^\d+ results for “council”$/);
  const count = Number((await status(page).innerText()).split(' ')[0]);
  expect(count).toBeGreaterThan(8);
  await expect(results(page)).toHaveCount(count);
});
