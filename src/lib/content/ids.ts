import { slug } from 'github-slugger';
import { isLang, languages, type Lang } from '../i18n/languages.ts';
import { collections, isCollection, type CollectionName } from './registry.ts';

/**
 * Where content files are and what their ids are: one answer for Astro's loaders
 * (src/lib/content/loader.ts) and for the content checker, so that they cannot disagree on which
 * files are built or under which id.
 */

/**
 * The id of an entry from its file name: each segment slugged as GitHub slugs headings
 * (`Kanal (2)` → `kanal-2`, `Joint Staff` → `joint-staff`). Unlike Astro's default, a `slug:`
 * field in the frontmatter does not change it.
 */
export const entryId = (name: string): string => name.split('/').map((segment) => slug(segment)).join('/');

/** Drafts are files whose name starts with an underscore: they are neither built nor checked. */
const isDraft = (path: string): boolean => /(?:^|\/)_[^/]*$/.test(path);

/** The glob of a collection's built files in one language folder: `[^_]*.mdx`. */
export const filePattern = (collection: CollectionName): string => `[^_]*.${collections[collection].files}`;

/** A content file's place: its language, collection, id and file type. */
export interface FileLocation {
  lang: Lang;
  collection: CollectionName;
  id: string;
  ext: string;
}

/** Where a file under content/ belongs: an entry's place, a draft, or why it is not built, in words that say where it should go. */
export type Located = { ok: true; location: FileLocation } | { ok: false; message: string } | { ok: 'draft' };

/** Finds a file's place from its path `content/<lang>/<collection>/<name>.<ext>`. */
export function locate(path: string): Located {
  if (isDraft(path)) return { ok: 'draft' };
  const match = /(?:^|\/)content\/([^/]+)\/([^/]+)\/([^/]+)\.([a-z]+)$/.exec(path);
  const wrongPlace = `not built: a page goes in content/<language>/<collection>/<id>.mdx, a source or event in a .yaml file there (languages: ${languages.join(', ')}; collections: ${Object.keys(collections).join(', ')})`;
  if (!match || !isLang(match[1]) || !isCollection(match[2]!)) return { ok: false, message: wrongPlace };
  const [, lang, collection, name, ext] = match as unknown as [string, Lang, CollectionName, string, string];
  const expected = collections[collection].files;
  if (ext !== expected) {
    return { ok: false, message: `not built: ${collection} entries are .${expected} files (expected content/${lang}/${collection}/${name}.${expected})` };
  }
  return { ok: true, location: { lang, collection, id: entryId(name), ext } };
}

/** The path of an entry's file, for messages: `content/ru/bodies/secretariat.mdx`. */
export const entryFile = (lang: Lang, collection: CollectionName, id: string): string =>
  `content/${lang}/${collection}/${id}.${collections[collection].files}`;
