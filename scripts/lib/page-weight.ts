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

/** Bytes after gzip at the highest level, as a server or CDN would send a text file. */
export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 9 }).length;
}
