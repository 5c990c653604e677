/**
 * Kazakh hyphenation, for which TeX has no patterns: a word breaks between its syllables, as the
 * Kazakh spelling rules carry words over («Сөздердің тасымалдануы», https://tarbie.kz/20404, read
 * 2026-11-29; A. Ajipbaeva's summary of the same rules, http://dereksiz.org/pars_docs/refs/501/500848/dereksiz.org/pdfview/ajipbaeva-a-filologiya-filimdarini-kandidati-a.html?page=46):
 *
 * - one consonant between vowels begins the next syllable (ор-на-лас-ты-ру, ала-қан); of two, the
 *   second does; of three, the third, two staying on the line (құмырс-қа, күңгірт-теу);
 * - у after a vowel is a consonant, and between vowels it begins the next syllable (да-уыс,
 *   са-уат); у and и after a consonant are vowels, and a vowel may follow them (бу-ын, қи-ын),
 *   as in loanwords (про-ект, ро-яль, по-эма);
 * - ь and ъ belong to the letter before them (съез-дің);
 * - no single letter is left on a line or carried to the next (ала-қан, not а-лақан; ар-мия,
 *   not арми-я), and a word of one syllable is never broken.
 */
import { kazakhVowels } from './words/kazakh.ts';

const vowels = new Set(kazakhVowels);
const signs = new Set('ьъ');

/** Whether the letter at `at` of a lower-cased word sounds as a vowel there (у after a vowel does not). */
function isVowel(word: string, at: number): boolean {
  const letter = word[at]!;
  if (!vowels.has(letter)) return false;
  return !(letter === 'у' && at > 0 && vowels.has(word[at - 1]!) && isVowel(word, at - 1));
}

/** Where a Kazakh word may break: the offsets that begin a syllable, at least two letters from either end. */
function kazakhBreaks(word: string): number[] {
  const lower = word.toLowerCase();
  const breaks: number[] = [];
  let previousVowel = -1;
  for (let at = 0; at < lower.length; at++) {
    if (!isVowel(lower, at)) continue;
    // A syllable begins at the last consonant before a vowel (the sign ь or ъ stays with the
    // consonant before it), or at the vowel itself when two meet.
    if (previousVowel >= 0) {
      let start = at;
      while (start - 1 > previousVowel && signs.has(lower[start - 1]!)) start--;
      breaks.push(start - 1 > previousVowel ? start - 1 : at);
    }
    previousVowel = at;
  }
  return breaks.filter((offset) => offset >= 2 && lower.length - offset >= 2);
}

/** A Kazakh word with `hyphenChar` at each break, when it has at least `minWordLength` letters. */
export function hyphenateKazakh(word: string, { hyphenChar, minWordLength }: { hyphenChar: string; minWordLength: number }): string {
  if (word.length < minWordLength) return word;
  let result = '';
  let last = 0;
  for (const offset of kazakhBreaks(word)) {
    result += word.slice(last, offset) + hyphenChar;
    last = offset;
  }
  return result + word.slice(last);
}
