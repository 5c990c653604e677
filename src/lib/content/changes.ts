import type { Item } from './catalog.ts';
import { newestFirst } from './dating.ts';
import { yearOf } from '../i18n/dates.ts';

/**
 * The page of what has changed (src/pages/[...lang]/changes.astro): every dated development,
 * newest first and grouped by year, and the latest of them, which home shows in one line. The
 * Atom feed (src/lib/feed.ts) lists the same developments, and its `alternate` link is this page.
 */

/** The site path of the page of changes, in every language. */
export const changesPath = 'changes';

/** One year of the page: its developments, newest first. */
export interface YearOfChanges {
  year: number;
  developments: Item<'developments'>[];
}

/** Developments, newest first, in one group a year, the newest year first; a year with none has no group. */
export function changesByYear(developments: readonly Item<'developments'>[]): YearOfChanges[] {
  const years: YearOfChanges[] = [];
  for (const development of newestFirst(developments)) {
    const year = yearOf(development.data.date);
    if (years.at(-1)?.year !== year) years.push({ year, developments: [] });
    years.at(-1)!.developments.push(development);
  }
  return years;
}

/** The newest development, if there is any. */
export const latestChange = (developments: readonly Item<'developments'>[]): Item<'developments'> | undefined => newestFirst(developments)[0];
