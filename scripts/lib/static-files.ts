import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { notFoundFile } from '../../src/lib/i18n/urls.ts';

/**
 * The file a static host serves for a request path, as scripts/serve.mjs and a host like nginx
 * do: `/csto/bodies/` is `<dir>/bodies/index.html`; a path outside `base`, one that does not
 * exist, or one that leads out of `dir` (`/..%2Fsecret`) gets the 404 page of its language.
 */
export function staticFile(dir: string, base: string, requestPath: string): { file: string; status: 200 | 404; path: string } {
  const root = resolve(dir);
  let pathname: string;
  try {
    pathname = decodeURIComponent(requestPath);
  } catch {
    pathname = requestPath;
  }
  const inside = pathname.startsWith(base) ? pathname.slice(base.length) : undefined;
  if (inside !== undefined) {
    let file = resolve(join(root, inside));
    const way = relative(root, file);
    const contained = way === '' || (!way.startsWith('..') && !isAbsolute(way));
    if (contained && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (contained && existsSync(file) && statSync(file).isFile()) return { file, status: 200, path: pathname };
  }
  const notFound = notFoundFile(inside === undefined ? pathname : `/${inside}`);
  return { file: join(root, notFound), status: 404, path: `${base}${notFound}` };
}
