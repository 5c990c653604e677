// The search page's logic, apart from the page: what a query becomes, what the URL holds, how an
// excerpt is read. The element (./site-search.ts) uses it; the unit tests reach it here.
import { correctQuery, wordsOf, type Vocabulary } from './spelling.ts';
import { scriptOf, transliterate, type Script } from './transliterate.ts';
import { textDirectivePart, withTextDirective } from '../../lib/text-fragment.ts';

/** What a visitor typed, made ready for the index, or why it cannot be searched. */
export type Query =
  | { kind: 'empty' }
  | { kind: 'no-words'; text: string }
  | { kind: 'ok'; text: string; truncated: boolean };

/** The longest query sent to the index; longer text is cut at a word boundary and said so. */
export const maxQueryLength = 200;

/** Trims and folds white space; a query with no letter or digit in any script cannot match. */
export function prepareQuery(raw: string | null | undefined): Query {
  const folded = (raw ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (folded === '') return { kind: 'empty' };
  if (!/[\p{L}\p{N}]/u.test(folded)) return { kind: 'no-words', text: folded };
  if (folded.length <= maxQueryLength) return { kind: 'ok', text: folded, truncated: false };
  const cut = folded.slice(0, maxQueryLength);
  const atWord = cut.lastIndexOf(' ');
  return { kind: 'ok', text: (atWord > maxQueryLength / 2 ? cut.slice(0, atWord) : cut).trim(), truncated: true };
}

/**
 * The query and chosen sections carried in a search URL (`?q=...&section=...`), and whether the
 * reader asked for the words as typed, without corrections (`&exact=1`).
 */
export interface SearchState {
  query: string;
  sections: string[];
  exact?: boolean;
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return { query: params.get('q') ?? '', sections: params.getAll('section').filter((s) => s !== ''), exact: params.get('exact') === '1' };
}

/** The query string for a search state: `?q=joint+staff&section=Bodies`; empty parts are left out. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query !== '') params.set('q', state.query);
  for (const section of state.sections) params.append('section', section);
  if (state.exact && state.query !== '') params.set('exact', '1');
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * The address of the search page in another language, carrying the reader's words (but not the
 * sections chosen, whose names are in this page's language): `/ru/search/?q=kanal`.
 */
export function withQuery(href: string, query: string): string {
  const path = href.replace(/[?#].*$/, '');
  return `${path}${searchQueryString({ query: query.trim(), sections: [] })}`;
}

/** A run of excerpt text, marked when it matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", nbsp: '\u00a0' };
const decode = (html: string) =>
  html.replace(/&(#?\w+);/g, (whole, name: string) => {
    if (name in entities) return entities[name]!;
    const code = /^#x([0-9a-f]+)$/i.exec(name)?.[1] ?? /^#(\d+)$/.exec(name)?.[1];
    if (code === undefined) return whole;
    const point = name.startsWith('#x') || name.startsWith('#X') ? parseInt(code, 16) : Number(code);
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });

/**
 * Splits a Pagefind excerpt (escaped text with <mark> around matched words) into plain text runs,
 * so the page builds it from text nodes and never parses it as HTML: any other tag stays text.
 */
export function parseExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: decode(html.slice(last, match.index)), marked: false });
    parts.push({ text: decode(match[1]!), marked: true });
    last = match.index + match[0].length;
  }
  if (last < html.length) parts.push({ text: decode(html.slice(last)), marked: false });
  return parts.filter((part) => part.text !== '');
}

/** A result as the page links it: its page, or the part under a heading where the words are. */
export interface ResultLink {
  url: string;
  excerpt: string;
}

/**
 * Where a result leads: to the heading under which most of its words matched, when one did
 * (Pagefind's sub-results, whose addresses end in the heading's id), else to the page; with a text
 * fragment (`#:~:text=`) for the first matched word and up to three words before it, so the
 * browser scrolls to that spot and marks it without any script on that page. A browser that
 * cannot find the text (or knows no text fragments) lands on the heading.
 */
