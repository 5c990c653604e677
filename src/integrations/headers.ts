import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTrailingSlash } from '../lib/i18n/urls.ts';
import { builtPages } from './shared/built-pages.ts';
import { contentSecurityPolicy, inlineScripts, inlineStyles, scriptHash } from './shared/csp.ts';
import { headersFile, siteHeaderRules } from './shared/headers.ts';

/**
 * Writes `dist/_headers` (read by Netlify and Cloudflare Pages): a strict CSP that allows the
 * inline scripts of the built pages by their sha256 hashes, the other security headers, and
 * caching rules. `npm run deploy:nginx` turns the same policy into deploy/nginx.conf.
 */
export function headersFileIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'csto:headers-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = builtPages(site);
        const hashes = new Set<string>();
        const styleHashes = new Set<string>();
        for (const page of pages) {
          const html = await readFile(join(site, page.file), 'utf8');
          for (const script of inlineScripts(html)) hashes.add(scriptHash(script));
          for (const style of inlineStyles(html)) styleHashes.add(scriptHash(style));
        }
        const paths = pages.map((page) => `${ensureTrailingSlash(base)}${page.path.slice(1)}`);
        await writeFile(join(site, '_headers'), headersFile(siteHeaderRules(base, contentSecurityPolicy([...hashes], [...styleHashes]), paths)));
        logger.info(`Wrote _headers: CSP with ${hashes.size} inline script hash(es) and ${styleHashes.size} inline style hash(es), ${paths.length} pages`);
      },
    },
  };
}
