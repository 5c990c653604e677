import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlineScripts, scriptHash } from '../lib/page-weight.ts';
import { contentSecurityPolicy, headersFile, siteHeaderRules } from '../lib/security-headers.ts';

/**
 * Writes `dist/_headers` (read by Netlify and Cloudflare Pages): a strict CSP that allows the
 * inline scripts of the built pages by their sha256 hashes, the other security headers, and
 * caching rules. `npm run deploy:nginx` turns the same policy into deploy/nginx.conf.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'csto:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const files = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html'));
        const hashes = new Set<string>();
        const pages: string[] = [];
        for (const file of files) {
          for (const script of inlineScripts(await readFile(join(site, file), 'utf8'))) hashes.add(scriptHash(script));
          const path = relative(site, join(site, file)).split(sep).join('/');
          if (path.endsWith('index.html')) pages.push(`${base.replace(/\/?$/, '/')}${path.replace(/index\.html$/, '')}`);
        }
        const csp = contentSecurityPolicy([...hashes]);
        await writeFile(join(site, '_headers'), headersFile(siteHeaderRules(base, csp, pages.sort())));
        logger.info(`Wrote _headers: CSP with ${hashes.size} inline script hash(es), ${pages.length} pages`);
      },
    },
  };
}
