// What a query is and what it may mean: made ready for the index, respelt, read for the language
// it is meant for, and held against what the index matched. Pure functions the searcher
// (./searcher.ts) runs; no DOM, no index.
import { maxQueryLength, minSharedLetters, minSharedShare, allowedEdits } from './policy.ts';
import { correctQuery, type Vocabulary } from '../../lib/words/spelling.ts';
import { stemWord } from '../../lib/words/stems.ts';
import { transliterate } from '../../lib/words/transliterate.ts';
import { letterCount, normalise, scriptOf, wordsOf, type Script } from '../../lib/words/words.ts';

/** What a visitor typed, made ready for the index, or why it cannot be searched. */
export type Query = { kind: 'empty' } | { kind: 'no-words'; text: string } | { kind: 'ok'; text: string; truncated: boolean };

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

/** The letters two words share from their start. */
function sharedStart(a: string, b: string): number {
  const [x, y] = [[...a], [...b]];
  let at = 0;
  while (at < x.length && at < y.length && x[at] === y[at]) at++;
  return at;
}

/**
 * Whether a word the index matched stands for a word of the query: the same word, or one that
 * shares enough of its start (policy.ts: "Kazakstan" and "Kazakhstan", a Russian or Kazakh word
 * and another form of it), never a letter or two that Pagefind cut the word down to ("a" for
 * "Afghanistan").
 */
export function standsFor(queryWord: string, matched: string): boolean {
  const [word, found] = [normalise(queryWord), normalise(matched)];
  if (word === found) return true;
  const shared = sharedStart(word, found);
  return shared >= minSharedLetters && shared >= Math.ceil(minSharedShare * letterCount(word));
}

/**
 * The words of a query that no excerpt matched as themselves or as a form close to them
 * (`standsFor`), of those the index matches by their letters: words of three letters or more,
 * or every word when the query has no longer one. Those words are not on the site, and results
 * found for them are found for something else.
 */
export function wordsNotMatched(text: string, excerptsMarked: readonly (readonly string[])[]): string[] {
  const words = wordsOf(text);
  const long = words.filter((word) => letterCount(word) >= 3);
  const marked = excerptsMarked.flat().flatMap(wordsOf);
  return [...new Set(long.length > 0 ? long : words)].filter((word) => !marked.some((each) => standsFor(word, each)));
}

/**
 * Whether some word of the query (of three letters or more) is marked in none of the excerpts as
 * typed: the index found it only as a prefix, by its stem, or cut short, so it may be misspelt or
 * not on the site, and the vocabulary is worth fetching to check.
 */
export function matchedLoosely(text: string, excerptsMarked: readonly (readonly string[])[]): boolean {
  const marked = new Set(excerptsMarked.flat().flatMap(wordsOf));
  return wordsOf(text).some((word) => letterCount(word) >= 3 && !marked.has(word));
}

/**
 * Whether the site has a word: it is one of the vocabulary's (the words of three letters or more of
 * a language's pages), begins one (a partial word, which the index finds as a prefix), or is
 * another form of one (its stem begins one). A word of one or two letters is known when the index
 * matched it as it is.
 */
export function knownWord(word: string, { words, known, lang }: Vocabulary): boolean {
  const plain = normalise(word);
  if (known.has(plain)) return true;
  const stem = stemWord(plain, lang);
  return words.some((each) => each.startsWith(plain) || (letterCount(stem) >= 3 && each.startsWith(stem)));
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
    tries.push(correctQuery(other, words, allowedEdits) ?? other);
  }
  const corrected = correctQuery(text, words, allowedEdits);
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
