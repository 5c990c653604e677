import { z } from 'astro/zod';
import { entryFields, type RefFactory } from './shared.ts';

/** What a founding document is: the Treaty, the Charter, a protocol to one of them, an agreement. */
export const documentKinds = ['treaty', 'charter', 'protocol', 'agreement'] as const;

/**
 * One of the Organization's founding documents. Its dates are developments, each with the words
 * of its sources; its articles are entries of `articles`, shown on its page under `#article-<number>`.
 */
export const documentSchema = (ref: RefFactory) =>
  z.object({
    ...entryFields(ref),
    /** What kind of document it is. */
    kind: z.enum(documentKinds),
    /** Its signing: a development whose date is the day it was signed and whose evidence names the place. */
    signed: ref('developments'),
    /** Where it was signed, as its signing's evidence names the city. */
    place: z.string().min(1),
    /** Its entry into force, when a source gives the day: a development with its evidence. */
    inForce: ref('developments').optional(),
    /** The member states among those that signed it, as its signing's evidence names them. */
    signatories: z.array(ref('members')).default([]),
    /** The states that signed it and are not members today, by name, as its signing's evidence names them. */
    otherSignatories: z.array(z.string().min(1)).default([]),
    /** The document it extends or amends, for a protocol. */
    amends: ref('documents').optional(),
    /** Where its text is published: each a source whose page holds the text, in that source's language. */
    texts: z.array(ref('sources')).default([]),
  });