export function resultLink(data: { url: string; excerpt: string; sub_results?: { url: string; excerpt: string; locations?: number[] }[] }): ResultLink {
  const underHeadings = (data.sub_results ?? []).filter((sub) => sub.url.includes('#') && (sub.locations?.length ?? 0) > 0);
  const best = underHeadings.sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
  const excerpt = best?.excerpt ?? data.excerpt;
  const url = best?.url ?? data.url;
  const parts = parseExcerpt(excerpt);
  const at = parts.findIndex((part) => part.marked);
  const match = at < 0 ? undefined : /^([^\p{L}\p{N}]*)(.*?)[^\p{L}\p{N}]*$/su.exec(parts[at]!.text);
  if (!match || match[2] === '') return { url, excerpt };
  const before = `${at > 0 ? parts[at - 1]!.text : ''}${match[1]}`.trim().split(/\s+/).slice(-3).join(' ');
  const directive = `${before === '' ? '' : `${textDirectivePart(before)}-,`}${textDirectivePart(match[2]!)}`;
  return { url: withTextDirective(url, directive), excerpt };
}

/** Calls `run` once input has paused for `wait` ms; each new call restarts the wait. */
export function debounce<A extends unknown[]>(run: (...args: A) => void, wait: number): ((...args: A) => void) & { cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => run(...args), wait);
  };
  /** Drops the call that is waiting: a search the reader asked for at once makes it moot. */
  later.cancel = () => clearTimeout(timer);
  return later;
}

/**
 * The section filters worth showing for a query: those that would narrow its results (a section
 * with results, when results come from more than one section) and any the reader has chosen, so
 * that a choice can always be undone. `counts` are the results per section with none chosen.
 */
export function usefulFilters(counts: Readonly<Record<string, number>>, chosen: readonly string[]): string[] {
  const withResults = Object.keys(counts).filter((section) => (counts[section] ?? 0) > 0);
  const narrowing = withResults.length > 1 ? withResults : [];
  return [...new Set([...narrowing, ...chosen])];
}

/**
 * Whether some word of the query (of three letters or more) is marked in none of the excerpts as
 * typed: the index found it only as a prefix or by its stem ("secretariate" as "Secretariat"),
 * so it may be misspelt, and the vocabulary is worth fetching to check.
 */
export function matchedLoosely(text: string, excerpts: readonly string[]): boolean {
  const marked = new Set(excerpts.flatMap((excerpt) => parseExcerpt(excerpt).filter((part) => part.marked).flatMap((part) => wordsOf(part.text))));
  return wordsOf(text).some((word) => [...word].length >= 3 && !marked.has(word));
}

/**
 * What else a query that found nothing, or found its words only loosely, may have meant, to be
 * tried in order: typed in the other script, the same words in the page's script (corrected to
 * the site's spelling where they are off); then the query with its unknown words corrected.
 * Never the query itself.
 */
export function respellings(text: string, script: Script, words: Vocabulary): string[] {
  const tries: string[] = [];
  const typedIn = scriptOf(text);
  if (typedIn !== undefined && typedIn !== script) {
    const other = transliterate(text, script);
    tries.push(correctQuery(other, words) ?? other);
  }
  const corrected = correctQuery(text, words);
  if (corrected !== undefined) tries.push(corrected);
  return [...new Set(tries)].filter((each) => each !== text);
}

/** A language of the site as search tells its queries apart: its script and the letters only it has. */
export interface TypedLanguage {
  lang: string;
  script: Script;
  letters: string;
}

/**
 * The other languages a query is typed for: one whose own letters it has (Kazakh «қ» on a Russian
 * or English page), or else, when it is in another script than this page's, the first language
 * of that script (Cyrillic on an English page is Russian, unless it has Kazakh letters). A query in
 * this page's own letters is meant for this page.
 */
export function languagesMeant(text: string, here: Omit<TypedLanguage, 'lang'>, others: readonly TypedLanguage[]): string[] {
  const lower = text.toLowerCase();
  const hasLettersOf = (letters: string) => letters !== '' && [...lower].some((char) => letters.includes(char));
  if (hasLettersOf(here.letters)) return [];
  const byLetters = others.filter((other) => hasLettersOf(other.letters));
  if (byLetters.length > 0) return byLetters.map((other) => other.lang);
  const typedIn = scriptOf(text);
  if (typedIn === undefined || typedIn === here.script) return [];
  return others.filter((other) => other.script === typedIn).slice(0, 1).map((other) => other.lang);
}
