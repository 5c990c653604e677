import { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import type { RefFactory } from '../../schemas/shared.ts';
import { defaultLanguage, languageTable, languages as siteLanguages, type Lang } from '../i18n/languages.ts';
import { evidenceOf, type Item } from './catalog.ts';
import { answerGrounds } from '../../schemas/questions.ts';
import { entryFile, locate, type FileLocation } from './ids.ts';
import { collections, isCollection, quotedFields, type CollectionName } from './registry.ts';
import { statementIds } from './body.ts';
import { bodyText, unsupportedNumbers } from './evidence.ts';
import { bodyLinks, linkCycles } from './relations.ts';
import { membershipProblems, officialNameProblems } from './membership.ts';
import { compareBodies, compareFields, translationSchema, type Translation } from './translations.ts';

/**
 * The content checker: reads every file under content/ as the build will and says what is wrong
 * in words that name the file and the field. It runs before Astro loads anything
 * (src/integrations/content-check.ts) and is the build's guard for everything the schemas alone
 * cannot see: references to entries that do not exist, duplicate ids, files Astro would skip,
 * missing or extra translations, cycles among the bodies.
 */

/** A content file as read from disk: its path from the project root and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

/** A problem in a content file: which file, which field (or line), and what is wrong. */
export interface ContentProblem {
  file: string;
  field?: string;
  line?: number;
  message: string;
}

/** How a problem reads in a build log: `content/en/bodies/x.mdx: title: expected a string`. */
export function formatProblem(problem: ContentProblem): string {
  const where = [problem.file, problem.line && `line ${problem.line}`, problem.field].filter(Boolean).join(': ');
  return `${where}: ${problem.message}`;
}

/** An entry's words in a language other than the default, as read from `content/<lang>/`. */
export interface TranslationEntry {
  lang: Lang;
  collection: CollectionName;
  id: string;
  data: Translation;
}

/** What the checker read: the valid entries, the valid translations, and the problems of the rest. */
export interface CheckedContent {
  items: Item[];
  translations: TranslationEntry[];
  problems: ContentProblem[];
}

interface Located extends FileLocation {
  file: ContentFile;
}
interface Parsed extends Located {
  data: unknown;
  body: string;
}

/**
 * Reads and validates content files. Every entry must exist in every language
 * (`content/en/bodies/x.mdx` and `content/ru/bodies/x.mdx`); `languages` defaults to the site's.
 */
export function checkContent(files: readonly ContentFile[], languages: readonly Lang[] = siteLanguages): CheckedContent {
  const problems: ContentProblem[] = [];
  const located = locateFiles(files, problems);
  const ids = idIndex(located, problems);
  const parsed = parseFiles(located, problems);
  const english = parsed.filter((entry) => entry.lang === defaultLanguage);
  const valid = checkEntries(english, ids, problems);
  const byRef = new Map(valid.map(({ item }) => [`${item.collection}/${item.id}`, item]));
  const find: Finder = (ref) => byRef.get(`${ref.collection}/${ref.id}`);
  checkTwins(english, ids, languages, problems);
  const translations = checkTranslations(parsed.filter((entry) => entry.lang !== defaultLanguage && languages.includes(entry.lang)), valid, ids, find, problems);
  for (const { parsed: entry, item } of valid) {
    checkNumbers(entry.file, item, item.data as Record<string, unknown>, entry.body, find, problems);
    checkArticleNumber(entry.file, item, problems);
  }
  checkQuotedOnce(valid, problems);
  checkStatementUse(english, ids, problems);
  const items = valid.map((entry) => entry.item);
  checkCycles(items, problems);
  checkMembership(items, problems);
  checkNotInSource(items, problems);
  return { items, translations, problems };
}

/** Each file's place; a file Astro would not build (wrong folder, wrong file type) is a problem, not a silent omission. */
function locateFiles(files: readonly ContentFile[], problems: ContentProblem[]): Located[] {
  return files.flatMap((file) => {
    const where = locate(file.path);
    if (where.ok === 'draft') return [];
    if (!where.ok) {
      problems.push({ file: file.path, message: where.message });
      return [];
    }
    return [{ file, ...where.location }];
  });
}

/** The ids in each language and collection, with the file of each; two files with one id are a problem. */
type IdIndex = (lang: Lang, collection: CollectionName) => Map<string, string>;
function idIndex(located: readonly Located[], problems: ContentProblem[]): IdIndex {
  const ids = new Map<string, Map<string, string>>();
  const of = (lang: Lang, collection: CollectionName) => {
    const key = `${lang}/${collection}`;
    if (!ids.has(key)) ids.set(key, new Map());
    return ids.get(key)!;
  };
  for (const { file, lang, collection, id } of located) {
    const seen = of(lang, collection);
    const first = seen.get(id);
    if (first) problems.push({ file: file.path, message: `duplicate id "${id}": ${first} has the same name` });
    else seen.set(id, file.path);
  }
  return of;
}

/** The frontmatter of an MDX file (between the opening and closing `---`), with the line it starts on. */
function frontmatter(text: string): { yaml: string; firstLine: number; body: string } | undefined {
  // An entry with no words in its frontmatter (a statement's twin: its words are its body) has an empty block.
  const match = /^---\r?\n(?:([\s\S]*?)\r?\n)?---\s*(?:\r?\n|$)/.exec(text);
  return match ? { yaml: match[1] ?? '', firstLine: 2, body: text.slice(match[0].length) } : undefined;
}

/** Each file's YAML (the frontmatter of MDX, the whole of a data file) as data, and its MDX body. */
function parseFiles(located: readonly Located[], problems: ContentProblem[]): Parsed[] {
  return located.flatMap((entry) => {
    const { file, ext } = entry;
    const source = ext === 'mdx' ? frontmatter(file.text) : { yaml: file.text, firstLine: 1, body: '' };
    if (!source) {
      problems.push({ file: file.path, line: 1, message: 'no frontmatter: the file must start with a --- block' });
      return [];
    }
    const document = parseDocument(source.yaml);
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        const line = error.linePos?.[0]?.line;
        const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
        problems.push({ file: file.path, line: line && line + source.firstLine - 1, message: `invalid YAML: ${message}` });
      }
      return [];
    }
    return [{ ...entry, data: document.toJS() ?? {}, body: source.body }];
  });
}

