import { languages, type Lang } from '../i18n/languages.ts';
import { referencing, type Catalog, type Item } from './catalog.ts';
import { newestFirst } from './dating.ts';

/**
 * Corrections, made in public (README, "Facts a reader can check"): which a page in a language
 * shows, and the list the corrections page and the feed give.
 */

/** Whether a correction concerns the pages of `lang`: those of the languages it names, or of every language. */
export const correctsVersion = (correction: Item<'corrections'>, lang: Lang): boolean => correction.data.versions?.includes(lang) ?? true;

/** The corrections a page shows in `lang`: those that concern it and its language version, newest first. */
export function correctionsOf(catalog: Catalog, page: Pick<Item, 'collection' | 'id'>, lang: Lang): Item<'corrections'>[] {
  return newestFirst(referencing(catalog.corrections, (correction) => correction.data.concerns, page).filter((correction) => correctsVersion(correction, lang)));
}

/**
 * The language versions a correction concerns, named in `lang` ("Russian and Kazakh"), when it
 * does not concern every language's pages; otherwise nothing to say.
 */
export function versionsNamed(correction: Item<'corrections'>, lang: Lang): string | undefined {
  const versions = correction.data.versions;
  if (!versions || versions.length >= languages.length) return undefined;
  const names = new Intl.DisplayNames([lang], { type: 'language' });
  return new Intl.ListFormat(lang).format(versions.map((code) => names.of(code) ?? code));
}
