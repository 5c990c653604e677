/**
 * The soft hyphen (U+00AD) that the build puts where a word may break (src/lib/hyphenation.ts).
 * It shows only when a word breaks there; search and copying take it out.
 */
export const softHyphen = '\u00AD';

/** The text without its soft hyphens: what search indexes and what a reader copies. */
export const withoutSoftHyphens = (text: string): string => text.replaceAll(softHyphen, '');
