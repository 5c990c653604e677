import { entryPath, resolveAll, type Catalog, type Item } from '../../lib/content/catalog.ts';
import { format } from '../../lib/i18n/format.ts';
import { languageTable } from '../../lib/i18n/languages.ts';
import type { Strings } from '../../lib/i18n/strings.ts';

/** One line of the timeline: a date, what happened, the page about it if any, and its sources. */
export interface TimelineItem {
  /** ISO date or year, for `<time datetime>`; it also orders the timeline. */
  datetime: string;
  /** The date as readers see it: "15 May 1992", or a year alone. */
  date: string;
  text: string;
  /** The page of the body the line is about, as a path inside the site. */
  path?: string;
  sources: Item<'sources'>[];
}

/**
 * The dates the content states, earliest first: the events (the Treaty, the Charter) and the year
 * each body has been operational since (the Joint Staff, 2004), each with the sources behind it.
 */
export function timeline(catalog: Catalog, { lang, t }: Strings): TimelineItem[] {
  const day = new Intl.DateTimeFormat(languageTable[lang].dateLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const events = catalog.events.map((event) => ({
    datetime: event.data.date,
    date: day.format(new Date(`${event.data.date}T00:00:00Z`)),
    text: event.data.text,
    sources: resolveAll(catalog, event.data.sources),
  }));
  const operational = catalog.bodies.flatMap((body) =>
    body.data.since === undefined
      ? []
      : [
          {
            datetime: String(body.data.since),
            date: String(body.data.since),
            text: format(t('timeline.operational'), { title: body.data.title, year: body.data.since }),
            path: entryPath(body),
            sources: resolveAll(catalog, body.data.sources),
          },
        ],
  );
  return [...events, ...operational].sort((a, b) => a.datetime.localeCompare(b.datetime));
}
