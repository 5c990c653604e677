import { z } from 'astro/zod';
import { evidenceField, isoDate, type RefFactory } from './shared.ts';

/**
 * A question readers ask about the Organization, answered in a sentence or two on the questions
 * page, with the words of the sources that state the answer and a link to the page that says
 * more. The answer says no more than its quotations (the number check holds it to them).
 */
export const questionSchema = (ref: RefFactory) =>
  z.object({
    /** The question, as a reader would put it. */
    question: z.string().min(1),
    /** The answer: a sentence or two. */
    answer: z.string().min(1),
    /** The page that says more, and optionally a place on it (`article-4`). */
    more: ref.page(),
    anchor: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'expected the id of a place on the page, as "article-4"')
      .optional(),
    /** Its place on the page. */
    order: z.number().int(),
    /** The day the answer was last checked against its sources. */
    reviewed: isoDate(),
    /** The words of the sources that state the answer. */
    evidence: evidenceField(ref),
  });
