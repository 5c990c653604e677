import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog, type Catalog, type Item } from '../lib/catalog';
import { collectionNames, type CollectionName } from '../schemas/shared';

let catalog: Promise<Catalog> | undefined;

/** Every entry of the site, loaded once per build and shared by all pages. */
export function loadCatalog(): Promise<Catalog> {
  catalog ??= Promise.all(collectionNames.map((name) => getCollection(name))).then((lists) =>
    buildCatalog(lists.flat() as unknown as Item[]),
  );
  return catalog;
}

/** The Astro entry behind a catalog item, for render(): the catalog holds the entries themselves. */
export const asEntry = <C extends CollectionName>(item: Item<C>) => item as unknown as CollectionEntry<C>;