/** The default language's entries against their schemas, references checked against the ids that exist: the valid ones. */
function checkEntries(english: readonly Parsed[], ids: IdIndex, problems: ContentProblem[]): { parsed: Parsed; item: Item }[] {
  const to = <C extends string>(collection: C) => {
    if (!isCollection(collection)) throw new Error(`A schema refers to the collection "${collection}", which src/lib/content/registry.ts does not have`);
    return z
      .string()
      .refine((id) => ids(defaultLanguage, collection).has(id), {
        error: (issue) => `no ${collection} entry "${String(issue.input)}" (expected a file ${entryFile(defaultLanguage, collection, String(issue.input))})`,
      })
      .transform((id) => ({ collection, id }));
  };
  const page = () =>
    z
      .string()
      .superRefine((text, context) => {
        const [collection = '', id = '', ...rest] = text.split('/');
        if (rest.length > 0 || !isCollection(collection) || collections[collection].pages === 'none') {
          context.addIssue({ code: 'custom', message: `expected collection/id of a page, as "members/armenia" (page collections: ${Object.keys(collections).filter((c) => collections[c as CollectionName].pages !== 'none').join(', ')})` });
        } else if (!ids(defaultLanguage, collection).has(id)) {
          context.addIssue({ code: 'custom', message: `no ${collection} entry "${id}" (expected a file ${entryFile(defaultLanguage, collection, id)})` });
        }
      })
      .transform((text) => ({ collection: text.split('/')[0]!, id: text.split('/')[1]! }));
  const ref: RefFactory = Object.assign(to, { page });
  return english.flatMap((parsed) => {
    const result = collections[parsed.collection].schema(ref).safeParse(parsed.data);
    if (result.success) return [{ parsed, item: { collection: parsed.collection, id: parsed.id, data: result.data } as Item }];
    problems.push(...issuesOf(parsed.file, result.error.issues));
    return [];
  });
}

/** Every default-language entry has its twin in every other language. */
function checkTwins(english: readonly Parsed[], ids: IdIndex, languages: readonly Lang[], problems: ContentProblem[]): void {
  for (const { file, collection, id } of english) {
    for (const lang of languages.filter((other) => other !== defaultLanguage)) {
      if (!ids(lang, collection).has(id)) {
        const name = languageTable[lang]?.name ?? lang;
        problems.push({ file: file.path, message: `no ${name} (${lang}) twin: expected a file ${entryFile(lang, collection, id)}` });
      }
    }
  }
}

