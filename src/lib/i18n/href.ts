import type { Lang } from './languages.ts';
import { joinPath, localizedPath } from './urls.ts';

// URLs under the base path of the build Astro is running (`import.meta.env.BASE_URL`): for
// Astro's pages and components only, apart from ./urls.ts, which Node scripts import too.

/** A root-relative URL for a path inside the site, under the base path of this build. */
export const href = (path = ''): string => joinPath(import.meta.env.BASE_URL, path);

/** The absolute address of a page in `lang` on the site (`SITE_URL`): `https://example.org/ru/bodies/`. */
export const absoluteUrl = (site: URL | undefined, lang: Lang, path = ''): string => new URL(href(localizedPath(lang, path)), site).href;
