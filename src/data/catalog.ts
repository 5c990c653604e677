import { getCollection, type CollectionEntry } from 'astro:content';
import { byOrder, type Catalog, type Item } from '../lib/catalog.ts';
import { collectionNames, type CollectionName } from '../schemas/shared.ts';

let catalog: Promise<Catalog> | undefined;

/** Every entry of the site, loaded once per build and shared by all pages. */
export function loadCatalog(): Promise<Catalog> {
  catalog ??= Promise.all(
    collectionNames.map(async (name) => [name, byOrder(await getCollection(name))] as const),
  ).then((pairs) => Object.fromEntries(pairs) as unknown as Catalog);
  return catalog;
}

/** The Astro entry behind a catalog item, for render(): the catalog holds the entries themselves. */
export const asEntry = <C extends CollectionName>(item: Item<C>) => item as unknown as CollectionEntry<C>;
