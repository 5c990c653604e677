import { z } from 'astro/zod';
import { evidenceField, partialDate, type RefFactory } from './shared.ts';

/**
 * Something that happened after the source was written (the source is undated and describes
 * the situation around 2015–2016), or a dated fact it leaves out: what a careful reader needs to
 * know today. Each is dated, names the pages it concerns, and quotes the sources that state it.
 */
export const developmentSchema = (ref: RefFactory) =>
  z.object({
    /** When it happened, as precisely as the sources say: `2022-01-06`, `2008-09`. */
    date: partialDate(),
    /** What happened, in one or two sentences, no more than the quotations of its evidence state. */
    text: z.string().min(1),
    /** The pages it concerns (`members/armenia`, `about/overview`): each shows it under "Since the source". */
    concerns: z.array(ref.page()).min(1),
    /** Where it is stated: each source with its own words (the page read, deep-linked, in `sources`). */
    evidence: evidenceField(ref),
  });
