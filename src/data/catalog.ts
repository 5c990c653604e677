import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog, type Catalog, type Item } from '../lib/catalog';
import { defaultLanguage, type Lang } from '../lib/i18n';
import { translateItem, type Translation } from '../lib/translations';
import { collectionNames, type CollectionName } from '../schemas/shared';

const catalogs = new Map<Lang, Promise<Catalog>>();
/** The Astro entry whose body each item renders, by language, collection and id. */
const entries = new Map<string, CollectionEntry<CollectionName | 'translations'>>();
const entryKey = (lang: Lang, item: Pick<Item, 'collection' | 'id'>) => `${lang}/${item.collection}/${item.id}`;

async function englishItems(): Promise<Item[]> {
  const lists = await Promise.all(collectionNames.map((name) => getCollection(name)));
  const items = lists.flat() as unknown as Item[];
  for (const item of items) entries.set(entryKey(defaultLanguage, item), item as unknown as CollectionEntry<CollectionName>);
  return items;
}

async function translatedItems(lang: Lang): Promise<Item[]> {
  const translations = new Map((await getCollection('translations')).map((entry) => [entry.id, entry]));
  return (await englishItems()).map((item) => {
    const translation = translations.get(entryKey(lang, item));
    // The content check fails the build before this when a twin is missing.
    if (!translation) throw new Error(`No ${lang} translation of content/${defaultLanguage}/${item.collection}/${item.id}`);
    const translated = translateItem(item, translation.data as Translation);
    entries.set(entryKey(lang, item), translation);
    return translated;
  });
}

/** Every entry of the site in `lang`, loaded once per build and shared by all pages. */
export function loadCatalog(lang: Lang): Promise<Catalog> {
  let catalog = catalogs.get(lang);
  if (!catalog) {
    catalog = (lang === defaultLanguage ? englishItems() : translatedItems(lang)).then(buildCatalog);
    catalogs.set(lang, catalog);
  }
  return catalog;
}

/** The Astro entry behind a catalog item, for render(): its body in `lang`. Load the catalog first. */
export function asEntry(lang: Lang, item: Pick<Item, 'collection' | 'id'>): CollectionEntry<CollectionName | 'translations'> {
  const entry = entries.get(entryKey(lang, item));
  if (!entry) throw new Error(`No ${lang} content entry for ${item.collection}/${item.id}`);
  return entry;
}