/** Each translation holds only the words of its entry, the same ones as the default language, with the same links and headings. */
function checkTranslations(others: readonly Parsed[], valid: readonly { parsed: Parsed; item: Item }[], ids: IdIndex, find: Finder, problems: ContentProblem[]): TranslationEntry[] {
  // With two files of one id (reported already), the first is the one translations answer to.
  const twins = new Map<string, { parsed: Parsed; item: Item }>();
  for (const entry of valid) if (!twins.has(`${entry.parsed.collection}/${entry.parsed.id}`)) twins.set(`${entry.parsed.collection}/${entry.parsed.id}`, entry);
  return others.flatMap(({ file, lang, collection, id, data, body }) => {
    if (!ids(defaultLanguage, collection).has(id)) {
      problems.push({
        file: file.path,
        message: `no English entry content/${defaultLanguage}/${collection}/${id}: every page exists in every language, and the facts come from the English file`,
      });
      return [];
    }
    const result = translationSchema(collection).safeParse(data);
    if (!result.success) {
      problems.push(...issuesOf(file, result.error.issues, true));
      return [];
    }
    const twin = twins.get(`${collection}/${id}`);
    if (!twin) return []; // the default language's file has its own problems, reported already
    const mismatches = compareFields(collection, twin.parsed.data as Record<string, unknown>, result.data);
    problems.push(...mismatches.map((m) => ({ file: file.path, field: m.field, message: m.message })));
    problems.push(...compareBodies(twin.parsed.body, body).map((message) => ({ file: file.path, field: '(text)', message })));
    checkNumbers(file, twin.item, result.data, body, find, problems);
    return mismatches.length === 0 ? [{ lang, collection, id, data: result.data }] : [];
  });
}

/** Looks up a valid default-language entry by reference. */
type Finder = (ref: { collection: string; id: string }) => Item | undefined;

/**
 * Every number of a statement is in one of its quotations, or is one of the entry's own dates: a
 * figure no source states cannot build. The statement is a statement's MDX body, or the text
 * fields the registry marks `quoted` (a development's text, a session's place and decisions, what
 * a correction says now); its words in a translation are held against the same quotations, which
 * stay in their sources' languages.
 */
function checkNumbers(file: ContentFile, item: Item, words: Record<string, unknown>, body: string, find: Finder, problems: ContentProblem[]): void {
  const data = item.data as { date?: string; from?: string; until?: string; year?: number };
  const evidence = evidenceOf(item, find);
  if (evidence.length === 0) return;
  const dates = [data.date, data.from, data.until, data.year?.toString()].filter((date): date is string => date !== undefined);
  const statements = item.collection === 'statements' ? [{ field: '(text)', text: bodyText(body) }] : quotedFields(item.collection).map((field) => ({ field, text: words[field] }));
  const sources = [...new Set(evidence.map((quoted) => quoted.source.id))].join(', ');
  for (const statement of statements) {
    const text = Array.isArray(statement.text) ? statement.text.join('\n') : statement.text;
    if (typeof text !== 'string') continue;
    for (const number of unsupportedNumbers(text, evidence.map((quoted) => quoted.says), dates)) {
      problems.push({
        file: file.path,
        field: statement.field,
        message: `the number ${number} is in none of the quotations of its evidence (${sources}), nor is it one of the entry's dates: quote the words of a source that state it, or leave it out`,
      });
    }
  }
}

/**
 * An article's number is in one of its quotations ("Article 4", «Статья 4», «4-бап»): a page
 * cannot say that an article states what its sources quote from another.
 */
function checkArticleNumber(file: ContentFile, item: Item, problems: ContentProblem[]): void {
  if (item.collection !== 'articles') return;
  const { number, evidence } = (item as Item<'articles'>).data;
  if (unsupportedNumbers(number, evidence.map((quoted) => quoted.says)).length === 0) return;
  const sources = [...new Set(evidence.map((quoted) => quoted.source.id))].join(', ');
  problems.push({ file: file.path, field: 'number', message: `the article number ${number} is in none of the quotations of its evidence (${sources}): quote the words of a source that number it, or leave the article out` });
}

/**
 * A quotation is written once, in the entry that states its fact: a question's own evidence holds
 * no words that an entry it could rest on (src/schemas/questions.ts, `answerGrounds`) holds
 * already; it rests on that entry instead, so that a quotation mended there is mended everywhere.
 */
