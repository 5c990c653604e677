import type { AstroIntegration } from 'astro';
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { translatedLanguages } from '../lib/i18n.ts';

/**
 * Astro writes `src/pages/404.astro` as `404.html` but `src/pages/ru/404.astro` as
 * `ru/404/index.html`. Moves each language's 404 page to `<lang>/404.html`, where hosts look for it
 * (Cloudflare Pages serves the nearest 404.html; deploy/nginx.conf and scripts/serve.mjs point there).
 */
export function notFoundPages(): AstroIntegration {
  return {
    name: 'csto:not-found-pages',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const site = fileURLToPath(dir);
        for (const lang of translatedLanguages) {
          await rename(`${site}${lang}/404/index.html`, `${site}${lang}/404.html`);
          await rm(`${site}${lang}/404`, { recursive: true });
        }
      },
    },
  };
}
