// What a word is, for every language of the site: at build time (hyphenation, the search
// vocabulary) and in the browser (search). Pure: no DOM, no Node, no string tables.

/** The scripts the site's languages are written in (ISO 15924). */
export type Script = 'Latn' | 'Cyrl';

/** Text as words are compared: composed, lower case, «ё» as «е» (the site's Russian writes «е»). */
export const normalise = (text: string): string => text.normalize('NFC').toLowerCase().replaceAll('ё', 'е');

/** The words of a text as the search vocabulary holds them: letters only, normalised. */
export function wordsOf(text: string): string[] {
  return [...normalise(text).matchAll(/\p{L}+/gu)].map((match) => match[0]);
}

/** A word's length in letters (not UTF-16 units). */
export const letterCount = (word: string): number => [...word].length;

/** The script most of a text's letters are in; nothing for a text without Latin or Cyrillic letters. */
export function scriptOf(text: string): Script | undefined {
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  if (latin === 0 && cyrillic === 0) return undefined;
  return cyrillic > latin ? 'Cyrl' : 'Latn';
}
