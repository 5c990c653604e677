import { gzipSync } from 'node:zlib';

/**
 * The site files a page asks for as it loads: stylesheets, scripts, icons and images, as the
 * paths in its HTML. Links to other pages are not loads and are left out.
 */
export function subresources(html: string): string[] {
  const urls: string[] = [];
  for (const [tag] of html.matchAll(/<(?:link|script|img|source)\b[^>]*>/g)) {
    if (tag.startsWith('<link') && !/\brel="(?:stylesheet|icon|modulepreload|preload)"/.test(tag)) continue;
    const url = /\s(?:href|src)="([^"]+)"/.exec(tag)?.[1];
    if (url) urls.push(url);
  }
  return [...new Set(urls)];
}

/**
 * The stylesheets a page loads for print only (`media="print"`): the browser fetches them without
 * holding up the first paint, so they are not part of the page's first load.
 */
export function printStylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => /\brel="stylesheet"/.test(tag) && /\bmedia="print"/.test(tag))
    .map((tag) => /\shref="([^"]+)"/.exec(tag)![1]!);
}

/** Bytes after gzip at the highest level, as a server or CDN would send a text file. */
export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 9 }).length;
}
