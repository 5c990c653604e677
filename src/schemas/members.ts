import { z } from 'astro/zod';
import { entryFields, type RefFactory } from './shared.ts';

/** A member state of the Organization. */
export const memberSchema = (ref: RefFactory) =>
  z.object({
    ...entryFields(ref),
    /** The state's official name, when the source uses it: "Republic of Kazakhstan". */
    officialName: z.string().min(1).optional(),
    /** The ISO 3166-1 numeric code, which finds the state's outline for the map (not shown). */
    isoCode: z.string().regex(/^\d{3}$/, 'expected three digits, as "398"'),
  });
