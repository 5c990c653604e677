import { z } from 'astro/zod';
import { entryFields, type RefFactory } from './shared.ts';

/** A page about the Organization as a whole: the overview. */
export const aboutSchema = (ref: RefFactory) =>
  z.object({
    ...entryFields(ref),
    /** The Organization's name in full, as its Charter gives it: what its acronyms stand for. */
    name: z.string().min(1),
  });
