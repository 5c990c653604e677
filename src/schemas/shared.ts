import { z } from 'astro/zod';

/**
 * A link to another entry as stored after validation. `C` is the collection's name; the registry
 * (src/lib/content/registry.ts) knows the names, and the checker fails on one it does not know.
 */
export interface EntryRef<C extends string = string> {
  collection: C;
  id: string;
}

/**
 * Makes the schema of a reference to an entry of `collection`. The content checker
 * (src/lib/content/check.ts) passes one that fails on an id that names no entry, and it runs
 * before Astro builds: it is the guard. Astro's own `reference()` does not fail the build on a
 * dangling id (since Astro 5), so content.config.ts passes one that only shapes the value.
 */
export interface RefFactory {
  <C extends string>(collection: C): z.ZodType<EntryRef<C>, string>;
  /** A reference to any entry that has a page, written `collection/id`: `members/armenia`. */
  page(): z.ZodType<EntryRef, string>;
}

/** A reference as written in content shaped as the site stores it, with no existence check. */
export const shapeOnlyRef: RefFactory = Object.assign(<C extends string>(collection: C) => z.string().min(1).transform((id) => ({ collection, id })), {
  page: () =>
    z
      .string()
      .regex(/^[a-z-]+\/[^/]+$/, 'expected collection/id, as "members/armenia"')
      .transform((text) => ({ collection: text.split('/')[0]!, id: text.split('/')[1]! })),
});

const undoDate = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

/** An ISO date, `2026-11-28`; YAML readers that turn it into a Date are undone. */
export const isoDate = () => z.preprocess(undoDate, z.iso.date());

/** A date as precise as the source gives it: `2022-01-06`, `2008-09` or `2008`. */
export const partialDate = () =>
  z.preprocess(undoDate, z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date as precise as known: 2022-01-06, 2008-09 or 2008'));

/** The longest quotation a piece of evidence holds: one or two sentences, no more. */
const quotationLimit = 400;

/** A source's own words: one or two sentences, copied as written (" … " where words are left out). */
export const quotation = () =>
  z
    .string()
    .trim()
    .min(1, 'a quotation holds the source’s own words: it cannot be empty')
    .max(quotationLimit, `a quotation is one or two sentences of the source: at most ${quotationLimit} characters`);

/** Whether `name` is written in `words` as a word of its own ("CSC" in "sessions of the CSC,", not in "CSCE"). */
export const namedIn = (name: string, words: string): boolean =>
  new RegExp(`(?<![\\p{L}\\p{N}])${RegExp.escape(name)}(?![\\p{L}\\p{N}])`, 'u').test(words.replaceAll('\u00ad', ''));

/**
 * The evidence of a statement from outside the source: for each source, its own words that support
 * the statement, as written, in its own language, and the day they were read. Pages show them
 * beside the statement ("What the source says"), linked to the passage; the checker holds every
 * number of the statement, in every language, against them (src/lib/content/evidence.ts).
 */
export const evidenceField = (ref: RefFactory) =>
  z
    .array(
      z
        .object({
          /** The document (an entry of the `sources` collection); the quotation is in its language. */
          source: ref('sources'),
          /** Its words that support the statement. */
          says: quotation(),
          /** The day these words were read in the source. */
          read: isoDate(),
        })
        .strict(),
    )
    .min(1);

/** What an alias of an entry is: an acronym, a transliteration of its Russian name, or another name it goes by. */
export const aliasKinds = ['acronym', 'transliteration', 'name'] as const;

/**
 * Other names an entry goes by (acronyms in English and Russian, other transliterations, other
 * official or common names), each with the source that shows it in use and that source's words
 * using it. Shown on the page ("Also known as", with "What the sources say"), indexed for search
 * with the title's weight, and listed on the abbreviations page.
 */
const aliasesField = (ref: RefFactory) =>
  z
    .array(
      z
        .object({
          name: z.string().min(1),
          /** Its language as a BCP 47 tag, with the script where it is not the language's own: `ru`, `ru-Latn`. */
          lang: z.string().regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?$/, 'expected a language tag, as "en", "ru" or "ru-Latn"'),
          kind: z.enum(aliasKinds),
          /** Where it is seen in use (an entry of the `sources` collection). */
          source: ref('sources'),
          /** The source's words that use the name, as written: the name is in them, spelt as the entry spells it. */
          says: quotation(),
          /** The day these words were read in the source. */
          read: isoDate(),
        })
        .strict()
        .refine((alias) => namedIn(alias.name, alias.says), {
          path: ['says'],
          error: (issue) => {
            const alias = issue.input as { name: string };
            return `the quotation does not use the name "${alias.name}" as the entry writes it: quote the source's words that use it, or write the name as the source does`;
          },
        }),
    )
    .default([]);

/** The fields every page-backed entry has. */
export const entryFields = (ref: RefFactory) => ({
  /** The name as the page and the links show it; official names exactly as the source gives them. */
  title: z.string().min(1),
  /** One sentence saying what this is: the meta description and the line under each link. */
  summary: z.string().min(1),
  /** Position in lists of its collection, smallest first. */
  order: z.number().int().nonnegative(),
  /** Where the statements on the page come from (entries of the `sources` collection). */
  sources: z.array(ref('sources')).min(1),
  /** The day the page's statements were last checked against their sources: `2026-11-28`. */
  reviewed: isoDate(),
  /** The source of the site does not name this entry: its page says so, and its statements all come from elsewhere. */
  notInSource: z.boolean().default(false),
  aliases: aliasesField(ref),
});
