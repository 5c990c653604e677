// Word forms for search: Pagefind's Russian stemmer leaves some forms of a word apart, and it has
// no Kazakh stemmer at all; cut to its stem and searched as a prefix, a word meets every form of
// itself (src/components/search/searcher.ts, ./spelling.ts).
import { kazakhBackVowels, kazakhFrontVowels, kazakhVowels } from './kazakh.ts';

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
function russianStem(word: string): string {
  if (!/^[а-яё]+$/i.test(word) || word.length < 6) return word;
  const ending = russianEndings.find((each) => word.toLowerCase().endsWith(each) && word.length - each.length >= 4);
  return ending ? word.slice(0, word.length - ending.length) : word;
}

/**
 * Kazakh suffixes, which Pagefind (with no Kazakh stemmer) indexes as part of each word. A noun
 * takes a plural, a possessive and a case, in that order («кеңес-тер-і-нің»), each in a back-vowel
 * and a front-vowel form (vowel harmony) and with the first consonant that the sound before it
 * asks for (-ның, -дың, -тың). Only the third person's possessive is listed (the site speaks of
 * things, not to or as anyone); the cases that follow only a possessive («кеңесі-не», «-н»,
 * «-нда») are taken off only where one is there.
 */
const kazakhCases = ['ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ға', 'ге', 'қа', 'ке', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'да', 'де', 'та', 'те', 'дағы', 'дегі', 'тағы', 'тегі', 'нан', 'нен', 'дан', 'ден', 'тан', 'тен', 'мен', 'бен', 'пен'];
const kazakhCasesAfterPossessive = ['на', 'не', 'а', 'е', 'н', 'нда', 'нде', 'ндағы', 'ндегі'];
const kazakhPossessives = ['сы', 'сі', 'ы', 'і'];
/** The possessive is -сы, -сі after a vowel («жүйе-сі»), -ы, -і after a consonant («кеңес-і»). */
const possessiveFits = (rest: string, suffix: string) => kazakhVowel.test(rest.at(-1)!) === suffix.startsWith('с');
const kazakhPlurals = ['лар', 'лер', 'дар', 'дер', 'тар', 'тер'];

const backVowels = new RegExp(`[${kazakhBackVowels}]`, 'u');
const frontVowels = new RegExp(`[${kazakhFrontVowels}]`, 'u');
const kazakhVowel = new RegExp(`[${kazakhVowels}]`, 'u');
const anyKazakhVowel = new RegExp(kazakhVowel.source, 'gu');

/** A suffix agrees with a stem when its vowel is of the kind (back or front) of the stem's last vowel; a stem without a vowel takes none. */
function harmonises(stem: string, suffix: string): boolean {
  const last = stem.match(anyKazakhVowel)?.at(-1);
  if (last === undefined) return false;
  if (backVowels.test(suffix)) return !frontVowels.test(last);
  if (frontVowels.test(suffix)) return !backVowels.test(last);
  return true;
}

/**
 * The word without the longest of `suffixes` that it ends in, where at least three letters with a
 * vowel stay, the vowels agree, and the suffix suits the sound before it (`fits`).
 */
function withoutSuffix(word: string, suffixes: readonly string[], fits: (rest: string, suffix: string) => boolean = () => true): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  for (const suffix of suffixes) {
    const rest = lower.slice(0, lower.length - suffix.length);
    if (!lower.endsWith(suffix) || rest.length < 3 || !harmonises(rest, suffix) || !fits(rest, suffix)) continue;
    if (best === undefined || suffix.length > best.length) best = suffix;
  }
  return best === undefined ? undefined : word.slice(0, word.length - best.length);
}

/**
 * A Kazakh word without its suffixes, from the end inwards: a case, a possessive, a plural. Searched
 * as a prefix, «Қазақстанның» («Қазақстан») meets every form of the name, «кеңестерінің» («кеңес»)
 * every form of the word.
 */
function kazakhStem(word: string): string {
  if (!/^\p{Script=Cyrillic}+$/u.test(word)) return word;
  let stem = withoutSuffix(word, kazakhCases) ?? word;
  if (stem === word) {
    const beforePossessive = withoutSuffix(word, kazakhCasesAfterPossessive);
    if (beforePossessive !== undefined && withoutSuffix(beforePossessive, kazakhPossessives, possessiveFits) !== undefined) stem = beforePossessive;
  }
  stem = withoutSuffix(stem, kazakhPossessives, possessiveFits) ?? stem;
  return withoutSuffix(stem, kazakhPlurals) ?? stem;
}

const stemmers: Record<string, (word: string) => string> = { ru: russianStem, kk: kazakhStem };

/** A word of `lang` without its inflectional ending (Russian) or suffixes (Kazakh); any other word as it is. */
export function stemWord(word: string, lang: string): string {
  return stemmers[lang]?.(word) ?? word;
}

/** The query with each word of `lang` cut to its stem, or nothing when no word changes. */
export function stemmedQuery(text: string, lang: string): string | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  const stems = words.map((word) => stemWord(word, lang));
  return stems.some((stem, index) => stem !== words[index]) ? stems.join(' ') : undefined;
}
