import type { Page } from '@playwright/test';
import type { Lang } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';

/**
 * The search page of a language, as a reader finds its parts: the box, the count (a status), the
 * results here; `search` types a query into the open page and asks for it, as a reader does.
 */
export function searchPage(page: Page, lang: Lang) {
  const { t } = strings(lang);
  const main = page.getByRole('main');
  const box = main.getByRole('searchbox', { name: t('search.label') });
  const results = page.getByRole('region', { name: t('search.results'), exact: true }).getByRole('listitem');
  /** Opens the page, with a query in the address if given. */
  const open = (query?: string, extra = '') => page.goto(`/${localizedPath(lang, 'search/')}${query === undefined ? '' : `?q=${encodeURIComponent(query)}${extra}`}`);
  /** Types the query, asks for it (Enter), and waits for the answer. */
  const search = async (query: string) => {
    await box.fill(query);
    await box.press('Enter');
    await answered(page);
  };
  return { t, box, results, status: main.getByRole('status'), open, search };
}

/**
 * Waits until the search page has shown its answer, other languages' results included: the
 * element marks itself `data-searching` from the query (set before Enter returns) until then
 * (src/components/search/site-search.ts). Checked at each frame, not at a locator assertion's
 * widening intervals, which would leave most of a batch of queries waiting for nothing.
 */
export const answered = async (page: Page): Promise<void> => {
  await page.waitForFunction(() => !document.querySelector('site-search')!.hasAttribute('data-searching'), undefined, { polling: 'raf' });
};
