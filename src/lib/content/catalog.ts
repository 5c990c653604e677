import type { EntryRef } from '../../schemas/shared.ts';
import { defaultLanguage } from '../i18n/languages.ts';
import { entryFile } from './ids.ts';
import {
  collectionNames,
  collections,
  type CollectionName,
  type DataByCollection,
  type PageCollection,
} from './registry.ts';

/** One entry as the pages use it: the same shape as Astro's collection entries, minus the body. */
export interface Item<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
  data: DataByCollection[C];
}

/** An entry with a page of its own, and so a title: the overview and every section entry. */
export type PageItem = Item<PageCollection>;

/** Every entry of the site, by collection, each list sorted by `order` (dated entries by date). */
export type Catalog = { [C in CollectionName]: Item<C>[] };

/** Sorts entries by their `order` field, then by id, so lists read the same on every build; dated entries by date. */
function sorted(items: Item[]): Item[] {
  const key = (item: Item) => item.data as { order?: number; date?: string };
  return [...items].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    if (x.date !== undefined && y.date !== undefined && x.date !== y.date) return x.date.localeCompare(y.date);
    return (x.order ?? 0) - (y.order ?? 0) || a.id.localeCompare(b.id);
  });
}

/** Files entries under their collections, each list sorted by `order`, dated entries by date. */
export function buildCatalog(items: readonly Item[]): Catalog {
  const catalog = Object.fromEntries(collectionNames.map((name) => [name, [] as Item[]])) as Record<CollectionName, Item[]>;
  for (const item of items) catalog[item.collection].push(item);
  for (const name of collectionNames) catalog[name] = sorted(catalog[name]);
  return catalog as unknown as Catalog;
}

/** The path of an entry's page inside the site: `bodies/secretariat`; a single page's is its collection's name (`about`). */
export function entryPath(item: Pick<Item<PageCollection>, 'collection' | 'id'>): string {
  return collections[item.collection].pages === 'single' ? item.collection : `${item.collection}/${item.id}`;
}

/**
 * The entry a reference points to. The content checker has already failed the build on a
 * reference to nothing; this throws, naming it, if one gets here all the same.
 */
export function resolve<C extends CollectionName>(catalog: Catalog, ref: EntryRef<C>): Item<C> {
  const found = (catalog[ref.collection] as Item<C>[]).find((item) => item.id === ref.id);
  if (!found) {
    throw new Error(`No ${ref.collection} entry "${ref.id}" (expected a file ${entryFile(defaultLanguage, ref.collection, ref.id)}): the content checker (src/lib/content/check.ts) let a reference to it through`);
  }
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

/** The entries that have a page, in the order the sections come: the overview first. */
export function pageItems(catalog: Catalog): PageItem[] {
  return collectionNames.flatMap((name) => (collections[name].pages === 'none' ? [] : (catalog[name] as PageItem[])));
}

/**
 * The sources an entry rests on, each once: those it names (`sources`), then those whose words
 * its evidence quotes (`evidence`), as developments, statements and corrections do.
 */
export function sourcesOf(item: Item): EntryRef<'sources'>[] {
  const data = item.data as { sources?: EntryRef<'sources'>[]; evidence?: { source: EntryRef<'sources'> }[] };
  const refs = [...(data.sources ?? []), ...(data.evidence ?? []).map((quoted) => quoted.source)];
  return refs.filter((ref, index) => refs.findIndex((other) => other.id === ref.id) === index);
}

/** A source's own words behind a statement, with the source itself: what "What the source says" shows. */
export interface Quotation {
  source: Item<'sources'>;
  says: string;
  read: string;
}

/** A source's words as an entry's evidence stores them: the source by reference. */
export interface Quoted {
  source: EntryRef<'sources'>;
  says: string;
  read: string;
}

/**
 * The evidence of an entry: its own quotations, then those of the entries it rests on
 * (`restsOn`, as a question's answer does), each quotation once. `find` looks an entry up; the
 * content checker and the pages each pass their own.
 */
export function evidenceOf(item: Item, find: (ref: EntryRef) => Item | undefined): Quoted[] {
  const data = item.data as { evidence?: Quoted[]; restsOn?: Record<string, EntryRef[]> };
  const grounds = Object.values(data.restsOn ?? {}).flatMap((refs) => refs.map(find).filter((found): found is Item => found !== undefined));
  const all = [...(data.evidence ?? []), ...grounds.flatMap((ground) => (ground.data as { evidence?: Quoted[] }).evidence ?? [])];
  return all.filter((quoted, index) => all.findIndex((other) => other.source.id === quoted.source.id && other.says === quoted.says) === index);
}

/** The quotations of an entry's evidence (its own and those of the entries it rests on), with their sources; none for an entry without evidence. */
export function quotationsOf(catalog: Catalog, item: Item): Quotation[] {
  return evidenceOf(item, (ref) => resolve(catalog, ref as EntryRef<CollectionName>)).map((quoted) => ({ source: resolve(catalog, quoted.source), says: quoted.says, read: quoted.read }));
}

/**
 * The pages that use `source`, in the order the sections come: those that name it among their
 * sources, and those a development citing it concerns.
 */
export function pagesCiting(catalog: Catalog, source: Pick<Item, 'collection' | 'id'>): PageItem[] {
  const developments = referencing(catalog.developments, sourcesOf, source);
  return pageItems(catalog).filter(
    (page) => referencing([page], (p) => p.data.sources, source).length > 0 || developments.some((d) => referencing([d], (x) => x.data.concerns, page).length > 0),
  );
}
