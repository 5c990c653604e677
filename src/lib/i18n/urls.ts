import { defaultLanguage, isLang, type Lang } from './languages.ts';

/**
 * Every URL of the site is made here: the base path the site is built for (`BASE_PATH`), the
 * language prefix (`/ru/`) and the trailing slash of pages (`trailingSlash: 'always'`).
 * A "path inside the site" has neither base nor language: `bodies/secretariat`. Pure, for every
 * runtime; ./href.ts puts a path under the base of the build Astro is running.
 */

/** `/csto` and `/csto/` alike give `/csto/`. */
export const ensureTrailingSlash = (path: string): string => (path.endsWith('/') ? path : `${path}/`);

/**
 * Joins the site's base path and a path inside the site, giving a root-relative URL with a
 * trailing slash for pages: `joinPath('/csto/', 'bodies/secretariat')` is `/csto/bodies/secretariat/`.
 * Paths with a file extension (`favicon.svg`) keep their form; a query or a fragment stays at the end.
 */
export function joinPath(base: string, path = ''): string {
  const [, pathPart = '', rest = ''] = /^\/*([^?#]*)(.*)$/s.exec(path)!;
  const isFile = /\.[a-z0-9]+$/i.test(pathPart);
  const page = pathPart === '' || isFile ? pathPart : ensureTrailingSlash(pathPart);
  return `${ensureTrailingSlash(base)}${page}${rest}`;
}

/** The path of a page inside the site, without the base: `stripBase('/csto/bodies/', '/csto/')` is `/bodies/`. */
export function stripBase(pathname: string, base: string): string {
  const root = ensureTrailingSlash(base);
  return pathname.startsWith(root) ? `/${pathname.slice(root.length)}` : pathname;
}

/** The path inside the site of a page in `lang`: `localizedPath('ru', 'bodies/x')` is `ru/bodies/x`. */
export function localizedPath(lang: Lang, path = ''): string {
  const bare = path.replace(/^\/+/, '');
  return lang === defaultLanguage ? bare : `${lang}/${bare}`;
}

/**
 * Splits a path inside the site (without the base) into its language and the page's path in any
 * language: `/ru/bodies/x/` gives `{ lang: 'ru', path: 'bodies/x/' }`, `/bodies/x/` gives the default.
 */
export function splitLanguage(pathInSite: string): { lang: Lang; path: string } {
  const bare = pathInSite.replace(/^\/+/, '');
  const [first = '', ...rest] = bare.split('/');
  if (first !== defaultLanguage && isLang(first)) return { lang: first, path: rest.join('/') };
  return { lang: defaultLanguage, path: bare };
}

/** The same page in another language, as a path inside the site: `twinPath('/bodies/x/', 'ru')` is `ru/bodies/x/`. */
export const twinPath = (pathInSite: string, lang: Lang): string => localizedPath(lang, splitLanguage(pathInSite).path);

/** The 404 page for a missing path inside the site: each language has its own (`ru/404.html`). */
export function notFoundFile(pathInSite: string): string {
  return localizedPath(splitLanguage(pathInSite).lang, '404.html');
}
