import { z } from 'astro/zod';
import { evidenceField, type RefFactory } from './shared.ts';

/**
 * A statement written once and shown where it belongs: a statement of the source that several
 * pages show (so that no language words it two ways), or a fact from elsewhere that a page shows
 * among the source's statements, with its evidence. Its words are the MDX body, in each language;
 * a page places it with `<Statement id="…" />`, and lists its sources.
 */
export const statementSchema = (ref: RefFactory) =>
  z
    .object({
      /** The source it comes from: for a statement of the source of the site, that source. */
      sources: z.array(ref('sources')).default([]),
      /** For a fact from elsewhere: each source's own words (shown beside it as "What the source says"). */
      evidence: evidenceField(ref).optional(),
    })
    .refine((statement) => statement.sources.length > 0 || statement.evidence !== undefined, {
      path: ['sources'],
      message: 'a statement names the source it comes from (sources) or quotes its evidence (evidence)',
    });
