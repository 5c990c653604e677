import { parse } from 'parse5';
import { attr, type Element, type Node } from '../../src/lib/html.ts';

// Reading the built pages with a real HTML parser, for the checks over dist/: src/lib/html.ts,
// and what only the checks need.

export { attr, elements, textOf as text, type Document, type Element, type Node } from '../../src/lib/html.ts';

/** Text as a reader sees it: soft hyphens out, white space folded. */
export const plain = (value: string): string => value.replaceAll('\u00ad', '').replace(/[\s\u202f]+/gu, ' ').trim();

/**
 * Words to compare with what a content file says: the page spells an abbreviation out in brackets
 * where it first uses it (src/lib/spell-out.ts), so brackets are left out on both sides.
 */
export const unbracketed = (value: string): string => plain(value.replace(/\s*\([^()]*\)/gu, ''));

/** The elements inside `element`, in document order. */
export function descendants(element: Element): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node && node !== element) found.push(node);
    if ('childNodes' in node) node.childNodes.forEach(walk);
  };
  walk(element);
  return found;
}

/** Whether an element is inside one matching `test` (itself included). */
export function within(element: Element, test: (ancestor: Element) => boolean): boolean {
  for (let node: Node | null = element; node && 'tagName' in node; node = (node as Element).parentNode as Node | null) if (test(node as Element)) return true;
  return false;
}

/** Elements that flow within a line: their words join their neighbours' without a space. */
const inline = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);

/**
 * The words of a node as a reader reads them: blocks apart, inline elements run in with their
 * neighbours, soft hyphens out, white space folded; without scripts, styles and templates, and
 * without the elements `skip` picks and all they hold.
 */
export function wordsIn(node: Node, skip: (element: Element) => boolean = () => false): string {
  const words: string[] = [];
  const walk = (each: Node) => {
    if (each.nodeName === '#text' && 'value' in each) return void words.push(each.value);
    const element = 'tagName' in each ? (each as Element) : undefined;
    if (element && (['script', 'style', 'template'].includes(element.tagName) || skip(element))) return;
    const apart = element !== undefined && !inline.has(element.tagName);
    if (apart) words.push(' ');
    if ('childNodes' in each) each.childNodes.forEach(walk);
    if (apart) words.push(' ');
  };
  walk(node);
  return plain(words.join(''));
}

/**
 * The words a reader reads on a page: soft hyphens out, white space folded, blocks apart and
 * inline elements run in with their neighbours ("ШЫҰ-ның" whether or not a link ends at "ШЫҰ"),
 * without the corrections (which quote the wordings they replaced) and, if `lang` is given, only
 * the text in that language (a Russian source's words quoted on a Kazakh page are not Kazakh);
 * `skip` leaves out more (the notes on a version's wording, which name the wording it does not use).
 */
export function readText(html: string, lang?: string, skip: (element: Element) => boolean = () => false): string {
  const words: string[] = [];
  const walk = (node: Node, inLang: string | undefined) => {
    if (node.nodeName === '#text' && 'value' in node) {
      if (lang === undefined || inLang?.split('-')[0] === lang) words.push(node.value);
      return;
    }
    if (!('childNodes' in node)) return;
    const element = 'tagName' in node ? (node as Element) : undefined;
    if (element && (['script', 'style', 'template'].includes(element.tagName) || attr(element, 'id')?.startsWith('correction-') || skip(element))) return;
    const own = element ? attr(element, 'lang') : undefined;
    const apart = element !== undefined && !inline.has(element.tagName);
    if (apart) words.push(' ');
    for (const child of node.childNodes) walk(child, own ?? inLang);
    if (apart) words.push(' ');
  };
  walk(parse(html), undefined);
  return plain(words.join(''));
}
