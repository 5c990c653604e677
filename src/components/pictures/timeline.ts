import { entryPath, quotationsOf, resolveAll, type Catalog, type Item, type Quotation } from '../../lib/content/catalog.ts';
import { documentDatedBy } from '../../lib/content/documents.ts';
import { formatDate } from '../../lib/i18n/dates.ts';
import { format } from '../../lib/i18n/format.ts';
import type { Strings } from '../../lib/i18n/strings.ts';

/** One line of the timeline: a date, what happened, the page about it if any, and its sources or their words. */
export interface TimelineItem {
  /** The date as precisely as it is known (`1992-05-15`, `2008-09`, `2004`), for `<time datetime>`; it also orders the timeline. */
  datetime: string;
  /** The date as readers see it: "15 May 1992", "September 2008", "2004". */
  date: string;
  text: string;
  /** The page the line is about (a body's; the document a development signs or brings into force), as a path inside the site. */
  path?: string;
  /** A development's sources with their words; a line from the source of the site (a body's year), that source. */
  evidence: { quotations: Quotation[] } | { sources: Item<'sources'>[] };
}

/**
 * The dates of the Organization as a whole, earliest first: the developments given (on the About
 * page, those that concern the Organization: the Treaty, the Charter, what has happened since the
 * source) and the year each body has been operational since (the Joint Staff, 2004), each with the
 * sources behind it. A development that concerns a body, a force or a member state is on its page.
 */
export function timeline(catalog: Catalog, { lang, t }: Strings, given: readonly Item<'developments'>[] = catalog.developments): TimelineItem[] {
  const developments = given.map((development) => {
    const document = documentDatedBy(catalog, development);
    return {
      datetime: development.data.date,
      date: formatDate(development.data.date, lang),
      text: development.data.text,
      ...(document ? { path: entryPath(document) } : {}),
      evidence: { quotations: quotationsOf(catalog, development) },
    };
  });
  const operational = catalog.bodies.flatMap((body) =>
    body.data.since === undefined
      ? []
      : [
          {
            datetime: String(body.data.since),
            date: String(body.data.since),
            text: format(t('timeline.operational'), { title: body.data.title, year: body.data.since }),
            path: entryPath(body),
            evidence: { sources: resolveAll(catalog, body.data.sources) },
          },
        ],
  );
  return [...developments, ...operational].sort((a, b) => a.datetime.localeCompare(b.datetime));
}
