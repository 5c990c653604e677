/**
 * The Atom feed of a language (RFC 4287): the dated developments and the site's corrections,
 * newest first, each linking to its place on the page of what has changed or on the corrections
 * page, and naming its sources, so that a reader can
 * follow what has changed without visiting. Written by src/pages/[...lang]/feed.xml.ts, linked
 * from every page's head, the About page's timeline and the page of what has changed.
 */
import XMLBuilder from 'fast-xml-builder';
import type { EntryRef } from '../schemas/shared.ts';
import { pageItems, resolve, sourcesOf, type Catalog, type Item, type PageItem } from './content/catalog.ts';
import type { PageCollection } from './content/registry.ts';
import { changesPath } from './content/changes.ts';
import { reviewedOn } from './content/dating.ts';
import { escapeXml } from './escape-xml.ts';

export interface FeedEntry {
  id: string;
  /** The date as precisely as known: `2022-01-06`, `2008-09`, `2008`. */
  date: string;
  title: string;
  /** The paragraphs of its text. */
  text: string[];
  /** Where the site shows it: its place on the page of what has changed, or on the corrections page. */
  url: string;
  sources: { title: string; publisher: string; url?: string }[];
}

/** The words a correction's entry is told in, in the feed's language. */
export interface CorrectionWords {
  /** Its title, from the title of the page corrected. */
  title: (pageTitle: string) => string;
  said: string;
  says: string;
  /** The language versions it concerns, when not all ("In the Russian version"). */
  versions: (correction: Item<'corrections'>) => string | undefined;
}

export interface Feed {
  /** The feed's own address, also its id. */
  url: string;
  title: string;
  /** The page that shows the same developments (the page of what has changed). */
  pageUrl: string;
  lang: string;
  author: string;
  /** "Source:" or "Sources:" in the feed's language, for a count. */
  sourcesLabel: (count: number) => string;
  /** The last day anything in the feed or the pages it links changed. */
  updated: string;
  entries: FeedEntry[];
}

/** A date as Atom writes it: a partial date (`2008-09`) at the start of its month or year, UTC. */
export const atomDate = (date: string): string => `${`${date}-01-01`.slice(0, 10)}T00:00:00Z`;

/**
 * A language's developments and corrections as feed entries, newest first; `absolute` makes a
 * path inside the site an address. A development leads to its place on the page of what has
 * changed (`changes/#<id>`, which names every page it concerns); a correction's id is
 * `correction-<id>`, and it leads to its place on the corrections page, which lists every
 * language version's corrections (a page shows only those of its own version).
 */
export function feedEntries(catalog: Catalog, absolute: (path: string) => string, words: CorrectionWords): FeedEntry[] {
  const firstPage = (item: Item<'developments' | 'corrections'>) => resolve(catalog, item.data.concerns[0]! as EntryRef<PageCollection>) as PageItem;
  const sources = (item: Item) =>
    sourcesOf(item).map((ref) => resolve(catalog, ref)).map((source) => ({ title: source.data.title, publisher: source.data.publisher, ...(source.data.url ? { url: source.data.url } : {}) }));
  const developments = catalog.developments.map((development) => ({
    id: development.id,
    date: development.data.date,
    title: development.data.text,
    text: [development.data.text],
    url: `${absolute(changesPath)}#${development.id}`,
    sources: sources(development),
  }));
  const corrections = catalog.corrections.map((correction) => ({
    id: `correction-${correction.id}`,
    date: correction.data.date,
    title: words.title(firstPage(correction).data.title),
    text: [words.versions(correction), `${words.said} ${correction.data.said}`, `${words.says} ${correction.data.says}`].filter((line): line is string => line !== undefined),
    url: `${absolute('corrections')}#correction-${correction.id}`,
    sources: sources(correction),
  }));
  return [...developments, ...corrections].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** The day the feed last changed: its newest entry, or the last review of the pages, whichever is later. */
export const feedUpdated = (catalog: Catalog): string =>
  [reviewedOn(pageItems(catalog)), ...catalog.developments.map((d) => d.data.date), ...catalog.corrections.map((c) => c.data.date)].map(atomDate).sort().at(-1)!;

// Attributes are the keys that start with "@"; a value "true" is written as one, not as a bare name.
const atom = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', suppressBooleanAttributes: false, suppressEmptyNode: true, format: true });

/** An entry's text and sources as the HTML of its `<content type="html">`. */
function entryHtml(item: FeedEntry, sourcesLabel: Feed['sourcesLabel']): string {
  const sources = item.sources.map((source) =>
    source.url ? `<a href="${escapeXml(source.url)}">${escapeXml(source.title)}</a> (${escapeXml(source.publisher)})` : `${escapeXml(source.title)} (${escapeXml(source.publisher)})`,
  );
  return `${item.text.map((line) => `<p>${escapeXml(line)}</p>`).join('')}<p>${escapeXml(sourcesLabel(sources.length))} ${sources.join('; ')}</p>`;
}

/** The feed as Atom XML. */
export function atomFeed(feed: Feed): string {
  const entry = (item: FeedEntry) => ({
    id: `${feed.url}#${item.id}`,
    title: item.title,
    updated: atomDate(item.date),
    published: atomDate(item.date),
    link: [
      { '@rel': 'alternate', '@type': 'text/html', '@href': item.url },
      ...item.sources.filter((source) => source.url).map((source) => ({ '@rel': 'related', '@href': source.url, '@title': source.title })),
    ],
    content: { '@type': 'html', '#text': entryHtml(item, feed.sourcesLabel) },
  });
  return atom.build({
    '?xml': { '@version': '1.0', '@encoding': 'utf-8' },
    feed: {
      '@xmlns': 'http://www.w3.org/2005/Atom',
      '@xml:lang': feed.lang,
      id: feed.url,
      title: feed.title,
      updated: feed.updated,
      author: { name: feed.author },
      link: [
        { '@rel': 'self', '@type': 'application/atom+xml', '@href': feed.url },
        { '@rel': 'alternate', '@type': 'text/html', '@href': feed.pageUrl },
      ],
      entry: feed.entries.map(entry),
    },
  });
}
