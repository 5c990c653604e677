import type { z } from 'astro/zod';
import type { aboutSchema } from '../schemas/about.ts';
import type { activitySchema } from '../schemas/activities.ts';
import type { bodySchema } from '../schemas/bodies.ts';
import type { eventSchema } from '../schemas/events.ts';
import type { forceSchema } from '../schemas/forces.ts';
import type { memberSchema } from '../schemas/members.ts';
import type { operationSchema } from '../schemas/operations.ts';
import type { partnerSchema } from '../schemas/partners.ts';
import type { sourceSchema } from '../schemas/sources.ts';
import { collectionNames, type CollectionName, type EntryRef } from '../schemas/shared.ts';

type DataOf<S extends (...args: never[]) => z.ZodType> = z.output<ReturnType<S>>;

/** The validated data of each collection's entries. */
export interface DataByCollection {
  about: DataOf<typeof aboutSchema>;
  bodies: DataOf<typeof bodySchema>;
  activities: DataOf<typeof activitySchema>;
  operations: DataOf<typeof operationSchema>;
  forces: DataOf<typeof forceSchema>;
  members: DataOf<typeof memberSchema>;
  partners: DataOf<typeof partnerSchema>;
  sources: DataOf<typeof sourceSchema>;
  events: DataOf<typeof eventSchema>;
}

/** One entry as the pages use it: the same shape as Astro's collection entries, minus the body. */
export interface Item<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
  data: DataByCollection[C];
}

/** An entry with a title (every collection but the timeline's events). */
export type TitledItem = Item<Exclude<CollectionName, 'events'>>;

/** Every entry of the site, by collection, each list sorted by `order` (events by date). */
export type Catalog = { [C in CollectionName]: Item<C>[] };

/** The collections that have a page per entry and an index page. */
export const sectionCollections = ['bodies', 'activities', 'operations', 'forces', 'members', 'partners'] as const;
export type SectionCollection = (typeof sectionCollections)[number];

/** Files entries under their collections, each list sorted by `order`, events by date. */
export function buildCatalog(items: readonly Item[]): Catalog {
  const catalog = Object.fromEntries(collectionNames.map((name) => [name, [] as Item[]])) as Record<CollectionName, Item[]>;
  for (const item of items) catalog[item.collection].push(item);
  for (const name of collectionNames) {
    catalog[name] = name === 'events' ? byDate(catalog[name] as Item<'events'>[]) : byOrder(catalog[name] as Item<'sources'>[]);
  }
  return catalog as unknown as Catalog;
}

/** Sorts events by date, earliest first. */
export const byDate = (items: readonly Item<'events'>[]): Item<'events'>[] => [...items].sort((a, b) => a.data.date.localeCompare(b.data.date));

/** Sorts entries by their `order` field, then by title, so lists read the same on every build. */
export function byOrder<T extends { id: string; data: { order: number } }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The path of an entry's page inside the site: `bodies/secretariat`; the overview is `about`. */
export function entryPath(item: Pick<Item, 'collection' | 'id'>): string {
  return item.collection === 'about' ? 'about' : `${item.collection}/${item.id}`;
}

/** The entry a reference points to. Throws if there is none: the content schemas make that impossible. */
export function resolve<C extends CollectionName>(catalog: Catalog, ref: EntryRef<C>): Item<C> {
  const found = (catalog[ref.collection] as Item<C>[]).find((item) => item.id === ref.id);
  if (!found) throw new Error(`No ${ref.collection} entry "${ref.id}"`);
  return found;
}

/** Resolves a list of references, keeping their order. */
export function resolveAll<C extends CollectionName>(catalog: Catalog, refs: readonly EntryRef<C>[]): Item<C>[] {
  return refs.map((ref) => resolve(catalog, ref));
}

/**
 * The entries of `items` whose field picked by `pick` points at `target`: the other side of a
 * reference, so that a relation written once in content shows on both pages.
 */
export function referencing<C extends CollectionName>(
  items: readonly Item<C>[],
  pick: (item: Item<C>) => EntryRef | readonly EntryRef[] | undefined,
  target: Pick<Item, 'collection' | 'id'>,
): Item<C>[] {
  return items.filter((item) => {
    const value = pick(item);
    const refs = value === undefined ? [] : Array.isArray(value) ? value : [value as EntryRef];
    return refs.some((ref) => ref.collection === target.collection && ref.id === target.id);
  });
}
