import { z } from 'astro/zod';
import { evidenceField, partialDate, type RefFactory } from './shared.ts';

/** Whether a session was a regular one, extraordinary, or an informal meeting of the council's members. */
export const sessionKinds = ['regular', 'extraordinary', 'informal'] as const;

/**
 * A session of a council of the Organization (the Collective Security Council's, year by year):
 * when and where it met, the state in the chair, and what it decided. The council's page lists
 * them by year.
 */
export const sessionSchema = (ref: RefFactory) =>
  z.object({
    /** The council that met. */
    council: ref('bodies'),
    /** When it met, as precisely as the sources say: `2022-11-23`. */
    date: partialDate(),
    /** A regular session, an extraordinary one, or an informal meeting. */
    kind: z.enum(sessionKinds).default('regular'),
    /** Where it met, when the sources say ("Yerevan"; "by videoconference"). */
    place: z.string().min(1).optional(),
    /** The member state whose head chaired it, when the sources say. */
    chair: ref('members').optional(),
    /** Its main decisions and what was said of them, one a line, no more than its evidence's quotations. */
    decisions: z.array(z.string().min(1)).min(1),
    /** Where it is stated: each source with its own words. */
    evidence: evidenceField(ref),
  });
