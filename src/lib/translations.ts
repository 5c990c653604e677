import { z } from 'astro/zod';
import { schemas } from '../schemas/index.ts';
import { collectionNames, type CollectionName, type RefFactory } from '../schemas/shared.ts';
import type { Item } from './catalog.ts';

/**
 * The fields of each collection that are words, and so are written again in every language. Every
 * other field (order, kind, references, years, sources, URLs) is a fact stated once, in the
 * English file, and shared by all languages, so the languages cannot disagree on it.
 */
export const textFields = {
  about: ['title', 'summary'],
  bodies: ['title', 'summary', 'abbreviation', 'composition'],
  activities: ['title', 'summary'],
  operations: ['title', 'summary', 'aims', 'participants', 'observers'],
  forces: ['title', 'summary', 'region'],
  members: ['title', 'summary', 'officialName'],
  partners: ['title', 'summary', 'fullName'],
  sources: ['title', 'publisher'],
  events: ['text'],
} as const satisfies Record<CollectionName, readonly string[]>;

/** The words of one entry in another language: a subset of its text fields. */
export type Translation = Record<string, unknown>;

// The text fields hold no references; the fields that do are left out by pick() below.
const noRefs = (() => z.never()) as unknown as RefFactory;

/** The schema of a translation file of `collection`: only its text fields, typed as in English, nothing else. */
export function translationSchema(collection: CollectionName) {
  const english = (schemas[collection] as (ref: RefFactory) => z.ZodObject)(noRefs);
  const mask = Object.fromEntries(textFields[collection].map((field) => [field, true as const]));
  return english.pick(mask as never).partial().strict();
}

/** One schema that accepts the text fields of any collection: Astro's schema for the translations collection. */
export function anyTranslationSchema() {
  const shape = Object.assign({}, ...collectionNames.map((name) => translationSchema(name).shape));
  return z.object(shape).partial().strict();
}

/** A field of a translation that does not match its English entry. */
export interface TranslationMismatch {
  field: string;
  message: string;
}

/**
 * Where a translation states more or less than its English entry: a text field the English entry
 * has and the translation lacks, or the other way round, or a list with a different number of items.
 */
export function compareFields(collection: CollectionName, english: Record<string, unknown>, translated: Translation): TranslationMismatch[] {
  const mismatches: TranslationMismatch[] = [];
  for (const field of textFields[collection]) {
    const has = (value: unknown) => value !== undefined && !(Array.isArray(value) && value.length === 0);
    const [en, other] = [english[field], translated[field]];
    if (has(en) && !has(other)) mismatches.push({ field, message: 'missing: the English entry has this field' });
    else if (!has(en) && has(other)) mismatches.push({ field, message: 'not in the English entry: a translation states the same facts, no more' });
    else if (Array.isArray(en) && Array.isArray(other) && en.length !== other.length) {
      mismatches.push({ field, message: `has ${other.length} items, the English entry has ${en.length}` });
    }
  }
  return mismatches;
}

/** The targets of the `<Ref to="…">` links in an MDX body, sorted, each once. */
export const refTargets = (body: string): string[] =>
  [...new Set([...body.matchAll(/<Ref\s+to=["']([^"']+)["']/g)].map((match) => match[1]!))].sort();

/** The Markdown headings of an MDX body, as their levels: `['##', '##']`. */
export const headingLevels = (body: string): string[] => [...body.matchAll(/^(#{1,6})\s/gm)].map((match) => match[1]!);

/** Where a translated body is shaped differently from the English one: other links, other headings. */
export function compareBodies(english: string, translated: string): string[] {
  const problems: string[] = [];
  const [enRefs, otherRefs] = [refTargets(english), refTargets(translated)];
  const missing = enRefs.filter((to) => !otherRefs.includes(to));
  const extra = otherRefs.filter((to) => !enRefs.includes(to));
  if (missing.length > 0) problems.push(`links missing that the English text has: ${missing.join(', ')}`);
  if (extra.length > 0) problems.push(`links the English text does not have: ${extra.join(', ')}`);
  const [enHeadings, otherHeadings] = [headingLevels(english), headingLevels(translated)];
  if (enHeadings.join(' ') !== otherHeadings.join(' ')) {
    problems.push(`headings ${otherHeadings.join(' ') || '(none)'} differ from the English ${enHeadings.join(' ') || '(none)'}`);
  }
  return problems;
}

/** An entry in another language: its facts from English, its words from the translation. */
export function translateItem<C extends CollectionName>(item: Item<C>, translation: Translation): Item<C> {
  const words = Object.fromEntries(textFields[item.collection].filter((field) => field in translation).map((field) => [field, translation[field]]));
  return { ...item, data: { ...item.data, ...words } };
}
