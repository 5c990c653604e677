import { ensureTrailingSlash } from '../../lib/i18n/urls.ts';

/** Headers for one path pattern: `/_astro/*` or an exact path. */
export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

/** The headers every response carries. */
export function securityHeaderSet(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Cache-Control of hashed build assets (`_astro/`), and of everything whose name stays the same. */
export const cacheControl = { immutable: 'public, max-age=31536000, immutable', revalidate: 'no-cache' } as const;

/**
 * The rules of the site: security headers everywhere; hashed build assets cached for a year;
 * pages and the search index (whose entry file keeps its name) revalidated on every visit.
 * Pages get a rule each, since hosts that merge overlapping rules would otherwise mix the two
 * Cache-Control values.
 */
export function siteHeaderRules(base: string, csp: string, pages: readonly string[]): HeaderRule[] {
  const root = ensureTrailingSlash(base);
  return [
    { path: `${root}*`, headers: securityHeaderSet(csp) },
    { path: `${root}_astro/*`, headers: { 'Cache-Control': cacheControl.immutable } },
    { path: `${root}pagefind/*`, headers: { 'Cache-Control': cacheControl.revalidate } },
    ...pages.map((page) => ({ path: page, headers: { 'Cache-Control': cacheControl.revalidate } })),
  ];
}

/** The rules as a `_headers` file, the format Netlify and Cloudflare Pages read. */
export function headersFile(rules: readonly HeaderRule[]): string {
  return rules.map((rule) => [rule.path, ...Object.entries(rule.headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n')).join('\n') + '\n';
}
