import { parseFragment } from 'parse5';
import type { Element } from './html.ts';

/** A rendered text cut after its opening: its first block (a paragraph, or a statement with its sources), and the rest. */
export interface Opening {
  opening: string;
  rest: string;
}

/**
 * Cuts the HTML of an entry's text after its first element, so that what a reader looks for first
 * (the key facts) can follow the opening paragraph rather than the whole text. Cut where the parser
 * says the element ends, so the two parts are the text's own markup, byte for byte. A text that
 * opens with no element (bare words) is all opening.
 */
export function splitOpening(html: string): Opening {
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true });
  const first = fragment.childNodes.find((node): node is Element => 'tagName' in node);
  const end = first?.sourceCodeLocation?.endOffset;
  if (end === undefined) return { opening: html, rest: '' };
  return { opening: html.slice(0, end), rest: html.slice(end) };
}
