import { z } from 'astro/zod';
import type { RefFactory } from '../../schemas/shared.ts';
import { headingLevels, refTargets, statementIds } from './body.ts';
import type { Item } from './catalog.ts';
import { collectionNames, collections, optionalTextFields, textFields, type CollectionName } from './registry.ts';

/** The words of one entry in another language: a subset of its text fields. */
export type Translation = Record<string, unknown>;

// The text fields hold no references; the fields that do are left out below.
const noRefs = Object.assign(() => z.never(), { page: () => z.never() }) as unknown as RefFactory;

/**
 * The schema of a translation file of `collection`: only its text fields, typed as in English,
 * nothing else (built from the fields' own schemas, so that the English schema's cross-field
 * rules, which concern facts, stay with the English file).
 */
export function translationSchema(collection: CollectionName) {
  const english = collections[collection].schema(noRefs) as z.ZodObject;
  return z.object(Object.fromEntries(textFields(collection).map((field) => [field, english.shape[field]!]))).partial().strict();
}

/**
 * One schema that accepts the text fields of any collection: Astro's schema for the translations
 * collection. It is looser than `translationSchema`; the checker has applied that one to every
 * file before Astro loads them.
 */
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
  for (const field of textFields(collection)) {
    const has = (value: unknown) => value !== undefined && !(Array.isArray(value) && value.length === 0);
    const [en, other] = [english[field], translated[field]];
    if (has(en) && !has(other)) {
      if (!optionalTextFields(collection).includes(field)) mismatches.push({ field, message: 'missing: the English entry has this field' });
    }
    else if (!has(en) && has(other)) mismatches.push({ field, message: 'not in the English entry: a translation states the same facts, no more' });
    else if (Array.isArray(en) && Array.isArray(other) && en.length !== other.length) {
      mismatches.push({ field, message: `has ${other.length} items, the English entry has ${en.length}` });
    }
  }
  return mismatches;
}

/** Where a translated body is shaped differently from the English one: other links, other statements, other headings. */
export function compareBodies(english: string, translated: string): string[] {
  const problems: string[] = [];
  const [enRefs, otherRefs] = [refTargets(english), refTargets(translated)];
  const missing = enRefs.filter((to) => !otherRefs.includes(to));
  const extra = otherRefs.filter((to) => !enRefs.includes(to));
  if (missing.length > 0) problems.push(`links missing that the English text has: ${missing.join(', ')}`);
  if (extra.length > 0) problems.push(`links the English text does not have: ${extra.join(', ')}`);
  const [enStatements, otherStatements] = [statementIds(english).join(', '), statementIds(translated).join(', ')];
  if (enStatements !== otherStatements) problems.push(`statements ${otherStatements || '(none)'} differ from the English ${enStatements || '(none)'}: each shows the one wording of its language`);
  const [enHeadings, otherHeadings] = [headingLevels(english), headingLevels(translated)];
  if (enHeadings.join(' ') !== otherHeadings.join(' ')) {
    problems.push(`headings ${otherHeadings.join(' ') || '(none)'} differ from the English ${enHeadings.join(' ') || '(none)'}`);
  }
  return problems;
}

/**
 * An entry in another language: its facts from English, its words from the translation; a text
 * field the translation may leave out and does is left out, not taken from English.
 */
export function translateItem<C extends CollectionName>(item: Item<C>, translation: Translation): Item<C> {
  const words = Object.fromEntries(
    textFields(item.collection)
      .filter((field) => field in translation || optionalTextFields(item.collection).includes(field))
      .map((field) => [field, translation[field]]),
  );
  return { ...item, data: { ...item.data, ...words } };
}
