// The Kazakh alphabet as the site's code needs it: which letters are vowels, of which kind, and
// which letters Kazakh has that Russian lacks. Hyphenation (../kazakh-hyphenation.ts), the
// search's stems (./stems.ts), transliteration (./transliterate.ts) and the language's declaration
// (../i18n/lang/kk.ts) all read them here.

/** The vowel letters of Kazakh's Cyrillic alphabet, loanword letters («ё», «э», «ю», «я») included. */
export const kazakhVowels = 'аәеёиоөуұүыіэюя';

/** Back vowels: a suffix after one takes its back form («-лар», «-ның»). */
export const kazakhBackVowels = 'аоұы';

/** Front vowels: a suffix after one takes its front form («-лер», «-нің»). */
export const kazakhFrontVowels = 'әеөүі';

/**
 * The letters Kazakh has and Russian lacks, lower case (і is Cyrillic U+0456): search reads a
 * query with one of them as meant for Kazakh.
 */
export const kazakhLetters = 'әғқңөұүһі';

/** Whether a letter (lower case) is a Kazakh vowel letter. */
export const isKazakhVowel = (letter: string): boolean => kazakhVowels.includes(letter);
