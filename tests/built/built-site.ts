import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const dist = process.env.DIST_DIR ?? 'dist';
/** The base path the build in dist/ was made for (BASE_PATH at build time). */
export const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

/** Every HTML file of the build, as paths under dist/. */
export const htmlFiles = (): string[] =>
  (readdirSync(dist, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).sort();

export const readDist = (file: string): string => readFileSync(join(dist, file), 'utf8');

/** The file in dist/ that a site path is served from: `/csto/bodies/` is `bodies/index.html`. */
export function fileFor(path: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const inside = decodeURIComponent(path.slice(base.length));
  return inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
}
