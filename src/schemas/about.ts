import { z } from 'astro/zod';
import { entryFields, type RefFactory } from './shared.ts';

/** A page about the Organization as a whole: the overview. */
export const aboutSchema = (ref: RefFactory) => z.object({ ...entryFields(ref) });
