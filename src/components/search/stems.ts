// Russian word forms for search: Pagefind's stemmer leaves some forms of a word apart; cut to its
// stem and searched as a prefix, a word meets them all (site-search.ts, spelling.ts).

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
