// What a page says to a reader, and the interface strings that would be out of place on it.
import { languageTable, languages, type Lang } from '../../src/lib/i18n/languages.ts';
import { attr, type Document, type Element, type Node } from './html.ts';

/**
 * Every piece of text a reader or a screen reader meets on the page, minus passages marked as in
 * another language: the text of its body (not of scripts, styles or templates), its title and
 * description, the names and hints that attributes give, and the strings its scripts will show
 * (`data-strings`, `data-reset-message`); without the build's soft hyphens, so that words compare whole.
 */
export function pageText(document: Document): string[] {
  const texts: string[] = [];
  const flatten = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as object).flatMap(flatten));
  const walk = (node: Node, lang: string | undefined, inBody: boolean) => {
    const element = 'tagName' in node ? (node as Element) : undefined;
    if (element && ['script', 'style', 'template'].includes(element.tagName)) return;
    const own = (element && attr(element, 'lang')) ?? lang;
    const page = own === pageLang;
    if (element && page) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) texts.push(attr(element, name) ?? '');
      if (element.tagName === 'title') texts.push(element.childNodes.map((child) => ('value' in child ? child.value : '')).join(''));
      if (element.tagName === 'meta' && attr(element, 'name') === 'description') texts.push(attr(element, 'content') ?? '');
    }
    if (element) for (const name of ['data-strings', 'data-reset-message']) {
      const value = attr(element, name);
      if (value !== undefined) texts.push(...(name === 'data-strings' ? flatten(JSON.parse(value)) : [value]));
    }
    if (!('childNodes' in node)) return;
    // Text broken only by <wbr> (the break points of an address: src/lib/hyphenation.ts) is one text.
    const childrenInBody = inBody || element?.tagName === 'body';
    let run = '';
    const flush = () => {
      if (childrenInBody && page) texts.push(run);
      run = '';
    };
    for (const child of node.childNodes) {
      if (child.nodeName === '#text' && 'value' in child) run += child.value;
      else if (child.nodeName !== 'wbr') {
        flush();
        walk(child, own, childrenInBody);
      }
    }
    flush();
  };
  const root = (document.childNodes.find((node) => 'tagName' in node && node.tagName === 'html') as Element | undefined)!;
  const pageLang = attr(root, 'lang');
  walk(root, pageLang, false);
  return texts.map((text) => text.replaceAll('\u00AD', '').trim()).filter((text) => text !== '');
}

// The interface strings of the other languages that a page must not show: every one with a word in
// it that the page's own strings do not share (digits such as "2" are the same in all).
const textsOf = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as object).flatMap(textsOf));
export const foreignStrings = (lang: Lang): string[] => {
  const own = new Set(Object.values(languageTable[lang].strings).flatMap(textsOf));
  return languages
    .filter((other) => other !== lang)
    .flatMap((other) => Object.values(languageTable[other].strings).flatMap(textsOf))
    .filter((text) => /\p{L}{2,}/u.test(text) && !own.has(text))
    .map((text) => text.replace(/\{\w+\}/g, '').trim())
    .filter((text) => text.length >= 2);
};

/**
 * A run of Latin words in text that should be in another script: three or more words in a row,
 * which is a phrase left untranslated, unlike a Latin proper name ("France 24", "OC Media") or a
 * web address (komitet.info, http://localhost/ru/), which Russian text keeps as they are. "JavaScript" is a name too.
 */
export function untranslatedLatin(text: string): string | undefined {
  const bare = text.replace(/\S*:\/\/\S*|\S+\.[a-z]{2,}\S*/gi, ' ').replace('JavaScript', ' ');
  return /[A-Za-z]{2,}(?:[\s,'’-]+[A-Za-z]{2,}){2,}/.exec(bare)?.[0];
}
