import { z } from 'astro/zod';
import { entryFields, type RefFactory } from './shared.ts';

/** How an organisation works with the CSTO, as the source states it. */
export const partnerKinds = ['memorandum', 'observer'] as const;

/** An international organisation the CSTO cooperates with. */
export const partnerSchema = (ref: RefFactory) =>
  z.object({
    ...entryFields(ref),
    /** The organisation's full name, when the title is an abbreviation; its source in `sources`. */
    fullName: z.string().min(1).optional(),
    /** A cooperation memorandum (protocol) with the CSTO, or observer in a CSTO operation. */
    kind: z.enum(partnerKinds),
    /** The area of activity under which the source describes the cooperation. */
    area: ref('activities'),
  });
