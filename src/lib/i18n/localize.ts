import { langOf, type Lang } from './languages.ts';
import { strings, type Strings } from './strings.ts';
import { href } from './href.ts';
import { localizedPath } from './urls.ts';

/** What a component needs to speak the page's language: its strings and links to pages in it. */
export interface Localized extends Strings {
  /** A root-relative URL of a page in this language, base path included: `page('bodies')`. */
  page(path?: string): string;
}

/** Localizes a component for `Astro.currentLocale`. */
export function localize(locale: string | Lang | undefined): Localized {
  const lang = langOf(locale);
  return { ...strings(lang), page: (path = '') => href(localizedPath(lang, path)) };
}
