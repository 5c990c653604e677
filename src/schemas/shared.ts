import { z } from 'astro/zod';

/** Every collection of the site; each name is also its folder under content/ and its URL segment. */
export const collectionNames = [
  'about',
  'bodies',
  'activities',
  'operations',
  'forces',
  'members',
  'partners',
  'sources',
  'events',
] as const;
export type CollectionName = (typeof collectionNames)[number];

/** A link to another entry as stored after validation: Astro's reference() output shape. */
export interface EntryRef<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

/**
 * Makes the schema of a reference to an entry of `collection`. The site passes Astro's
 * `reference()`, which fails the build on a dangling id; the unit tests and the content checker
 * pass their own, so the same schemas run outside Astro.
 */
export type RefFactory = <C extends CollectionName>(collection: C) => z.ZodType<EntryRef<C>, string>;

/** The fields every page-backed entry has. */
export const entryFields = (ref: RefFactory) => ({
  /** The name as the page and the links show it; official names exactly as the source gives them. */
  title: z.string().min(1),
  /** One sentence saying what this is: the meta description and the line under each link. */
  summary: z.string().min(1),
  /** Position in lists of its collection, smallest first. */
  order: z.number().int().nonnegative(),
  /** Where the statements on the page come from (entries of the `sources` collection). */
  sources: z.array(ref('sources')).min(1),
});
