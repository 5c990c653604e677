import { z } from 'astro/zod';
import { entryFields, type RefFactory } from './shared.ts';

/** A member state of the Organization. */
export const memberSchema = (ref: RefFactory) =>
  z.object({
    ...entryFields(ref),
    /** The state's official name, when the source uses it: "Republic of Kazakhstan". */
    officialName: z.string().min(1).optional(),
  });
