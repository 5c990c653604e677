import { quotationsOf, referencing, resolveAll, type Catalog, type Item, type PageItem } from './catalog.ts';
import { yearOf } from '../i18n/dates.ts';

/**
 * When the statements of a page hold: the period of the undated source they come from (the
 * source describes the situation around 2015–2016 and says so nowhere), the day the page was last
 * reviewed, and what the dated developments say has happened since.
 */

/** The undated source a page draws on, with the period it describes, if the page cites one. */
export function undatedSource(catalog: Catalog, pages: readonly PageItem[]): Item<'sources'> | undefined {
  return pages.flatMap((page) => resolveAll(catalog, page.data.sources)).find((source) => source.data.period !== undefined);
}

/** The undated source that entries quote (the answers of the questions page), if one of them does. */
export function undatedSourceQuoted(catalog: Catalog, items: readonly Item[]): Item<'sources'> | undefined {
  return items.flatMap((item) => quotationsOf(catalog, item)).find((quoted) => quoted.source.data.period !== undefined)?.source;
}

/** The day a page was last reviewed: for a page showing several entries, the latest of theirs. */
export const reviewedOn = (pages: readonly PageItem[]): string => pages.map((page) => page.data.reviewed).sort().at(-1)!;

/**
 * Dated entries (developments, corrections), the newest first, then by id so that lists read the
 * same on every build. A partial date (`2024-06`) comes after the days of its month.
 */
export const newestFirst = <T extends { id: string; data: { date: string } }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));

/** The developments that concern a page, earliest first. */
export const developmentsOf = (catalog: Catalog, page: Pick<Item, 'collection' | 'id'>): Item<'developments'>[] =>
  referencing(catalog.developments, (development) => development.data.concerns, page);

/**
 * Developments split by the period of the source: from its first year on, what has happened
 * since; before it, dated facts the source leaves out. With no undated source, all are "since".
 */
export function splitBySource(developments: readonly Item<'developments'>[], source: Item<'sources'> | undefined) {
  const from = source?.data.periodYears?.[0] ?? -Infinity;
  return {
    since: developments.filter((development) => yearOf(development.data.date) >= from),
    earlier: developments.filter((development) => yearOf(development.data.date) < from),
  };
}
