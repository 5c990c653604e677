import { z } from 'astro/zod';
import type { RefFactory } from './shared.ts';

/** A dated event in the Organization's history, for the timeline; one source at least. */
export const eventSchema = (ref: RefFactory) =>
  z.object({
    /** When it happened, as an ISO date: `1992-05-15` (YAML readers that turn it into a Date are undone). */
    date: z.preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), z.iso.date()),
    /** What happened, in one sentence. */
    text: z.string().min(1),
    /** Where the date comes from (entries of the `sources` collection). */
    sources: z.array(ref('sources')).min(1),
  });
