// The site's real content as the browser tests expect to see it: read with the content checker,
// so that the tests follow the content instead of copying it.
import { buildCatalog, entryPath, type Catalog } from '../../src/lib/content/catalog.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { readContentFiles } from '../../src/lib/content/files.ts';
import { translateItem } from '../../src/lib/content/translations.ts';
import { defaultLanguage, type Lang } from '../../src/lib/i18n/languages.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';

const checked = checkContent(await readContentFiles());

/** The content in `lang`, as the pages show it. */
export function catalogIn(lang: Lang): Catalog {
  if (lang === defaultLanguage) return buildCatalog(checked.items);
  const words = new Map(checked.translations.filter((t) => t.lang === lang).map((t) => [`${t.collection}/${t.id}`, t.data]));
  return buildCatalog(checked.items.map((item) => translateItem(item, words.get(`${item.collection}/${item.id}`)!)));
}

/** The root-relative URL of an entry's page in `lang`. */
export const urlOf = (lang: Lang, item: Parameters<typeof entryPath>[0]): string => `/${localizedPath(lang, `${entryPath(item)}/`)}`;
