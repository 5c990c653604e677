import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy: only our own origin, the inline head script and any inline
 * stylesheet by their hashes, and WebAssembly for Pagefind's search (`'wasm-unsafe-eval'`, which
 * allows no JavaScript eval).
 */
export function contentSecurityPolicy(scriptHashes: readonly string[], styleHashes: readonly string[] = []): string {
  const sources = (hashes: readonly string[]) => [...new Set(hashes)].sort().join(' ');
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${sources(scriptHashes)}`.trim(),
    `style-src 'self' ${sources(styleHashes)}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The text of each inline script (no src) of a page, as the browser hashes it for the CSP. Data
 * blocks (`type="application/ld+json"`, the structured data) are not scripts: the browser runs
 * nothing in them, and the CSP has nothing to allow.
 */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*\stype="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}

/** The text of each inline stylesheet (<style>) of a page, as the browser hashes it for the CSP. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
}

/** The CSP source for an inline script or stylesheet: `'sha256-...'`. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
