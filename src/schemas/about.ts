import { z } from 'astro/zod';
import { entryFields, type RefFactory } from './shared.ts';

/** A page about the Organization as a whole: the overview. */
export const aboutSchema = (ref: RefFactory) =>
  z.object({
    ...entryFields(ref),
    /** The Organization's name in full, as its Charter gives it: what its acronyms stand for. */
    name: z.string().min(1),
    /** The signing of its Charter, by which it was founded (a development: its date and sources). */
    founded: ref('developments'),
    /** The Treaty it grew from: its name, and the development of its signing. */
    treatyName: z.string().min(1),
    treatySigned: ref('developments'),
    /** Where its Secretariat sits ("Moscow"), and the development that states it (its date and sources). */
    seat: z.string().min(1),
    seatSince: ref('developments'),
    /** Its official website, as one of the page's sources shows it. */
    website: z.url().optional(),
  });
