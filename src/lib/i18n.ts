/**
 * The languages of the site. English, the language of the source, is the default and has no
 * prefix (`/bodies/`); every other language lives under its code (`/ru/bodies/`).
 */
export const languages = ['en', 'ru'] as const;
export type Lang = (typeof languages)[number];
export const defaultLanguage: Lang = 'en';

/** Each language's name in itself, as the language switch shows it. */
export const languageNames: Record<Lang, string> = { en: 'English', ru: 'Русский' };

/** Languages whose content is a translation of the default language's: `content/<lang>/`. */
export const translatedLanguages = languages.filter((lang) => lang !== defaultLanguage) as Exclude<Lang, 'en'>[];

export const isLang = (value: unknown): value is Lang => (languages as readonly unknown[]).includes(value);

/** The language of a page from Astro's `currentLocale`; anything unknown is the default. */
export const langOf = (locale: string | undefined): Lang => (isLang(locale) ? locale : defaultLanguage);

/** The path inside the site of a page in `lang`: `localizedPath('ru', 'bodies/x')` is `ru/bodies/x`. */
export function localizedPath(lang: Lang, path = ''): string {
  const bare = path.replace(/^\/+/, '');
  if (lang === defaultLanguage) return bare;
  return bare === '' ? `${lang}/` : `${lang}/${bare}`;
}

/**
 * Splits a path inside the site (without the base) into its language and the page's path in any
 * language: `/ru/bodies/x/` gives `{ lang: 'ru', path: 'bodies/x/' }`, `/bodies/x/` gives English.
 */
export function splitLanguage(pathInSite: string): { lang: Lang; path: string } {
  const bare = pathInSite.replace(/^\/+/, '');
  const [first = '', ...rest] = bare.split('/');
  if (first !== defaultLanguage && isLang(first)) return { lang: first, path: rest.join('/') };
  return { lang: defaultLanguage, path: bare };
}

/** The same page in another language, as a path inside the site: `twinPath('/bodies/x/', 'ru')` is `ru/bodies/x/`. */
export const twinPath = (pathInSite: string, lang: Lang): string => localizedPath(lang, splitLanguage(pathInSite).path);

/** getStaticPaths entries for a page in every language: the `[...lang]` segment is empty in English. */
export const languagePaths = () =>
  languages.map((lang) => ({ params: { lang: lang === defaultLanguage ? undefined : lang }, props: { lang } }));

/** The 404 page for a missing path inside the site: each language has its own (`ru/404.html`). */
export function notFoundFile(pathInSite: string): string {
  const { lang } = splitLanguage(pathInSite);
  return lang === defaultLanguage ? '404.html' : `${lang}/404.html`;
}
