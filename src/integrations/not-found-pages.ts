import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { languages } from '../lib/i18n/languages.ts';
import { localizedPath } from '../lib/i18n/urls.ts';

/**
 * Astro writes the 404 page of each language (src/pages/[...lang]/404.astro) as
 * `<lang>/404/index.html`. Moves each to `<lang>/404.html`, where hosts look for it (Cloudflare
 * Pages serves the nearest 404.html; deploy/nginx.conf and scripts/serve.mjs point there), and
 * fails the build if a language has none.
 */
export function notFoundPages(): AstroIntegration {
  return {
    name: 'csto:not-found-pages',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const site = fileURLToPath(dir);
        for (const lang of languages) {
          const page = `${site}${localizedPath(lang, '404.html')}`;
          const built = `${site}${localizedPath(lang, '404/index.html')}`;
          if (existsSync(built)) {
            await rename(built, page);
            await rm(built.replace(/index\.html$/, ''), { recursive: true });
          }
          if (!existsSync(page)) throw new Error(`No 404 page for ${lang}: expected ${page}, built by src/pages/[...lang]/404.astro`);
        }
      },
    },
  };
}
