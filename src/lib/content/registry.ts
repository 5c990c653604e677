import type { z } from 'astro/zod';
import { aboutSchema } from '../../schemas/about.ts';
import { activitySchema } from '../../schemas/activities.ts';
import { articleSchema } from '../../schemas/articles.ts';
import { bodySchema } from '../../schemas/bodies.ts';
import { chairSchema } from '../../schemas/chairs.ts';
import { compareSchema } from '../../schemas/compare.ts';
import { comparisonSchema } from '../../schemas/comparisons.ts';
import { crisisSchema } from '../../schemas/crises.ts';
import { correctionSchema } from '../../schemas/corrections.ts';
import { developmentSchema } from '../../schemas/developments.ts';
import { documentSchema } from '../../schemas/documents.ts';
import { forceSchema } from '../../schemas/forces.ts';
import { helpSchema } from '../../schemas/help.ts';
import { holderSchema } from '../../schemas/holders.ts';
import { memberSchema } from '../../schemas/members.ts';
import { operationSchema } from '../../schemas/operations.ts';
import { partnerSchema } from '../../schemas/partners.ts';
import { questionSchema } from '../../schemas/questions.ts';
import { sessionSchema } from '../../schemas/sessions.ts';
import type { RefFactory } from '../../schemas/shared.ts';
import { sourceSchema } from '../../schemas/sources.ts';
import { statementSchema } from '../../schemas/statements.ts';

/** What the site knows of a collection: everything else (loaders, checks, types, routes) derives from it. */
interface CollectionSpec {
  /** Its schema, given a way to make references. */
  schema: (ref: RefFactory) => z.ZodObject;
  /** The file type of its entries: MDX pages with a body, or YAML data. */
  files: 'mdx' | 'yaml';
  /**
   * Where its entries show: `section`, a page per entry under an index page (`/bodies/`,
   * `/bodies/<id>/`); `single`, one page at the collection's name (`/about/`); `none`, on other pages.
   */
  pages: 'section' | 'single' | 'none';
  /**
   * The fields that are words, and so are written again in every language. Every other field
   * (order, kind, references, years, sources, URLs) is a fact stated once, in the English file,
   * and shared by all languages, so the languages cannot disagree on it.
   */
  text: readonly string[];
  /**
   * Text fields a translation may leave out where its language has no such form (an abbreviation
   * no official text of the language uses): the page in that language then shows none, rather
   * than the English one.
   */
  optionalText?: readonly string[];
  /**
   * The text fields that state a fact from elsewhere, held against the entry's `evidence`: every
   * number in them, in every language, is in one of its quotations or is one of the entry's own
   * dates (`date`, `from`, `until`, `year`). A statement's words are its MDX body, held likewise.
   */
  quoted?: readonly string[];
}

/**
 * The collections of the site, in the order the site presents its sections. Each name is also
 * its folder under `content/<lang>/` and, for sections, its URL segment. Adding a collection is a
 * row here, its schema in `src/schemas/`, its strings and its facts (README, "Adding a collection").
 */
export const collections = {
  about: { schema: aboutSchema, files: 'mdx', pages: 'single', text: ['title', 'summary', 'name', 'treatyName', 'seat'] },
  bodies: { schema: bodySchema, files: 'mdx', pages: 'section', text: ['title', 'shortTitle', 'summary', 'abbreviation', 'composition'], optionalText: ['abbreviation'] },
  activities: { schema: activitySchema, files: 'mdx', pages: 'section', text: ['title', 'summary'] },
  operations: { schema: operationSchema, files: 'mdx', pages: 'section', text: ['title', 'summary', 'aims', 'participants', 'observers'] },
  forces: { schema: forceSchema, files: 'mdx', pages: 'section', text: ['title', 'summary', 'region'] },
  members: { schema: memberSchema, files: 'mdx', pages: 'section', text: ['title', 'summary', 'officialName'] },
  partners: { schema: partnerSchema, files: 'mdx', pages: 'section', text: ['title', 'summary', 'fullName'] },
  documents: { schema: documentSchema, files: 'mdx', pages: 'section', text: ['title', 'summary', 'place', 'otherSignatories'] },
  crises: { schema: crisisSchema, files: 'mdx', pages: 'section', text: ['title', 'summary'] },
  articles: { schema: articleSchema, files: 'yaml', pages: 'none', text: ['text'], quoted: ['text'] },
  sources: { schema: sourceSchema, files: 'yaml', pages: 'none', text: ['publisher', 'period', 'periodNote'] },
  developments: { schema: developmentSchema, files: 'yaml', pages: 'none', text: ['text'], quoted: ['text'] },
  holders: { schema: holderSchema, files: 'yaml', pages: 'none', text: ['person', 'text'], quoted: ['text'] },
  sessions: { schema: sessionSchema, files: 'yaml', pages: 'none', text: ['place', 'decisions'], quoted: ['place', 'decisions'] },
  chairs: { schema: chairSchema, files: 'yaml', pages: 'none', text: ['text'], quoted: ['text'] },
  comparisons: { schema: comparisonSchema, files: 'yaml', pages: 'none', text: ['text'], quoted: ['text'] },
  statements: { schema: statementSchema, files: 'mdx', pages: 'none', text: [] },
  corrections: { schema: correctionSchema, files: 'yaml', pages: 'none', text: ['said', 'says'], quoted: ['says'] },
  questions: { schema: questionSchema, files: 'yaml', pages: 'none', text: ['question', 'answer'], quoted: ['answer'] },
  compare: { schema: compareSchema, files: 'mdx', pages: 'single', text: ['title', 'summary'] },
  help: { schema: helpSchema, files: 'mdx', pages: 'single', text: ['title', 'summary'] },
} as const satisfies Record<string, CollectionSpec>;

type Collections = typeof collections;
export type CollectionName = keyof Collections;
export const collectionNames = Object.keys(collections) as CollectionName[];

/** The validated data of each collection's entries. */
export type DataByCollection = { [C in CollectionName]: z.output<ReturnType<Collections[C]['schema']>> };

/** The collections that have a page per entry and an index page. */
export type SectionCollection = { [C in CollectionName]: Collections[C]['pages'] extends 'section' ? C : never }[CollectionName];
export const sectionCollections = collectionNames.filter((name): name is SectionCollection => collections[name].pages === 'section');

/** The collections whose entries have a page of their own (sections and single pages). */
export type PageCollection = { [C in CollectionName]: Collections[C]['pages'] extends 'none' ? never : C }[CollectionName];

export const pageCollections = collectionNames.filter((name): name is PageCollection => collections[name].pages !== 'none');
export const isCollection = (name: string): name is CollectionName => Object.hasOwn(collections, name);

/** The text fields of a collection: the words a translation holds. */
export const textFields = (collection: CollectionName): readonly string[] => collections[collection].text;

/** The text fields whose numbers its evidence must state (see `quoted`). */
export const quotedFields = (collection: CollectionName): readonly string[] => (collections[collection] as CollectionSpec).quoted ?? [];

/** The text fields a translation of a collection may leave out (see `optionalText`). */
export const optionalTextFields = (collection: CollectionName): readonly string[] => (collections[collection] as CollectionSpec).optionalText ?? [];
