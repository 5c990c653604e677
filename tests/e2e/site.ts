import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { splitLanguage } from '../../src/lib/i18n.ts';
import { strings, type Strings } from '../../src/lib/strings.ts';

/** The folder the build wrote, which the tests browse through `astro preview`. */
export const distDir = 'dist';

/**
 * The path of every HTML page in the build, as a visitor would request it: `/`, `/bodies/`, ...
 * Read from dist/ so that a new page is tested without anyone listing it.
 */
export function builtPages(dir = distDir): string[] {
  const pages: string[] = [];
  const root = dir;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name === 'index.html') {
        const folder = relative(root, dir).split(sep).join('/');
        pages.push(folder === '' ? '/' : `/${folder}/`);
      }
    }
  };
  walk(root);
  if (pages.length === 0) throw new Error(`No pages in ${root}/: build the site first (npm test does)`);
  return pages.sort();
}


/** The interface strings of the language a page path is in: `/ru/…` is Russian, the rest English. */
export const stringsFor = (path: string): Strings => strings(splitLanguage(path).lang);
