import { z } from 'astro/zod';
import { entryFields, type RefFactory } from './shared.ts';

/**
 * The kinds of body: those the source names (the three ministerial and security councils are
 * councils or a committee), and the parliamentary body it does not name.
 */
export const bodyKinds = ['council', 'committee', 'official', 'permanent-working-body', 'coordinating-council', 'parliamentary-body'] as const;

/** A body of the Organization: its councils, its officials and its working bodies. */
export const bodySchema = (ref: RefFactory) =>
  z.object({
    ...entryFields(ref),
    /** Its name in a few words, for the structure chart's boxes ("Council on illegal migration"), where `title` is long; its page gives the full `title`. */
    shortTitle: z.string().min(1).optional(),
    /** The abbreviation the source uses, as "CSC". */
    abbreviation: z.string().min(1).optional(),
    /** What kind of body it is. */
    kind: z.enum(bodyKinds),
    /** Who sits on it or holds it, in the source's words. */
    composition: z.string().min(1).optional(),
    /** The body it answers to, when the source says. */
    reportsTo: ref('bodies').optional(),
    /** The body between whose sessions it acts (the Permanent Council, between sessions of the CSC). */
    actsBetweenSessionsOf: ref('bodies').optional(),
    /** The body it manages, when the source says (the Secretary General manages the Secretariat). */
    manages: ref('bodies').optional(),
    /** The year since which it has been operational, when the source gives one. */
    since: z.number().int().min(1900).max(2100).optional(),
    /** The areas of activity under which the source describes its work. */
    areas: z.array(ref('activities')).default([]),
  });
