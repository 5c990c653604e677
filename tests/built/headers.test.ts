import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.ts';
import { nginxConfig } from '../../scripts/lib/nginx.ts';
import { inlineScripts, scriptHash } from '../../src/integrations/shared/csp.ts';
import { base, dist, htmlFiles, readDist } from './built-site.ts';

const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
const csp = headersFor(`${base}`, rules)['Content-Security-Policy']!;

describe('dist/_headers', () => {
  // The expected hashes are computed here with node:crypto, not with the build's own helper, so a
  // wrong extraction or hash in the build would not agree with itself.
  const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  // Structured data (application/ld+json) is a data block the browser runs nothing of: no hash.
  const scripts = (html: string) =>
    [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attributes]) => !/\ssrc=/.test(attributes!) && !/\stype="application\/ld\+json"/.test(attributes!)).map((m) => m[2]!);

  it('allows every inline script of every page by its hash, and nothing inline besides', () => {
    const hashes = new Set(htmlFiles().flatMap((file) => scripts(readDist(file)).map(sha256)));
    expect(new Set(htmlFiles().flatMap((file) => inlineScripts(readDist(file)).map(scriptHash)))).toEqual(hashes);
    expect(hashes.size).toBeGreaterThan(0);
    for (const hash of hashes) expect(csp).toContain(hash);
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).not.toMatch(/'unsafe-eval'/);
    expect(csp).toMatch(/(^|; )default-src 'self'(;|$)/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/base-uri 'self'/);
    expect(csp).toMatch(/form-action 'self'/);
  });

  it('allows every inline stylesheet of every page by its hash, and no style attribute', () => {
    const styles = (html: string) => [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    const hashes = [...new Set(htmlFiles().flatMap((file) => styles(readDist(file)).map(sha256)))].sort();
    expect(hashes.length).toBeGreaterThan(0);
    expect(csp).toMatch(new RegExp(`(^|; )style-src 'self' ${hashes.join(' ').replace(/[+/]/g, '\\$&')}(;|$)`));
    for (const file of htmlFiles()) expect(readDist(file), file).not.toMatch(/<[^>]+\sstyle=/);
  });

  it('caches hashed assets for a year and makes pages revalidate', () => {
    const asset = htmlFiles().map(readDist).join('').match(/\/_astro\/[^"]+\.css/)![0];
    expect(headersFor(asset, rules)['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(`${base}bodies/`, rules)['Cache-Control']).toBe('no-cache');
    expect(headersFor(`${base}pagefind/pagefind.js`, rules)['Cache-Control']).toBe('no-cache');
    for (const name of ['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Strict-Transport-Security', 'Cross-Origin-Opener-Policy']) {
      expect(headersFor(`${base}bodies/`, rules)[name], name).toBeTruthy();
    }
  });

  it('is what deploy/nginx.conf sends, the whole file as the build generates it (run `npm run deploy:nginx` after changing an inline script or a style)', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(nginxConfig(base, csp));
  });
});
