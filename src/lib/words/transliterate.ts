// A query typed in the other script: Russian names typed in Latin letters on a Russian page
// («Kanal»), or in Cyrillic on an English page. Search tries them in the page's script too; the
// spelling correction (spelling.ts) then brings another transliteration to the content's own.

import { kazakhVowels } from './kazakh.ts';
import type { Script } from './words.ts';

/**
 * Russian letters in Latin as the BGN/PCGN romanisation writes them, without its optional
 * diacritics and marks (https://en.wikipedia.org/wiki/BGN/PCGN_romanization_of_Russian): «е» is
 * "ye" at the start of a word and after a vowel or «й», «ъ», «ь», and "e" elsewhere.
 */
const toLatinLetters: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Kazakh's own letters, as the Russian letters nearest them are written: a Kazakh name typed on
  // an English page meets the Russian-based spelling the English content uses (Қазақстан, Kazakhstan).
  ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'kh', і: 'i',
};
/** The letters after which «е» is "ye": every vowel (Kazakh's own included), «й» and the signs. */
const vowelsAndSigns = `${kazakhVowels}йъь`;

export function toLatin(text: string): string {
  const chars = [...text];
  return chars
    .map((char, index) => {
      const lower = char.toLowerCase();
      let latin = toLatinLetters[lower];
      if (latin === undefined) return char;
      const previous = chars[index - 1]?.toLowerCase() ?? '';
      if ((lower === 'е' || lower === 'ё') && (previous === '' || !/\p{L}/u.test(previous) || vowelsAndSigns.includes(previous))) latin = 'ye';
      return char === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
    })
    .join('');
}

/**
 * Latin letters back in Russian, reading the romanisation above and its common variants ("j" as
 * in Tajikistan, "x", "w"): digraphs first, and "y" after a vowel as «й», before a vowel as the
 * start of «е», «ю», «я», elsewhere as «ы». Where a reading is still ambiguous, the spelling
 * correction against the site's words settles it.
 */
const toCyrillicPairs: [string, string][] = [
  ['shch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'], ['yu', 'ю'], ['ya', 'я'], ['ye', 'е'], ['yo', 'е'],
  ['ju', 'ю'], ['ja', 'я'], ['a', 'а'], ['b', 'б'], ['v', 'в'], ['w', 'в'], ['g', 'г'], ['d', 'д'], ['e', 'е'], ['z', 'з'], ['i', 'и'],
  ['j', 'дж'], ['k', 'к'], ['c', 'к'], ['q', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'], ['s', 'с'],
  ['t', 'т'], ['u', 'у'], ['f', 'ф'], ['h', 'х'], ['x', 'кс'],
];
const latinVowels = 'aeiouy';

export function toCyrillic(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const rest = text.slice(i).toLowerCase();
    const previous = text[i - 1]?.toLowerCase() ?? '';
    let pair = toCyrillicPairs.find(([latin]) => rest.startsWith(latin));
    if (rest[0] === 'y' && (!pair || !pair[0].startsWith('y'))) pair = ['y', latinVowels.includes(previous) && previous !== '' ? 'й' : 'ы'];
    // "ts" before a consonant is «тс» (bratstvo, sovetskiy), before a vowel «ц» (Tsentr, Kuznetsov).
    if (pair?.[0] === 'ts' && rest[2] !== undefined && /[a-z]/.test(rest[2]) && !latinVowels.includes(rest[2])) pair = ['t', 'т'];
    if (!pair) {
      out += text[i];
      i += 1;
      continue;
    }
    const upper = text[i] !== text[i]!.toLowerCase();
    out += upper ? pair[1].charAt(0).toUpperCase() + pair[1].slice(1) : pair[1];
    i += pair[0].length;
  }
  return out;
}

/** The text in the given script; letters of the other script left as they are. */
export const transliterate = (text: string, to: Script): string => (to === 'Latn' ? toLatin(text) : toCyrillic(text));
