import { z } from 'astro/zod';
import { evidenceField, type RefFactory } from './shared.ts';

/**
 * The member state that chairs the Organization, and so its council of heads of state, in a year.
 * The council's page shows each year's chair beside its sessions; the About page names the chair
 * of the year it was reviewed in.
 */
export const chairSchema = (ref: RefFactory) =>
  z.object({
    /** The council whose chair it is: the Collective Security Council. */
    council: ref('bodies'),
    /** The year of the chairmanship. */
    year: z.number().int().min(1992).max(2100),
    /** The member state in the chair. */
    state: ref('members'),
    /** What the sources state of it, in one or two sentences, no more than its evidence's quotations. */
    text: z.string().min(1),
    /** Where it is stated: each source with its own words. */
    evidence: evidenceField(ref),
  });
