import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, type BuiltPage } from '../../src/integrations/shared/built-pages.ts';
import { ensureTrailingSlash, splitLanguage } from '../../src/lib/i18n/urls.ts';
import { localSite } from '../../scripts/lib/local-site.ts';
import { parse } from 'parse5';
import { elements, type Document, type Element } from './html.ts';

export const dist = process.env.DIST_DIR ?? 'dist';
/** The base path the build in dist/ was made for (BASE_PATH at build time). */
export const base = ensureTrailingSlash(process.env.BASE_PATH ?? '/');
/** The site's address the build was made for, base path included (a `--local` build's is ../../scripts/lib/local-site.ts). */
export const site = new URL(base, process.env.SITE_URL ?? localSite).href;

/**
 * Every HTML page of the build in `dir`, 404 pages included, read from the folder so that a new
 * page is tested without anyone listing it. An empty or half-empty build fails here rather than
 * leave every per-page check, here and in the browser, with nothing to check.
 */
export function pagesOf(dir = dist): BuiltPage[] {
  const pages = builtPages(dir);
  if (pages.length < 20) throw new Error(`Only ${pages.length} pages in ${dir}/: build the site first (npm test does)`);
  return pages;
}

/** Every HTML file of the build, as paths under dist/, 404 pages included. */
export const htmlFiles = (): string[] => pagesOf().map((page) => page.file);

export const readDist = (file: string): string => readFileSync(join(dist, file), 'utf8');

const parsed = new Map<string, { document: Document; all: Element[] }>();
/** A page of the build, parsed once for all the checks of a test file. */
export function documentOf(file: string): Document {
  if (!parsed.has(file)) {
    const document = parse(readDist(file));
    parsed.set(file, { document, all: elements(document) });
  }
  return parsed.get(file)!.document;
}
/** Every element of a page of the build, in document order. */
export const elementsOf = (file: string): Element[] => (documentOf(file), parsed.get(file)!.all);

/** The file in dist/ that a site path is served from: `/csto/bodies/` is `bodies/index.html`. */
export function fileFor(path: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const inside = decodeURIComponent(path.slice(base.length));
  return inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
}

/**
 * The template a page is made with, from its path in any language: every entry of a section
 * (`bodies/*`) shares one; every other page (home, a section's index, the A to Z index, 404)
 * is its own.
 */
const templateOf = (path: string): string => {
  const inSite = splitLanguage(path).path;
  const [first, second] = inSite.split('/');
  return second ? `${first}/*` : inSite;
};

/**
 * One page of each template in each language, the first by path: the pages that the browser
 * paints in every colour scheme and that the sub-path copy is requested for.
 * tests/built/painted.test.ts checks that they hold every markup construct of the site.
 */
export function templatePages(pages: BuiltPage[]): BuiltPage[] {
  const seen = new Set<string>();
  return pages.filter(({ path }) => {
    const key = `${splitLanguage(path).lang} ${templateOf(path)}`;
    return !seen.has(key) && (seen.add(key), true);
  });
}
