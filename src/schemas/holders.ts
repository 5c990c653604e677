import { z } from 'astro/zod';
import { evidenceField, partialDate, type RefFactory } from './shared.ts';

/**
 * One person's time in an office of the Organization (the Secretary General, the Chief of the
 * Joint Staff), as the sources date it. The office's page lists its holders, newest first, and
 * names in its key facts the one in office on the day the page was reviewed.
 */
export const holderSchema = (ref: RefFactory) =>
  z
    .object({
      /** The office: the page of the official or body it heads (`secretary-general`, `joint-staff`). */
      office: ref('bodies'),
      /** The holder's name as the sources in the page's language write it: "Nikolai Bordyuzha". */
      person: z.string().min(1),
      /** The member state the holder represented, as the sources say. */
      state: ref('members'),
      /** When the holding began, as precisely as the sources say: the day of appointment, or the day it took effect. */
      from: partialDate(),
      /** When it ended, as the sources date it (a term expired, a recall, a successor taking office); omitted while it lasts. */
      until: partialDate().optional(),
      /** Whether the holder performed the office's duties without being appointed to it (acting). */
      acting: z.boolean().default(false),
      /** What the sources state of the holding, in one or two sentences, no more than its evidence's quotations. */
      text: z.string().min(1),
      /** Where it is stated: each source with its own words. */
      evidence: evidenceField(ref),
    })
    .refine((holder) => holder.until === undefined || holder.until >= holder.from, {
      path: ['until'],
      message: 'a holding ends on or after the day it began (until ≥ from)',
    });
