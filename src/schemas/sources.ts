import { z } from 'astro/zod';
import { isoDate, partialDate, quotation, type RefFactory } from './shared.ts';

/**
 * The kinds of source, in the order the sources page lists them: texts of treaties, laws and
 * decisions; pages of the Organization, of governments and of international bodies; news agencies
 * and newspapers; and other references (help pages, reference works).
 */
export const sourceKinds = ['documents', 'officials', 'news', 'reference'] as const;

/** A document the site's statements come from. Every page names its sources. */
export const sourceSchema = (ref: RefFactory) =>
  z
    .object({
      /** The document's own title, in its own language (a citation keeps it as it is). */
    title: z.string().min(1),
    /** Who published it. */
    publisher: z.string().min(1),
    /** Where to read it, when it is online: the page itself, not the publisher's home page. */
    url: z.url().optional(),
    /** When it was published, when it says: `2022-01-06`, `2016-12` or `2016`. */
    published: partialDate().optional(),
    /** The day it was read for this site (a stored copy of the page, found with the search tool). */
    read: isoDate().optional(),
    /** For a source with no date: the period its content describes, as readers see it ("around 2015–2016"). */
    period: z.string().min(1).optional(),
    /** That period's first and last year: developments from the first year on are "since the source". */
    periodYears: z.tuple([z.number().int(), z.number().int()]).optional(),
    /** Why that period: what in the source places it there. */
    periodNote: z.string().min(1).optional(),
    /** The language the document is written in, as a BCP 47 tag. */
    language: z.string().min(2),
    /** Position in the list of sources, smallest first. */
    order: z.number().int().nonnegative(),
    /** What kind of document it is (`sourceKinds`): the sources page groups them by it. */
    kind: z.enum(sourceKinds),
    /** Its publisher is state media, as this other source, which says so in its `says`, states. */
    stateMedia: ref('sources').optional(),
    /** Its own words that the site rests a description on (that an outlet is state media), as written, in its language. */
    says: quotation().optional(),
  })
    .refine((source) => source.url === undefined || source.read !== undefined, {
      path: ['read'],
      message: 'a source online says the day it was read (read: 2026-11-28)',
    });
