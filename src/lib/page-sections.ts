import { parseFragment } from 'parse5';
import { attr, textOf, type Node } from './html.ts';

/** A section of a page: the id and the words of its h2. */
export interface PageSection {
  id: string;
  title: string;
}

/**
 * The sections of a rendered page body, in order: each h2 that has an id, so a link can lead to
 * it, and is not `hidden` (as the search page's results are until a script shows them). Read
 * from the HTML the page renders, so the list cannot disagree with the page.
 */
export function pageSections(html: string): PageSection[] {
  const sections: PageSection[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node && attr(node, 'hidden') !== undefined) return;
    if ('tagName' in node && node.tagName === 'h2') {
      const id = attr(node, 'id');
      const title = textOf(node).replace(/\s+/g, ' ').trim();
      if (id && title) sections.push({ id, title });
      return;
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parseFragment(html));
  return sections;
}

/** Pages with at least this many sections open with a list of them. */
export const contentsListFrom = 3;
