// The site's real content as catalogs, one a language, read with the content checker as the
// build reads it: for the content checks, the checks of the built pages and the browser tests, so
// that they follow the content instead of copying it.
import { buildCatalog, entryPath, type Catalog } from '../../src/lib/content/catalog.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { readContentFiles } from '../../src/lib/content/files.ts';
import { translateItem } from '../../src/lib/content/translations.ts';
import { defaultLanguage, type Lang } from '../../src/lib/i18n/languages.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';

/** Every content file, checked: its problems, its items (facts and English words) and their translations. */
export const checked = checkContent(await readContentFiles());

const catalogs = new Map<Lang, Catalog>();

/** The content in `lang`, as the pages show it (built once a language: do not change it). */
export function catalogIn(lang: Lang): Catalog {
  if (!catalogs.has(lang)) {
    const words = new Map(checked.translations.filter((t) => t.lang === lang).map((t) => [`${t.collection}/${t.id}`, t.data]));
    catalogs.set(lang, buildCatalog(lang === defaultLanguage ? checked.items : checked.items.map((item) => translateItem(item, words.get(`${item.collection}/${item.id}`)!))));
  }
  return catalogs.get(lang)!;
}

/** The root-relative URL of an entry's page in `lang`. */
export const urlOf = (lang: Lang, item: Parameters<typeof entryPath>[0]): string => `/${localizedPath(lang, `${entryPath(item)}/`)}`;
