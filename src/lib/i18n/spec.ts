import type { Script } from '../words/words.ts';
import type { EnglishStrings } from './lang/en.ts';

/** The forms of a string that depends on a number, by `Intl.PluralRules` category; `other` is the fallback. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A key of the interface strings: flat and dotted, `search.label`. English defines the set. */
export type StringKey = keyof EnglishStrings;
/** The keys whose strings are plain text, and those that take a number. */
export type TextKey = { [K in StringKey]: EnglishStrings[K] extends string ? K : never }[StringKey];
export type PluralKey = Exclude<StringKey, TextKey>;

/** A language's interface strings: every key English has, each plain or plural as in English. */
export type StringTable = { [K in StringKey]: EnglishStrings[K] extends string ? string : PluralForms };

/**
 * Everything the site needs to know of a language, declared once in `lang/<code>.ts`:
 * its code (BCP 47, also its URL prefix), its name in itself, its writing direction, the locale
 * its dates are written in, its script (ISO 15924, which search uses to tell a query typed in
 * another language's letters) with the letters only it has, and its interface strings.
 */
export interface LanguageSpec<S = StringTable> {
  code: string;
  name: string;
  /**
   * The start of its name that a phone's header shows (`Рус`, as Kazakhstan's government sites
   * write their switches), the rest of the name still there for screen readers.
   */
  shortName: string;
  dir: 'ltr' | 'rtl';
  dateLocale: string;
  /** Its locale as link previews name it (Open Graph `og:locale`): language_TERRITORY, `ru_RU`. */
  ogLocale: string;
  script: Script;
  /**
   * The letters of its alphabet that the site's other languages of its script lack, lower-case
   * (Kazakh's «әғқңөұүһі»; '' for none): search reads a query with one of them as meant for it.
   */
  letters: string;
  strings: S;
}