function checkQuotedOnce(valid: readonly { parsed: Parsed; item: Item }[], problems: ContentProblem[]): void {
  const holders = new Map<string, string>();
  for (const { item } of valid) {
    if (!(answerGrounds as readonly string[]).includes(item.collection)) continue;
    for (const quoted of (item.data as { evidence?: { source: { id: string }; says: string }[] }).evidence ?? []) {
      holders.set(`${quoted.source.id}\n${quoted.says}`, `${item.collection}/${item.id}`);
    }
  }
  for (const { parsed, item } of valid) {
    if (item.collection !== 'questions') continue;
    for (const quoted of (item as Item<'questions'>).data.evidence ?? []) {
      const holder = holders.get(`${quoted.source.id}\n${quoted.says}`);
      if (!holder) continue;
      const [collection, id] = holder.split('/');
      problems.push({ file: parsed.file.path, field: 'evidence', message: `the quotation of ${quoted.source.id} ("${quoted.says.slice(0, 60)}…") is held by ${holder}: rest on that entry (restsOn: { ${collection}: [${id}] }) rather than copying its words` });
    }
  }
}

/** Each `<Statement id>` of a page names a statement that exists, and each statement is shown on some page. */
function checkStatementUse(english: readonly Parsed[], ids: IdIndex, problems: ContentProblem[]): void {
  const shown = new Set<string>();
  for (const { file, body } of english) {
    for (const id of statementIds(body)) {
      shown.add(id);
      if (!ids(defaultLanguage, 'statements').has(id)) {
        problems.push({ file: file.path, field: '(text)', message: `<Statement id="${id}" />: no statements entry "${id}" (expected a file ${entryFile(defaultLanguage, 'statements', id)})` });
      }
    }
  }
  for (const [id, path] of ids(defaultLanguage, 'statements')) {
    if (!shown.has(id)) problems.push({ file: path, message: `no page shows this statement: place it with <Statement id="${id}" /> where it belongs, or delete it` });
  }
}

/** A body that, through the relations the content states, answers to itself. */
function checkCycles(items: readonly Item[], problems: ContentProblem[]): void {
  const bodies = items.filter((item): item is Item<'bodies'> => item.collection === 'bodies');
  for (const cycle of linkCycles(bodies, bodyLinks(bodies))) {
    const files = [...new Set(cycle.map((link) => entryFile(defaultLanguage, 'bodies', link.writtenIn.id)))];
    const path = [cycle[0]!.child.id, ...cycle.map((link) => link.parent.id)].join(' → ');
    problems.push({
      file: files[0]!,
      field: cycle[0]!.field,
      message: `the bodies' relations go round in a circle (${path}): a body cannot be above itself; fix one of ${files.join(', ')}`,
    });
  }
}

/** Each state's membership starts with its signing or joining, and names developments that concern its page; its official name is in the words it rests on. */
function checkMembership(items: readonly Item[], problems: ContentProblem[]): void {
  const members = items.filter((item): item is Item<'members'> => item.collection === 'members');
  const developments = items.filter((item): item is Item<'developments'> => item.collection === 'developments');
  for (const { id, message } of membershipProblems(members, developments)) {
    problems.push({ file: entryFile(defaultLanguage, 'members', id), field: 'membership', message });
  }
  for (const { id, message } of officialNameProblems(members, developments)) {
    problems.push({ file: entryFile(defaultLanguage, 'members', id), field: 'officialNameFrom', message });
  }
}

/** A page that says the source does not name its subject cites no statement of that (undated) source. */
function checkNotInSource(items: readonly Item[], problems: ContentProblem[]): void {
  const undated = new Set(items.filter((item) => item.collection === 'sources' && (item.data as { period?: string }).period !== undefined).map((item) => item.id));
  for (const item of items) {
    const data = item.data as { notInSource?: boolean; sources?: readonly { id: string }[] };
    const cited = data.notInSource ? (data.sources ?? []).filter((source) => undated.has(source.id)) : [];
    if (cited.length > 0) {
      problems.push({
        file: entryFile(defaultLanguage, item.collection, item.id),
        field: 'notInSource',
        message: `the page says the source does not name it (notInSource), yet cites that source (${cited.map((s) => s.id).join(', ')}): drop one or the other`,
      });
    }
  }
}

/** Zod's issues as problems naming the field; a field a translation may not hold says why. */
function issuesOf(file: ContentFile, issues: readonly z.core.$ZodIssue[], translation = false): ContentProblem[] {
  return issues.flatMap((issue) =>
    translation && issue.code === 'unrecognized_keys'
      ? issue.keys.map((field) => ({
          file: file.path,
          field,
          message: 'not allowed here: a translation holds only the words; this fact comes from the English file',
        }))
      : [{ file: file.path, field: issue.path.join('.') || '(frontmatter)', message: issue.message }],
  );
}
