import type { Page } from '@playwright/test';
import { sentenceStart } from '../../src/lib/hyphenation.ts';

/**
 * How often a line of `main` ends inside a word, and where a word must never be split: the
 * browser test of hyphenation (tests/e2e/typography.spec.ts) and `npm run bench` both measure
 * with `splitWords`, at the sizes and on the pages listed here.
 */

/** The two sizes and the most lines (a share) that may end in a split word at each. */
export const lineBreakLimits = [
  { width: 1280, height: 800, fontSize: '100', share: 0.02 },
  { width: 320, height: 640, fontSize: '200', share: 0.2 },
] as const;

/**
 * Long pages of each kind: an exercise, a member state, a body, a document; home; and the forces
 * with the longest words in a heading («Центральноазиатского»). Each in every language.
 */
export const lineBreakPages = ['', 'operations/kanal/', 'members/kyrgyzstan/', 'bodies/collective-security-council/', 'documents/charter/', 'forces/collective-rapid-deployment-forces-of-the-central-asian-region/'] as const;

/**
 * Where no word is split: the headings h1 and h2, the breadcrumbs, the header (the site's name,
 * the menu), controls and their labels, dates. (Names and addresses are checked wherever they
 * are: see `splitWords`.)
 */
export const neverSplit = 'h1, h2, .breadcrumbs, body > header, button, summary, label, legend, time';

export interface SplitWords {
  /** The lines of text in `main`. */
  lines: number;
  /** The lines of `main` that end inside a word. */
  splits: number;
  /** Words split where nothing may be, each with where it is. */
  forbidden: string[];
}

/** A word of a heading (h1, h2) this long or shorter fits a line at every size (src/styles/typography.css). */
export const headingWord = 12;

/**
 * Runs in the page (`page.evaluate(splitWords, [neverSplit, sentenceStart.source, headingWord])`),
 * so it uses nothing from outside itself. A word is a run of letters and digits (soft hyphens
 * inside it): a line that breaks at a space, a dash, a hyphen or a slash ends between words; one
 * that breaks anywhere else, with a hyphen shown or not, ends in a split word. Lines are counted
 * in `main`. Forbidden, anywhere on the page: a split in `never`, in a name (a word with a capital
 * letter that does not start a sentence: src/lib/hyphenation.ts, `isName`) or in an address,
 * unless the word is wider than its whole line; and a split of a heading's word of up to
 * `headingLetters` letters, however wide.
 */
export function splitWords([never, sentenceStartSource, headingLetters]: [string, string, number]): SplitWords {
  const word = /[\p{L}\p{M}\p{N}\u00AD]+/gu;
  const sentenceStart = new RegExp(sentenceStartSource, 'u');
  const blockOf = (element: Element): Element => {
    let at: Element | null = element;
    while (at && ['inline', 'contents'].includes(getComputedStyle(at).display)) at = at.parentElement;
    return at ?? element;
  };
  /** The distinct lines a set of rectangles lies on: two overlap by half the lower one's height or more. */
  const lineCount = (rects: DOMRect[]): number => {
    const sorted = rects.filter((rect) => rect.width > 0 && rect.height > 0).sort((a, b) => a.top - b.top);
    let lines = 0;
    let bottom = -Infinity;
    for (const rect of sorted) {
      if (rect.top >= bottom - rect.height / 2) {
        lines += 1;
        bottom = rect.bottom;
      } else bottom = Math.max(bottom, rect.bottom);
    }
    return lines;
  };
  /** The width a line of `block` has for text. */
  const lineWidth = (block: Element): number => {
    const style = getComputedStyle(block);
    return block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  };
  const main = document.querySelector('main');
  const blocks = new Map<Element, DOMRect[]>();
  let splits = 0;
  const forbidden: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = node.textContent ?? '';
    if (!parent || parent.closest('svg, script, style, template') || !parent.checkVisibility({ visibilityProperty: true }) || !text.trim()) continue;
    const inMain = main?.contains(node) ?? false;
    const block = blockOf(parent);
    range.selectNodeContents(node);
    if (inMain) blocks.set(block, [...(blocks.get(block) ?? []), ...range.getClientRects()]);
    for (const found of text.matchAll(word)) {
      // Split when its first and last letters stand on different lines (a range's rectangles may
      // include an empty one at the start of the next line, so they alone do not tell).
      const top = (at: number) => {
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        return range.getBoundingClientRect();
      };
      const [first, last] = [top(found.index), top(found.index + found[0].length - 1)];
      if (last.top < first.bottom - first.height / 2) continue;
      range.setStart(node, found.index);
      range.setEnd(node, found.index + found[0].length);
      const rects = [...range.getClientRects()];
      const ends = Math.max(1, lineCount(rects) - 1);
      if (inMain) splits += ends;
      const before = text.slice(0, found.index);
      const letters = found[0].replaceAll('\u00AD', '');
      const place = parent.closest(never);
      const name = /\p{Lu}/u.test(letters) && !sentenceStart.test(before);
      // (An address's text is in pieces, split by its <wbr>s: read the pieces before this one too.)
      let pieces = before;
      for (let sibling = node.previousSibling; sibling && (sibling.nodeType === Node.TEXT_NODE || sibling.nodeName === 'WBR'); sibling = sibling.previousSibling) pieces = (sibling.textContent ?? '') + pieces;
      const address = /:\/\/|www\.|@/u.test(pieces.slice(pieces.search(/\S*$/u)));
      // Wider than a whole line: the word of an address (which breaks only at its punctuation),
      // else the word with what is attached to it ("(Commonwealth"), the unit a line cannot break.
      if (!address) {
        range.setStart(node, before.search(/\S*$/u));
        range.setEnd(node, found.index + found[0].length + (text.slice(found.index + found[0].length).match(/^\S*/u)?.[0].length ?? 0));
      }
      const wider = [...range.getClientRects()].reduce((sum, rect) => sum + rect.width, 0) > lineWidth(block);
      const heading = parent.closest('h1, h2') !== null && [...letters].length <= headingLetters;
      if (heading || ((place || name || address) && !wider)) {
        const where = place ? place.tagName.toLowerCase() : name ? 'a name' : 'an address';
        forbidden.push(`${letters} (${where}: “${text.slice(Math.max(0, found.index - 30), found.index + found[0].length + 30).replaceAll('\u00AD', '').trim()}”)`);
      }
    }
  }
  const lines = [...blocks.values()].reduce((sum, rects) => sum + lineCount(rects), 0);
  return { lines, splits, forbidden };
}

/** Opens `url` at one of `lineBreakLimits`' sizes (the site's own text size setting) and measures its split words. */
export async function measureSplitWords(page: Page, url: string, { width, height, fontSize }: (typeof lineBreakLimits)[number]): Promise<SplitWords> {
  await page.setViewportSize({ width, height });
  await page.goto(url);
  await page.locator('html').evaluate((html, size) => (size === '100' ? html.removeAttribute('data-font-size') : html.setAttribute('data-font-size', size)), fontSize);
  return page.evaluate(splitWords, [neverSplit, sentenceStart.source, headingWord] as [string, string, number]);
}
