// Spelling correction for search, against the site's own words: the vocabulary the build writes
// for each language (src/integrations/search-vocabulary.ts), most weighty words first. Pagefind
// matches words exactly or as prefixes, so "Kazakstan" finds nothing; this finds "Kazakhstan".
import { stemWord } from './stems.ts';

/** The words of a text as the vocabulary holds them: letters only, lower case, «ё» as «е». */
export function wordsOf(text: string): string[] {
  return [...normalise(text).matchAll(/\p{L}+/gu)].map((match) => match[0]);
}

const normalise = (text: string) => text.normalize('NFC').toLowerCase().replaceAll('ё', 'е');

/**
 * The edits a word of this length may be off by: none for one or two letters (too many words are
 * that close), one up to five letters, two from six.
 */
export function allowedEdits(word: string): number {
  const length = [...word].length;
  return length <= 2 ? 0 : length <= 5 ? 1 : 2;
}

/**
 * The number of single-letter insertions, deletions, substitutions and swaps of two neighbours
 * (optimal string alignment) that turn `a` into `b`, or `max + 1` once it exceeds `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[t.length]!;
}

/** A vocabulary made ready for lookups: its words in order of weight, and as a set. */
export interface Vocabulary {
  words: readonly string[];
  known: ReadonlySet<string>;
  /** The language of the words, whose word forms (stems.ts) are not typos. */
  lang: string;
}

export const vocabulary = (words: readonly string[], lang: string): Vocabulary => ({ words, known: new Set(words), lang });

/**
 * The closest vocabulary word to `word`, the weightier of equally close ones; nothing when the
 * word is known, begins a known word (a partial word, which the index finds as a prefix), is
 * another form of a known word of its language (its stem begins one: stems.ts), or has no word within
 * its allowed edits.
 */
export function correctWord(word: string, { words, known, lang }: Vocabulary): string | undefined {
  const plain = normalise(word);
  const max = allowedEdits(plain);
  const stem = stemWord(plain, lang);
  if (max === 0 || known.has(plain) || words.some((each) => each.startsWith(plain) || each.startsWith(stem))) return undefined;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of words) {
    const distance = editDistance(plain, candidate, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 1) break;
    }
  }
  return best;
}

/**
 * The query with each unknown word replaced by its correction, keeping a capital where the reader
 * typed one; nothing when no word changes.
 */
export function correctQuery(text: string, words: Vocabulary): string | undefined {
  let changed = false;
  const corrected = text.replace(/\p{L}+/gu, (word) => {
    const correction = correctWord(word, words);
    if (correction === undefined) return word;
    changed = true;
    return word[0] === word[0]!.toUpperCase() && word[0] !== word[0]!.toLowerCase() ? correction[0]!.toUpperCase() + correction.slice(1) : correction;
  });
  return changed ? corrected : undefined;
}
