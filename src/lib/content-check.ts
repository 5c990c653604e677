import { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import { schemas } from '../schemas/index.ts';
import { collectionNames, type CollectionName, type RefFactory } from '../schemas/shared.ts';
import type { Item } from './catalog.ts';
import { defaultLanguage, isLang, languageNames, languages, translatedLanguages, type Lang } from './i18n.ts';
import { compareBodies, compareFields, translationSchema, type Translation } from './translations.ts';

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

const isCollection = (name: string): name is CollectionName => (collectionNames as readonly string[]).includes(name);

/** The id Astro's glob loader gives a file name: lower case, spaces as hyphens (`Joint Staff` → `joint-staff`). */
export const entryId = (name: string): string => name.toLowerCase().trim().replace(/\s+/g, '-');

/** Splits `content/<lang>/<collection>/<id>.<ext>` into its parts; drafts (`_name`) and other files give undefined. */
function locate(path: string): { lang: Lang; collection: CollectionName; id: string; ext: string } | undefined {
  const match = /(?:^|\/)content\/([^/]+)\/([^/]+)\/([^/_][^/]*)\.(mdx|yaml)$/.exec(path);
  if (!match || !isLang(match[1]) || !isCollection(match[2]!)) return undefined;
  return { lang: match[1], collection: match[2], id: entryId(match[3]!), ext: match[4]! };
}

/** Drafts are files whose name starts with an underscore: they are neither built nor checked. */
const isDraft = (path: string): boolean => /(?:^|\/)_[^/]*$/.test(path);

/** The frontmatter of an MDX file (between the opening and closing `---`), with its first line. */
function frontmatter(text: string): { yaml: string; firstLine: number; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  return match ? { yaml: match[1]!, firstLine: 2, body: text.slice(match[0].length) } : undefined;
}

/**
 * Checks content files as the build will read them, and says what is wrong in words that name
 * the file and the field: missing or mistyped fields, references to entries that do not exist,
 * two files with the same id, frontmatter that is not YAML.
 */
export function checkContent(files: readonly ContentFile[]): ContentProblem[] {
  return readContent(files).problems;
}

/** An entry's words in a language other than English, as read from `content/<lang>/`. */
export interface TranslationEntry {
  lang: Lang;
  collection: CollectionName;
  id: string;
  data: Translation;
}

/** A content file's YAML (the frontmatter of MDX, the whole of a data file) and its MDX body. */
function sourceOf(file: ContentFile, ext: string) {
  return ext === 'mdx' ? frontmatter(file.text) : { yaml: file.text, firstLine: 1, body: '' };
}

/**
 * Reads and validates content files: the English entries that are valid, the translations that
 * are valid and match their English entry, and the problems of the rest. Every entry must exist in
 * every language (`content/en/bodies/x.mdx` and `content/ru/bodies/x.mdx`).
 */
export function readContent(files: readonly ContentFile[]): { items: Item[]; translations: TranslationEntry[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const items: Item[] = [];
  const translations: TranslationEntry[] = [];
  const located = files.flatMap((file) => {
    const where = locate(file.path);
    if (!where && !isDraft(file.path)) {
      problems.push({
        file: file.path,
        message: `not built: a page goes in content/<language>/<collection>/<id>.mdx, a source or event in a .yaml file there (languages: ${languages.join(', ')}; collections: ${collectionNames.join(', ')})`,
      });
    }
    return where ? [{ file, ...where }] : [];
  });

  // Ids per language and collection, to find duplicates, dangling references and missing twins.
  const ids = new Map<string, Map<string, string>>();
  const key = (lang: Lang, collection: CollectionName) => `${lang}/${collection}`;
  for (const { file, lang, collection, id } of located) {
    const seen = ids.get(key(lang, collection)) ?? new Map<string, string>();
    ids.set(key(lang, collection), seen);
    const first = seen.get(id);
    if (first) problems.push({ file: file.path, message: `duplicate id "${id}": ${first} has the same name` });
    else seen.set(id, file.path);
  }
  const idsOf = (lang: Lang, collection: CollectionName) => ids.get(key(lang, collection)) ?? new Map<string, string>();

  const ref: RefFactory = (collection) =>
    z
      .string()
      .refine((id) => idsOf(defaultLanguage, collection).has(id), {
        error: (issue) => `no ${collection} entry "${String(issue.input)}" (expected a file content/${defaultLanguage}/${collection}/${String(issue.input)}.mdx)`,
      })
      .transform((id) => ({ collection, id }));

  const english = new Map<string, { data: Record<string, unknown>; body: string }>();
  const parsed: { file: ContentFile; lang: Lang; collection: CollectionName; id: string; data: unknown; body: string }[] = [];
  for (const { file, lang, collection, id, ext } of located) {
    const source = sourceOf(file, ext);
    if (!source) {
      problems.push({ file: file.path, line: 1, message: 'no frontmatter: the file must start with a --- block' });
      continue;
    }
    const document = parseDocument(source.yaml);
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        const line = error.linePos?.[0]?.line;
        problems.push({ file: file.path, line: line && line + source.firstLine - 1, message: `invalid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}` });
      }
      continue;
    }
    parsed.push({ file, lang, collection, id, data: document.toJS() ?? {}, body: source.body });
  }

  for (const { file, collection, id, data, body } of parsed.filter((entry) => entry.lang === defaultLanguage)) {
    const result = schemas[collection](ref).safeParse(data);
    if (result.success) {
      items.push({ collection, id, data: result.data } as Item);
      // With two files of one id (reported above), the first is the one translations answer to.
      if (!english.has(`${collection}/${id}`)) english.set(`${collection}/${id}`, { data: data as Record<string, unknown>, body });
    } else problems.push(...issuesOf(file, result.error.issues));
    for (const lang of translatedLanguages) {
      if (!idsOf(lang, collection).has(id)) {
        problems.push({ file: file.path, message: `no ${languageNames[lang]} (${lang}) twin: expected a file content/${lang}/${collection}/${id}.${file.path.split('.').at(-1)}` });
      }
    }
  }

  for (const { file, lang, collection, id, data, body } of parsed.filter((entry) => entry.lang !== defaultLanguage)) {
    if (!idsOf(defaultLanguage, collection).has(id)) {
      problems.push({ file: file.path, message: `no English entry content/${defaultLanguage}/${collection}/${id}: every page exists in every language, and the facts come from the English file` });
      continue;
    }
    const result = translationSchema(collection).safeParse(data);
    if (!result.success) {
      problems.push(...issuesOf(file, result.error.issues, true));
      continue;
    }
    const twin = english.get(`${collection}/${id}`);
    if (!twin) continue; // the English file has its own problems, reported above
    const mismatches = compareFields(collection, twin.data, result.data);
    problems.push(...mismatches.map((m) => ({ file: file.path, field: m.field, message: m.message })));
    problems.push(...compareBodies(twin.body, body).map((message) => ({ file: file.path, field: '(text)', message })));
    if (mismatches.length === 0) translations.push({ lang, collection, id, data: result.data });
  }
  return { items, translations, problems };
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
