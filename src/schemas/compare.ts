import { z } from 'astro/zod';
import { entryFields, type RefFactory } from './shared.ts';

/**
 * The page that sets the CSTO beside NATO, the SCO and the CIS (`/compare/`): its title, summary,
 * review date and opening words; its tables come from the `comparisons` collection.
 */
export const compareSchema = (ref: RefFactory) => z.object({ ...entryFields(ref) });
