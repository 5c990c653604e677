import { parse, type DefaultTreeAdapterMap } from 'parse5';

// Reading HTML with a real parser (parse5), as a browser reads it: at build time and in the
// checks over dist/.

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];
export type Document = DefaultTreeAdapterMap['document'];

export interface ReadOptions {
  /** Keep where each node is in the source (`sourceCodeLocation`), to cut the HTML at an element. */
  locations?: boolean;
  /** Include what each `<template>` holds, which is inert until a script copies it (default: included). */
  templates?: boolean;
}

/** Every element of a page (its markup, or the page already parsed), in document order. */
export function elements(html: string | Document, { locations = false, templates = true }: ReadOptions = {}): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) found.push(node);
    if ('childNodes' in node) node.childNodes.forEach(walk);
    if (templates && 'content' in node && node.content) node.content.childNodes.forEach(walk);
  };
  walk(typeof html === 'string' ? parse(html, { sourceCodeLocationInfo: locations }) : html);
  return found;
}

/** An attribute's value, character references decoded; undefined when the element has none. */
export const attr = (element: Element, name: string): string | undefined => element.attrs.find((each) => each.name === name)?.value;

/** The text of a node and all it holds, as the parser gives it (references decoded, soft hyphens kept). */
export const textOf = (node: Node): string => (node.nodeName === '#text' && 'value' in node ? node.value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '');
