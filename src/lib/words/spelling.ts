// Spelling correction for search, against the site's own words: the vocabulary the build writes
// for each language (src/integrations/search-vocabulary.ts), most weighty words first. Pagefind
// matches words exactly or as prefixes, so "Kazakstan" finds nothing; this finds "Kazakhstan".
// How far a correction may go is the caller's policy (src/components/search/policy.ts).
import { stemWord } from './stems.ts';
import { letterCount, normalise } from './words.ts';

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

/** The edits a correction may make to a word of so many letters (none: the word is left as it is). */
export type EditAllowance = (letters: number) => number;

/**
 * The closest vocabulary word to `word`, the weightier of equally close ones; nothing when the
 * word is known, begins a known word (a partial word, which the index finds as a prefix), is
 * another form of a known word of its language (its stem begins one: stems.ts), or has no word
 * within the edits `allowed` for its length.
 */
export function correctWord(word: string, { words, known, lang }: Vocabulary, allowed: EditAllowance): string | undefined {
  const plain = normalise(word);
  const max = allowed(letterCount(plain));
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
export function correctQuery(text: string, words: Vocabulary, allowed: EditAllowance): string | undefined {
  let changed = false;
  const corrected = text.replace(/\p{L}+/gu, (word) => {
    const correction = correctWord(word, words, allowed);
    if (correction === undefined) return word;
    changed = true;
    return word[0] === word[0]!.toUpperCase() && word[0] !== word[0]!.toLowerCase() ? correction[0]!.toUpperCase() + correction.slice(1) : correction;
  });
  return changed ? corrected : undefined;
}
