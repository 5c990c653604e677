import { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import { schemas } from '../schemas/index.ts';
import { collectionNames, type CollectionName, type RefFactory } from '../schemas/shared.ts';
import type { Item } from './catalog.ts';

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

/** How a problem reads in a build log: `content/bodies/x.mdx: title: expected a string`. */
export function formatProblem(problem: ContentProblem): string {
  const where = [problem.file, problem.line && `line ${problem.line}`, problem.field].filter(Boolean).join(': ');
  return `${where}: ${problem.message}`;
}

const isCollection = (name: string): name is CollectionName => (collectionNames as readonly string[]).includes(name);

/** The id Astro's glob loader gives a file name: lower case, spaces as hyphens (`Joint Staff` → `joint-staff`). */
export const entryId = (name: string): string => name.toLowerCase().trim().replace(/\s+/g, '-');

/** Splits `content/<collection>/<id>.<ext>` into its parts; drafts (`_name`) and other files give undefined. */
function locate(path: string): { collection: CollectionName; id: string; ext: string } | undefined {
  const match = /(?:^|\/)content\/([^/]+)\/([^/_][^/]*)\.(mdx|yaml)$/.exec(path);
  if (!match || !isCollection(match[1]!)) return undefined;
  return { collection: match[1], id: entryId(match[2]!), ext: match[3]! };
}

/** The frontmatter of an MDX file (between the opening and closing `---`), with its first line. */
function frontmatter(text: string): { yaml: string; firstLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  return match ? { yaml: match[1]!, firstLine: 2 } : undefined;
}

/**
 * Checks content files as the build will read them, and says what is wrong in words that name
 * the file and the field: missing or mistyped fields, references to entries that do not exist,
 * two files with the same id, frontmatter that is not YAML.
 */
export function checkContent(files: readonly ContentFile[]): ContentProblem[] {
  return readContent(files).problems;
}

/** Reads and validates content files: the entries that are valid, and the problems of the rest. */
export function readContent(files: readonly ContentFile[]): { items: Item[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const items: Item[] = [];
  const located = files.flatMap((file) => {
    const where = locate(file.path);
    return where ? [{ file, ...where }] : [];
  });

  const ids = new Map<CollectionName, Map<string, string>>(collectionNames.map((name) => [name, new Map()]));
  for (const { file, collection, id } of located) {
    const seen = ids.get(collection)!;
    const first = seen.get(id);
    if (first) problems.push({ file: file.path, message: `duplicate id "${id}": ${first} has the same name` });
    else seen.set(id, file.path);
  }

  const ref: RefFactory = (collection) =>
    z
      .string()
      .refine((id) => ids.get(collection)!.has(id), {
        error: (issue) => `no ${collection} entry "${String(issue.input)}" (expected a file content/${collection}/${String(issue.input)}.mdx)`,
      })
      .transform((id) => ({ collection, id }));

  for (const { file, collection, id, ext } of located) {
    const source = ext === 'mdx' ? frontmatter(file.text) : { yaml: file.text, firstLine: 1 };
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
    const schema = schemas[collection](ref);
    const result = schema.safeParse(document.toJS() ?? {});
    if (result.success) items.push({ collection, id, data: result.data } as Item);
    else {
      for (const issue of result.error.issues) {
        problems.push({ file: file.path, field: issue.path.join('.') || '(frontmatter)', message: issue.message });
      }
    }
  }
  return { items, problems };
}
