import { z } from 'astro/zod';
import { languages, type Lang } from '../lib/i18n/languages.ts';
import { evidenceField, isoDate, type RefFactory } from './shared.ts';

/**
 * A mistake the site made and has corrected, in public (README, "Facts a reader can check"): what
 * it said, what it says now, and the source that shows it. A change of wording that keeps the
 * meaning is not one. Shown on the pages concerned ("Corrected on …"), on the corrections page
 * and in the feed.
 */
export const correctionSchema = (ref: RefFactory) =>
  z.object({
    /** The day the site was corrected. */
    date: isoDate(),
    /** The pages that said it. */
    concerns: z.array(ref.page()).min(1),
    /** The languages whose pages said it, when not every language's did (the Russian and Kazakh wording of an aim). */
    versions: z.array(z.enum(languages as [Lang, ...Lang[]])).min(1).optional(),
    /** What the pages said: in a language whose pages said it, their words; in another, what those pages said, told in this language. */
    said: z.string().min(1),
    /** What they say now, in the same way. */
    says: z.string().min(1),
    /** The source that shows what is right, with its own words. */
    evidence: evidenceField(ref),
  });
