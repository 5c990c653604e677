import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, policyOf } from '../../scripts/lib/headers-file.ts';
import { nginxConfig } from '../../scripts/lib/nginx.ts';
import { contentSecurityPolicy, inlineScripts, inlineStyles, scriptHash } from '../../src/integrations/shared/csp.ts';
import { headersFile, securityHeaderSet, siteHeaderRules } from '../../src/integrations/shared/headers.ts';

const csp = contentSecurityPolicy(["'sha256-abc='"]);
const rules = siteHeaderRules('/csto/', csp, ['/csto/', '/csto/bodies/']);

describe('the CSP', () => {
  it('allows our origin, WebAssembly and the listed inline scripts, and nothing inline otherwise', () => {
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
  });
  it('hashes what is inside each inline script, and no script with a src, nor structured data, which runs nothing', () => {
    const html = '<script>a()</script><script type="module" src="/x.js"></script><script is:inline>b()</script><script type="application/ld+json">{"@type":"WebSite"}</script>';
    expect(inlineScripts(html)).toEqual(['a()', 'b()']);
    expect(scriptHash('a()')).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
  });
  it('hashes the text the browser hashes: tags and references in it as written, every line end read as LF', () => {
    // A script is text up to </script>, whatever it holds; the parser reads CR LF and CR as LF
    // before anything else, and Chromium hashes that (checked by hand: a CSP with the CR LF
    // text's hash blocks the script, one with this hash runs it).
    const html = '<!doctype html><html><head><script>if (a < b) x("</p><b>&amp; &lt;")\r\ny()\rz()</script><style>p::after{content:"&amp;</p>"}\r\n</style></head><body><template><script>t()</script></template><p>&amp;</p></body></html>';
    expect(inlineScripts(html)).toEqual(['if (a < b) x("</p><b>&amp; &lt;")\ny()\nz()', 't()']);
    expect(inlineStyles(html)).toEqual(['p::after{content:"&amp;</p>"}\n']);
    // The SHA-256 of those texts, from openssl (printf '…' | openssl dgst -sha256 -binary | base64).
    expect(scriptHash(inlineScripts(html)[0]!)).toBe("'sha256-PhrgkokGKxMditR92dIQFC0Si2GCD6zRx/U2hGm+A08='");
    expect(scriptHash(inlineStyles(html)[0]!)).toBe("'sha256-IcR2prGB5N20QgEL3vg7cVpGa4DsfSuB51TpF5ZiANQ='");
  });
  it('allows styles from our origin only, and an inline stylesheet only by its hash', () => {
    expect(csp).toContain("style-src 'self';");
    const html = '<style>p{color:red}</style><link rel="stylesheet" href="/a.css"><style media="print">b{}</style>';
    expect(inlineStyles(html)).toEqual(['p{color:red}', 'b{}']);
    expect(contentSecurityPolicy([], [scriptHash('p{color:red}')])).toContain(`style-src 'self' ${scriptHash('p{color:red}')};`);
  });
});

describe('the CSP, whole', () => {
  it('is every directive in order, with each hash once, sorted', () => {
    expect(contentSecurityPolicy(["'sha256-b='", "'sha256-a='", "'sha256-b='"], ["'sha256-s='"])).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a=' 'sha256-b='; style-src 'self' 'sha256-s='; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(contentSecurityPolicy([])).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src/);
  });
  it('hashes every kind of script the browser runs, however its type is written', () => {
    const html = '<script type="module">m()</script><script type=" text/javascript ">c()</script><script type="application/x-javascript">x()</script><script type="importmap">{}</script><script type="text/plain">p()</script>';
    expect(inlineScripts(html)).toEqual(['m()', 'c()', 'x()', '{}']);
  });
});

describe('the security headers', () => {
  it('are the CSP and the five others, with their values', () => {
    expect(securityHeaderSet(csp)).toEqual({
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
      'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
  });
  it('are written as a _headers file: each path, its headers indented under it, the file ending in a line end', () => {
    expect(headersFile([{ path: '/a/*', headers: { 'X-One': '1', 'X-Two': '2' } }, { path: '/b/', headers: { 'Cache-Control': 'no-cache' } }])).toBe('/a/*\n  X-One: 1\n  X-Two: 2\n/b/\n  Cache-Control: no-cache\n');
  });
});

describe('the _headers file', () => {
  it('round-trips through the parser', () => {
    expect(parseHeadersFile(headersFile(rules))).toEqual(rules);
    expect(policyOf(rules)).toBe(csp);
  });
  it('gives every path the security headers, assets a year, pages and the index a revalidation', () => {
    expect(headersFor('/csto/bodies/', rules)).toMatchObject({ 'Content-Security-Policy': csp, 'Cache-Control': 'no-cache' });
    expect(headersFor('/csto/_astro/a.css', rules)['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor('/csto/pagefind/pagefind.js', rules)['Cache-Control']).toBe('no-cache');
    expect(headersFor('/other/', rules)).toEqual({});
  });
});

describe('nginxConfig', () => {
  const config = nginxConfig('/csto/', csp, { root: '/srv/site', listen: '127.0.0.1:8080' });
  it('serves the site from its root under its base, on the port given', () => {
    expect(config).toContain('root /srv/site;');
    expect(config).toContain('listen 127.0.0.1:8080;');
    expect(config).toContain('location /csto/ {');
  });
  it('sends the same CSP and caching as the _headers file, in every location', () => {
    const locations = config.split(/^\s+location /m).slice(1);
    expect(locations.length).toBeGreaterThanOrEqual(4);
    for (const location of locations) expect(location).toContain(`add_header Content-Security-Policy "${csp}" always;`);
    expect(config).toMatch(/location \/csto\/_astro\/ \{[^}]*immutable/);
  });
  it('sends each language its own 404 page', () => {
    expect(config).toContain('error_page 404 /csto/404.html;');
    expect(config).toContain('error_page 404 /csto/ru/404.html;');
  });
});
