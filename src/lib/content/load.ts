import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLanguage, type Lang } from '../i18n/languages.ts';
import { buildCatalog, type Catalog, type Item } from './catalog.ts';
import { entryFile } from './ids.ts';
import { collectionNames, type CollectionName } from './registry.ts';
import { translateItem, type Translation } from './translations.ts';

// Loads the catalog from Astro's collections, once per language and build, and keeps the Astro
// entry behind each item for render().

type AnyEntry = CollectionEntry<CollectionName | 'translations'>;
const catalogs = new Map<Lang, Promise<Catalog>>();
const entries = new Map<string, AnyEntry>();
const entryKey = (lang: Lang, item: Pick<Item, 'collection' | 'id'>) => `${lang}/${item.collection}/${item.id}`;

async function defaultItems(): Promise<Item[]> {
  const lists = await Promise.all(collectionNames.map((name) => getCollection(name)));
  const items = lists.flat() as unknown as Item[];
  for (const item of items) entries.set(entryKey(defaultLanguage, item), item as unknown as AnyEntry);
  return items;
}

async function translatedItems(lang: Lang): Promise<Item[]> {
  const translations = new Map((await getCollection('translations')).map((entry) => [entry.id, entry]));
  return (await defaultItems()).map((item) => {
    const translation = translations.get(entryKey(lang, item));
    // The content check fails the build before this when a twin is missing.
    if (!translation) throw new Error(`No ${lang} translation of ${entryFile(defaultLanguage, item.collection, item.id)}: expected a file ${entryFile(lang, item.collection, item.id)}`);
    entries.set(entryKey(lang, item), translation as AnyEntry);
    return translateItem(item, translation.data as Translation);
  });
}

/** Every entry of the site in `lang`, loaded once per build and shared by all pages. */
export function loadCatalog(lang: Lang): Promise<Catalog> {
  let catalog = catalogs.get(lang);
  if (!catalog) {
    catalog = (lang === defaultLanguage ? defaultItems() : translatedItems(lang)).then(buildCatalog);
    catalogs.set(lang, catalog);
  }
  return catalog;
}

/** The Astro entry behind a catalog item, for render(): its body in `lang`. Load the catalog first. */
export function asEntry(lang: Lang, item: Pick<Item, 'collection' | 'id'>): AnyEntry {
  const entry = entries.get(entryKey(lang, item));
  if (!entry) throw new Error(`No ${lang} content entry for ${entryFile(lang, item.collection, item.id)}: was the ${lang} catalog loaded first (loadCatalog)?`);
  return entry;
}
