import { gzipSync } from 'node:zlib';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

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

/**
 * The HTML of a page's first screen: everything up to the end of its opening paragraph, the first
 * paragraph of <main> after the <h1> that is not left out of search (as the dating note and the printed
 * address are) nor a line of names ("Also known as", weighed as names). The stylesheet is inlined in the head and the header comes before, so this is what
 * the first round trip must carry. A page with no such paragraph (the search page, a 404 page) is
 * measured to the end of its heading.
 */
export function firstScreen(html: string): string {
  const elements: Element[] = [];
  const walk = (node: Node): void => {
    if ('tagName' in node) elements.push(node as Element);
    if ('childNodes' in node) node.childNodes.forEach(walk);
  };
  walk(parse(html, { sourceCodeLocationInfo: true }));
  const heading = elements.findIndex((element) => element.tagName === 'h1');
  if (heading < 0) return html;
  const ignored = (element: Element): boolean =>
    element.attrs.some((attr) => attr.name === 'data-pagefind-ignore') || ('tagName' in element.parentNode! && ignored(element.parentNode as Element));
  const holdsNames = (element: Element): boolean => element.childNodes.some((child) => 'tagName' in child && ((child as Element).attrs.some((attr) => attr.name === 'data-pagefind-weight') || holdsNames(child as Element)));
  const inMain = (element: Element): boolean => element.tagName === 'main' || ('tagName' in element.parentNode! && inMain(element.parentNode as Element));
  const opening = elements.slice(heading + 1).find((element) => element.tagName === 'p' && inMain(element) && textOf(element).trim() !== '' && !ignored(element) && !holdsNames(element));
  return html.slice(0, (opening ?? elements[heading]!).sourceCodeLocation!.endOffset);
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
const textOf = (node: Node): string => (node.nodeName === '#text' && 'value' in node ? node.value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '');
