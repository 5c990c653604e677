import { createHash } from 'node:crypto';
import { attr, elements, textOf } from '../../lib/html.ts';

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

/** What the browser runs of a `<script type>`: classic scripts, modules, import maps and speculation rules. */
const runs = (type: string | undefined): boolean =>
  type === undefined || /^\s*(?:|module|importmap|speculationrules|(?:text|application)\/(?:x-)?(?:java|ecma)script)\s*$/i.test(type);

/**
 * The text of each inline script (no src) of a page, as the browser hashes it for the CSP: the
 * element's text as the HTML parser reads it (whatever markup it holds up to </script>, references
 * as written, line ends as LF), those in a <template> included. Data blocks (`type="application/ld+json"`,
 * the structured data) are not scripts: the browser runs nothing in them, and the CSP has nothing to allow.
 */
export function inlineScripts(html: string): string[] {
  return elements(html)
    .filter((element) => element.tagName === 'script' && attr(element, 'src') === undefined && runs(attr(element, 'type')))
    .map(textOf);
}

/** The text of each inline stylesheet (<style>) of a page, as the browser hashes it for the CSP. */
export function inlineStyles(html: string): string[] {
  return elements(html)
    .filter((element) => element.tagName === 'style')
    .map(textOf);
}

/** The CSP source for an inline script or stylesheet: `'sha256-...'`. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
