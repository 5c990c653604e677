import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { headingWeights } from '../lib/search-weights.ts';
import { wordsOf } from '../lib/words/words.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** A run of text a page gives the search index, with the weight Pagefind gives it. */
export interface WeightedText {
  text: string;
  weight: number;
}

const attribute = (element: Element, name: string) => element.attrs.find((each) => each.name === name)?.value;

/**
 * The text of a page that Pagefind indexes: inside `data-pagefind-body`, outside
 * `data-pagefind-ignore`, scripts and templates; each run weighted as Pagefind weighs it (its
 * `data-pagefind-weight`, else its heading level, else 1). Empty for a page with no body.
 */
export function indexedText(html: string): WeightedText[] {
  const runs: WeightedText[] = [];
  const visit = (node: Node, inBody: boolean, weight: number) => {
    if (node.nodeName === '#text') {
      if (inBody) runs.push({ text: (node as DefaultTreeAdapterMap['textNode']).value, weight });
      return;
    }
    if (!('childNodes' in node)) return;
    let body = inBody;
    let own = weight;
    if ('attrs' in node) {
      if (['script', 'style', 'template', 'noscript'].includes(node.nodeName)) return;
      if (attribute(node, 'data-pagefind-ignore') !== undefined) return;
      if (attribute(node, 'data-pagefind-body') !== undefined) body = true;
      const explicit = Number(attribute(node, 'data-pagefind-weight'));
      own = Number.isFinite(explicit) && explicit > 0 ? explicit : ((headingWeights as Record<string, number>)[node.nodeName] ?? weight);
    }
    for (const child of node.childNodes) visit(child, body, own);
  };
  visit(parse(html), false, 1);
  return runs;
}

/**
 * A language's search vocabulary: every word of three letters or more of its indexed pages, the
 * weightiest first (a word's weight is the sum over its uses), alphabetical among equals.
 */
export function vocabularyOf(pages: readonly (readonly WeightedText[])[]): string[] {
  const weights = new Map<string, number>();
  for (const runs of pages) {
    for (const { text, weight } of runs) {
      for (const word of wordsOf(text)) if ([...word].length >= 3) weights.set(word, (weights.get(word) ?? 0) + weight);
    }
  }
  return [...weights].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([word]) => word);
}
