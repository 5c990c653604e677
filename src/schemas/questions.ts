import { z } from 'astro/zod';
import { evidenceField, isoDate, type RefFactory } from './shared.ts';

/**
 * The collections whose entries carry their sources' words, on which an answer may rest: the
 * quotations are written once, in the entry that states the fact, and the answer shows them.
 */
export const answerGrounds = ['developments', 'articles', 'comparisons', 'holders', 'sessions', 'chairs', 'statements'] as const;

/**
 * A question readers ask about the Organization, answered in a sentence or two on the questions
 * page, with the words of the sources that state the answer and a link to the page that says
 * more. The answer says no more than its quotations (the number check holds it to them): those of
 * the entries it rests on (`restsOn`), and its own (`evidence`) only for words no entry holds, as
 * the undated source's (the checker fails on an own quotation that an entry already holds).
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
    /** The entries whose facts the answer states, by collection: their quotations are its evidence. */
    restsOn: z
      .object({
        developments: z.array(ref('developments')).min(1).optional(),
        articles: z.array(ref('articles')).min(1).optional(),
        comparisons: z.array(ref('comparisons')).min(1).optional(),
        holders: z.array(ref('holders')).min(1).optional(),
        sessions: z.array(ref('sessions')).min(1).optional(),
        chairs: z.array(ref('chairs')).min(1).optional(),
        statements: z.array(ref('statements')).min(1).optional(),
      } satisfies Record<(typeof answerGrounds)[number], unknown>)
      .strict()
      .optional(),
    /** The words of sources that no entry holds (the undated source's), stating the answer. */
    evidence: evidenceField(ref).optional(),
  })
  .refine((question) => question.restsOn !== undefined || question.evidence !== undefined, {
    path: ['restsOn'],
    message: 'an answer rests on the entries that state its facts (restsOn), or quotes words no entry holds (evidence): give one or both',
  });
