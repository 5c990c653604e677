import { en } from './lang/en.ts';
import { kk } from './lang/kk.ts';
import { ru } from './lang/ru.ts';
import type { LanguageSpec } from './spec.ts';

/**
 * What the site derives from its table of languages; `declareLanguages` is exported so that a
 * test can declare a further language and watch everything follow (tests/unit/new-language.test.ts).
 */
export function declareLanguages<L extends string>(table: Record<L, LanguageSpec>, defaultLanguage: NoInfer<L>) {
  const languages = Object.keys(table) as L[];
  const isLang = (value: unknown): value is L => (languages as readonly unknown[]).includes(value);
  return {
    languageTable: table,
    languages,
    defaultLanguage,
    /** Languages whose content is a translation of the default language's: `content/<lang>/`. */
    translatedLanguages: languages.filter((lang) => lang !== defaultLanguage),
    isLang,
    /** The language of a page from Astro's `currentLocale`; anything unknown is the default. */
    langOf: (locale: string | undefined): L => (isLang(locale) ? locale : defaultLanguage),
    /** getStaticPaths entries for a page in every language: the `[...lang]` segment is empty in the default language. */
    languagePaths: () => languages.map((lang) => ({ params: { lang: lang === defaultLanguage ? undefined : lang }, props: { lang } })),
  };
}

/**
 * The languages of the site, in the order the language switch lists them. Each is declared once,
 * in `lang/<code>.ts` (code, name, direction, date locale, script, strings); adding a language is
 * adding its file here, its `content/<code>/` twins, its hyphenation (src/lib/hyphenation.ts) and
 * its `search.resultsIn.<code>` in every language's strings (README, "Adding a language"). English,
 * the language of the source, is the default and has no prefix (`/bodies/`); every other language
 * lives under its code (`/ru/bodies/`).
 */
const site = declareLanguages({ en, ru, kk }, 'en');

export type Lang = keyof typeof site.languageTable;
export const { languageTable, languages, defaultLanguage, translatedLanguages, isLang, langOf, languagePaths } = site;
