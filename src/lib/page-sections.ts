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

/**
 * Where a page's body asks for its list of sections, if not at its top: an entry's page puts it
 * after its opening paragraph and key facts, as Wikipedia does after its lead, so that on a phone
 * at large text the facts a reader came for are not pushed screens down by a list of links.
 */
export const contentsMark = '<!--on-this-page-->';

/**
 * A rendered body cut where its contents list goes: `above` it (empty if the body does not place
 * the list), `below` it, the mark itself dropped. The list names the sections below it.
 */
export function splitAtContents(html: string): { above: string; below: string } {
  const at = html.indexOf(contentsMark);
  return at < 0 ? { above: '', below: html } : { above: html.slice(0, at), below: html.slice(at + contentsMark.length) };
}
