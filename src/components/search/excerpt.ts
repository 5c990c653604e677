// How a result reads: its excerpt as text (never parsed as HTML), starting at a phrase, and where
// its links lead. Pagefind gives each result's excerpt as escaped text with <mark> around the
// matched words, and each part of the page under a heading as a sub-result.
import { textDirectivePart, withTextDirective } from '../../lib/text-fragment.ts';

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

/** The words the index matched in an excerpt, as written there. */
export const markedWords = (html: string): string[] => parseExcerpt(html).filter((part) => part.marked).map((part) => part.text);

/**
 * Where a phrase ends: a stop, a semicolon, a closing bracket or quotation mark, a dash between
 * words. Not a colon, which ends a label whose value follows ("Kind: Exercise").
 */
const phraseEnd = /[.;!?)\]»”](?=\s)|\s[–—](?=\s)/gu;
const ellipsis = '…';

/**
 * An excerpt that starts where a phrase does. Pagefind cuts a window of words around the matches,
 * which may start inside a phrase ("Nations) Office on Drugs…"): the words before the end of the
 * first phrase that holds no match are left out, and an ellipsis says text comes before; an
 * excerpt that starts inside a sentence without such a phrase gets the ellipsis too, and one that
 * ends inside a sentence gets one at its end.
 */
export function fromPhrase(parts: readonly ExcerptPart[]): ExcerptPart[] {
  const result = parts.map((part) => ({ ...part }));
  const first = result[0];
  if (first && !first.marked) {
    const ends = [...first.text.matchAll(phraseEnd)];
    const cut = ends.at(-1);
    if (cut !== undefined) {
      const rest = first.text.slice(cut.index + cut[0].length).trimStart();
      if (rest === '') result.shift();
      else first.text = rest;
      result.unshift({ text: `${ellipsis} `, marked: false });
    } else if (!/^\p{Lu}/u.test(first.text.trimStart())) {
      result.unshift({ text: ellipsis, marked: false });
    }
  } else if (first && !/^\p{Lu}/u.test(first.text)) {
    result.unshift({ text: ellipsis, marked: false });
  }
  const last = result.at(-1);
  if (last && !/[.!?…]["»”)]?\s*$/u.test(last.text)) result.push({ text: ellipsis, marked: false });
  return mergeText(result);
}

/** Neighbouring runs of unmarked text as one. */
function mergeText(parts: ExcerptPart[]): ExcerptPart[] {
  const merged: ExcerptPart[] = [];
  for (const part of parts) {
    const previous = merged.at(-1);
    if (previous && !previous.marked && !part.marked) previous.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

/** What Pagefind gives of a result, as this module reads it. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; summary?: string };
  sub_results?: { title: string; url: string; excerpt: string; locations?: number[] }[];
}

/** A result as the page shows it: the page, and the part of it where the words matched. */
export interface ShownResult {
  /** The page itself, from its top. */
  url: string;
  title: string;
  /** What the page is about: its summary. */
  summary: string;
  /**
   * Where its words matched, when they did under one of its headings: that heading, linked to the
   * words themselves (a text fragment); or, when they matched before any heading, no heading and
   * no link. Nothing when the summary already shows them.
   */
  match?: { heading?: string; url?: string; excerpt: ExcerptPart[] };
}

/**
 * How a result shows: its title links to the page's top and its summary says what the page is;
 * a second line says where the words matched ("In Since the source: …"), linked to that part of
 * the page and to the words in it (`#:~:text=`: the first matched word and up to three words
 * before it, so the browser scrolls to it and marks it without any script on that page; a browser
 * that cannot find the text, or knows no text fragments, lands on the heading).
 */
export function shownResult(data: ResultData): ShownResult {
  const title = data.meta.title ?? data.url;
  const summary = data.meta.summary ?? '';
  const underHeadings = (data.sub_results ?? []).filter((sub) => sub.url.includes('#') && (sub.locations?.length ?? 0) > 0);
  const best = underHeadings.sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
  const excerpt = parseExcerpt(best?.excerpt ?? data.excerpt);
  if (!excerpt.some((part) => part.marked)) return { url: data.url, title, summary };
  if (!best) {
    // Matched before any heading: the summary may say it already.
    const shownInSummary = excerpt.filter((part) => part.marked).every((part) => summary.toLowerCase().includes(part.text.toLowerCase()));
    return shownInSummary ? { url: data.url, title, summary } : { url: data.url, title, summary, match: { excerpt: fromPhrase(excerpt) } };
  }
  return { url: data.url, title, summary, match: { heading: best.title, url: linkToWords(best.url, excerpt), excerpt: fromPhrase(excerpt) } };
}

/** `url` with a text fragment for the first marked word of `excerpt` and up to three words before it. */
function linkToWords(url: string, excerpt: readonly ExcerptPart[]): string {
  const at = excerpt.findIndex((part) => part.marked);
  const match = at < 0 ? undefined : /^([^\p{L}\p{N}]*)(.*?)[^\p{L}\p{N}]*$/su.exec(excerpt[at]!.text);
  if (!match || match[2] === '') return url;
  const before = `${at > 0 ? excerpt[at - 1]!.text : ''}${match[1]}`.trim().split(/\s+/).slice(-3).join(' ');
  return withTextDirective(url, `${before === '' ? '' : `${textDirectivePart(before)}-,`}${textDirectivePart(match[2]!)}`);
}
