// The search page's logic, apart from the page: what a query becomes, what the URL holds, how an
// excerpt is read. The element (./site-search.ts) uses it; the unit tests reach it here.

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

/** The query and chosen sections carried in a search URL (`?q=...&section=...`). */
export interface SearchState {
  query: string;
  sections: string[];
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return { query: params.get('q') ?? '', sections: params.getAll('section').filter((s) => s !== '') };
}

/** The query string for a search state: `?q=joint+staff&section=Bodies`; empty parts are left out. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query !== '') params.set('q', state.query);
  for (const section of state.sections) params.append('section', section);
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

/** Calls `run` once input has paused for `wait` ms; each new call restarts the wait. */
export function debounce<A extends unknown[]>(run: (...args: A) => void, wait: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => run(...args), wait);
  };
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
 * Inflectional endings of Russian nouns, adjectives and participles, longest first. Pagefind's
 * Russian stemmer leaves some forms apart (an adjective in the nominative, «незаконный», does not
 * meet «незаконного» on the page); cut to its stem, a word is searched as a prefix and meets them.
 */
const russianEndings = [
  'ыми', 'ими', 'ого', 'его', 'ому', 'ему', 'ями', 'ами', 'иях', 'ием', 'ией',
  'ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ую', 'юю', 'ых', 'их', 'ым', 'им', 'ом', 'ем', 'ей',
  'ах', 'ях', 'ов', 'ев', 'ам', 'ям', 'ию', 'ия', 'ии', 'ью',
  'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'й',
];

/** A Russian word without its inflectional ending, keeping at least four letters; any other word as it is. */
export function stemWord(word: string): string {
  if (!/^[а-яё]+$/i.test(word) || word.length < 6) return word;
  const ending = russianEndings.find((each) => word.toLowerCase().endsWith(each) && word.length - each.length >= 4);
  return ending ? word.slice(0, word.length - ending.length) : word;
}

/** The query with each Russian word cut to its stem, or nothing when no word changes. */
export function stemmedQuery(text: string): string | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  const stems = words.map(stemWord);
  return stems.some((stem, index) => stem !== words[index]) ? stems.join(' ') : undefined;
}
