import { gzipSync } from 'node:zlib';
import { attr, elements, textOf, type Element } from '../../src/lib/html.ts';

// The budgets that tests/built/page-weight.test.ts holds every page to and `npm run bench` prints.
/**
 * The first round trip of a new connection (10 TCP segments): every page's first screen (its
 * styles, header, heading and opening paragraph) comes in it, and a short page whole.
 */
export const firstLoadBudget = 14.6 * 1024;
/**
 * Everything a page loads. A short page's HTML and CSS come in the first round trip, with room
 * for its script, print styles and pictures; a long reference page (a council's sessions, the
 * bibliography) comes within three round trips of TCP slow start (10, 20 and 40 segments of
 * 1,460 bytes: about 100 KB), the first of which holds its first screen.
 */
export const totalBudget = (long: boolean) => (long ? 100 : 30) * 1024;
// The head script and the page script together. 3 KB until issue 26 added the Listen button (the
// reader itself loads on the first press), soft hyphens taken out for printing and the citation's
// styles with the reader's own access date: 3.5 KB with them; 4 KB leaves a little room and is
// still about a quarter of the first round trip.
export const scriptBudget = 4 * 1024;

/** The kinds of `<link rel>` a browser fetches as the page loads. */
const loaded = new Set(['stylesheet', 'icon', 'modulepreload', 'preload']);
const rels = (element: Element) => (attr(element, 'rel') ?? '').toLowerCase().split(/\s+/);

/**
 * The site files a page asks for as it loads: stylesheets, scripts, icons and images, as the
 * paths in its HTML. Links to other pages are not loads and are left out, and so is what a
 * `<template>` holds, which loads nothing until a script copies it.
 */
export function subresources(html: string): string[] {
  const urls: string[] = [];
  for (const element of elements(html, { templates: false })) {
    if (element.tagName === 'link' && rels(element).some((rel) => loaded.has(rel))) urls.push(attr(element, 'href') ?? '');
    if (['script', 'img', 'source'].includes(element.tagName)) urls.push(attr(element, 'src') ?? '');
  }
  return [...new Set(urls.filter(Boolean))];
}

/**
 * The stylesheets a page loads for print only (`media="print"`): the browser fetches them without
 * holding up the first paint, so they are not part of the page's first load.
 */
export function printStylesheets(html: string): string[] {
  return elements(html, { templates: false })
    .filter((element) => element.tagName === 'link' && rels(element).includes('stylesheet') && attr(element, 'media') === 'print')
    .map((element) => attr(element, 'href')!);
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
  const all = elements(html, { locations: true, templates: false });
  const heading = all.findIndex((element) => element.tagName === 'h1');
  if (heading < 0) return html;
  const ignored = (element: Element): boolean => attr(element, 'data-pagefind-ignore') !== undefined || ('tagName' in element.parentNode! && ignored(element.parentNode as Element));
  const holdsNames = (element: Element): boolean => element.childNodes.some((child) => 'tagName' in child && (attr(child, 'data-pagefind-weight') !== undefined || holdsNames(child)));
  const inMain = (element: Element): boolean => element.tagName === 'main' || ('tagName' in element.parentNode! && inMain(element.parentNode as Element));
  const opening = all.slice(heading + 1).find((element) => element.tagName === 'p' && inMain(element) && textOf(element).trim() !== '' && !ignored(element) && !holdsNames(element));
  return html.slice(0, (opening ?? all[heading]!).sourceCodeLocation!.endOffset);
}
