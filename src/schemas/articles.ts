import { z } from 'astro/zod';
import { evidenceField, type RefFactory } from './shared.ts';

/** Which text of an article a wording is, when a protocol has changed it. */
export const articleWordings = ['original', 'amended'] as const;

/**
 * A key article of a founding document: what it says, with the words of its sources. Shown on its
 * document's page under the heading `#article-<number>`, so a page that states what the article
 * establishes links to it. The checker holds the number, and every number of the text, against the
 * quotations (src/lib/content/check.ts).
 */
export const articleSchema = (ref: RefFactory) =>
  z.object({
    /** The document it is an article of. */
    document: ref('documents'),
    /** Its number in the document, as the document numbers it: `4`. */
    number: z.string().regex(/^\d+$/, 'expected the article’s number, as "4"'),
    /** Which text this is, when a protocol has changed the article: as signed, or as amended. */
    wording: z.enum(articleWordings).optional(),
    /** What it says, in one or two sentences, no more than the quotations of its evidence state. */
    text: z.string().min(1),
    /** Where it is stated: each source with its own words. */
    evidence: evidenceField(ref),
    /** Position on its document's page, smallest first. */
    order: z.number().int().nonnegative(),
  });
