import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../../src/integrations/shared/built-pages.ts';
import { ensureTrailingSlash } from '../../src/lib/i18n/urls.ts';

export const dist = process.env.DIST_DIR ?? 'dist';
/** The base path the build in dist/ was made for (BASE_PATH at build time). */
export const base = ensureTrailingSlash(process.env.BASE_PATH ?? '/');

/**
 * Every HTML file of the build, as paths under dist/, 404 pages included. An empty or half-empty
 * dist/ fails here rather than make every per-page check vanish.
 */
export function htmlFiles(): string[] {
  const files = builtPages(dist).map((page) => page.file);
  if (files.length < 20) throw new Error(`Only ${files.length} pages in ${dist}/: build the site first (npm test does)`);
  return files;
}

export const readDist = (file: string): string => readFileSync(join(dist, file), 'utf8');

/** The file in dist/ that a site path is served from: `/csto/bodies/` is `bodies/index.html`. */
export function fileFor(path: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const inside = decodeURIComponent(path.slice(base.length));
  return inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
}
