/**
 * Joins the site's base path and a path inside the site, giving a root-relative URL with a
 * trailing slash for pages: `joinPath('/csto/', 'bodies/secretariat')` is `/csto/bodies/secretariat/`.
 * Paths with a file extension (`favicon.svg`) and fragments keep their form.
 */
export function joinPath(base: string, path = ''): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const [pathPart = '', fragment] = path.replace(/^\/+/, '').split('#', 2);
  const isFile = /\.[a-z0-9]+$/i.test(pathPart);
  const page = pathPart === '' || isFile || pathPart.endsWith('/') ? pathPart : `${pathPart}/`;
  return `${root}${page}${fragment === undefined ? '' : `#${fragment}`}`;
}

/** The path of a page inside the site, without the base: `stripBase('/csto/bodies/', '/csto/')` is `/bodies/`. */
export function stripBase(pathname: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(root) ? `/${pathname.slice(root.length)}` : pathname;
}
