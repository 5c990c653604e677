import { buildCatalog, type Catalog } from '../../src/lib/catalog.ts';
import { readContent } from '../../src/lib/content-check.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { defaultLanguage, type Lang } from '../../src/lib/i18n.ts';
import { translateItem } from '../../src/lib/translations.ts';

/** The site's real content in `lang` as a catalog, read the way the content checker reads it. */
export async function realCatalog(lang: Lang = defaultLanguage): Promise<Catalog> {
  const { items, translations, problems } = readContent(await readContentFiles());
  if (problems.length > 0) throw new Error(`content has problems: ${JSON.stringify(problems)}`);
  if (lang === defaultLanguage) return buildCatalog(items);
  const words = new Map(translations.filter((t) => t.lang === lang).map((t) => [`${t.collection}/${t.id}`, t.data]));
  return buildCatalog(items.map((item) => translateItem(item, words.get(`${item.collection}/${item.id}`)!)));
}
