import { readdirSync } from 'node:fs';

/** An HTML page of a build: its file under the build folder and the path a visitor asks for, base path left out. */
export interface BuiltPage {
  /** `bodies/secretariat/index.html`, `ru/404.html`. */
  file: string;
  /** `/bodies/secretariat/`, `/ru/404.html`. */
  path: string;
}

/**
 * Every HTML page a build wrote, sorted by path, read from the folder so that a new page is
 * checked without anyone listing it. The build steps, the bench and the tests all read it here.
 */
export function builtPages(dir: string): BuiltPage[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.html') && !/^(?:pagefind|_astro)\//.test(file))
    .map((file) => ({ file, path: `/${file.replace(/(?:^|(?<=\/))index\.html$/, '')}` }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
