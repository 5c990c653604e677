import { z } from 'astro/zod';
import { evidenceField, partialDate, type RefFactory } from './shared.ts';

/** The organizations the comparison page sets side by side, the CSTO first. */
export const comparedOrganizations = ['csto', 'nato', 'sco', 'cis'] as const;

/** What the comparison page compares them on, in the order of its tables. */
export const comparedAspects = ['members', 'founded', 'seat', 'defence', 'decisions', 'record'] as const;

/**
 * One cell of the comparison of the CSTO with NATO, the SCO and the CIS (`/compare/`): what the
 * sources state of one organization on one aspect, dated and quoted. A pair with no entry shows
 * as not found in the sources read (src/lib/content/comparison.ts).
 */
export const comparisonSchema = (ref: RefFactory) =>
  z
    .object({
      organization: z.enum(comparedOrganizations),
      aspect: z.enum(comparedAspects),
      /**
       * The date of the fact: the event it states (a founding, the latest accession), or for a
       * standing fact (a seat, a rule) the date of the source that states it; left out where no
       * source dates it, and the page then shows none.
       */
      date: partialDate().optional(),
      /** What the sources state, in one or two sentences, no more than its evidence's quotations. */
      text: z.string().min(1),
      /** Where it is stated: each source with its own words. */
      evidence: evidenceField(ref),
      /** The page of this site that says more, as a path inside the site: `members`, `bodies/secretariat` (the built link check fails on one that leads nowhere). */
      more: z.string().regex(/^[a-z-]+(\/[a-z0-9-]+)?$/, 'expected a path inside the site, as "members" or "bodies/secretariat"').optional(),
      /** Or the article of a founding document that says more, linked on its document's page. */
      article: ref('articles').optional(),
    })
    .refine((cell) => !(cell.more && cell.article), { path: ['article'], message: 'a cell links to one page that says more: give more or article, not both' });
