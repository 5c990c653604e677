/**
 * What read-aloud reads, in order: the sentences of a page's main text, each with its language
 * and where it is in the page (for the highlight). Pure DOM reading, no speech, so a unit test
 * runs it on a fixture.
 *
 * Read: headings, paragraphs, lists, key facts (dt, dd), tables, quotations and captions, in the
 * page's order, each in the language of its nearest `lang`. Not read: what the reader does not
 * see (hidden, aria-hidden, visually hidden text, a closed <details> except its summary),
 * navigation (On this page), pictures drawn as SVG (their text alternative follows them),
 * scripts, and the control itself, and whatever is marked `data-listen="skip"` (the citation).
 */

/** Where one end of a sentence is: a text node and an offset into it, as a DOM Range takes. */
export interface Point {
  node: Text;
  offset: number;
}

/** One sentence to speak: its words (soft hyphens out, spaces collapsed), its language and its place. */
export interface Sentence {
  text: string;
  lang: string;
  start: Point;
  end: Point;
}

/** Elements whose text is one run of reading (a new run starts at each). */
const blocks = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, caption, figcaption, blockquote, summary, pre, div, section, article, main';
/** Subtrees never read. */
const skipped = 'nav, script, style, template, svg, noscript, [hidden], [aria-hidden="true"], .sr-only, .print-only, read-aloud, [data-listen="skip"]';

/** The language of a node: its nearest `lang`, else the page's. */
function languageOf(element: Element, pageLang: string): string {
  return element.closest('[lang]')?.getAttribute('lang') || pageLang;
}

/** Whether an element's text is out of sight, by markup (and by layout where the browser can say). */
function unread(element: Element, root: Element): boolean {
  if (element.closest(skipped)) return true;
  // The content of a closed <details> is out of sight; its summary is not.
  const details = element.closest('details:not([open])');
  if (details && root.contains(details) && !element.closest('summary')) return true;
  return typeof element.checkVisibility === 'function' && !element.checkVisibility({ visibilityProperty: true });
}

/** A run of text with one block and one language: the text nodes it is made of, in order. */
interface Run {
  block: Element;
  lang: string;
  nodes: Text[];
}

/** The page's text as runs: a new run at each block and at each change of language. */
function runsOf(root: Element, pageLang: string): Run[] {
  const runs: Run[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    // A space between two elements counts: it is what ends one sentence before the next.
    if (!parent || unread(parent, root)) continue;
    const block = parent.closest(blocks) ?? root;
    const lang = languageOf(parent, pageLang);
    const last = runs.at(-1);
    if (last && last.block === block && last.lang === lang) last.nodes.push(node);
    else runs.push({ block, lang, nodes: [node] });
  }
  return runs;
}

/** The spans of a text's sentences in a language, by the browser's own sentence rules (Intl.Segmenter). */
export function sentenceSpans(text: string, lang: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const { segment, index } of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)) {
    const start = index + (segment.length - segment.trimStart().length);
    const end = index + segment.trimEnd().length;
    if (/[\p{L}\p{N}]/u.test(segment)) spans.push({ start, end });
  }
  return spans;
}

/** Words as a voice should get them: no soft hyphens, one space between words. */
export const spoken = (text: string): string => text.replace(/\u00AD/g, '').replace(/\s+/g, ' ').trim();

/** The sentences of the page's main text, in order. */
export function readingSentences(root: Element, pageLang: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const run of runsOf(root, pageLang)) {
    const text = run.nodes.map((node) => node.data).join('');
    // Where each node starts in the run's text, to turn an offset back into a node and an offset.
    const starts = run.nodes.map((_, i) => run.nodes.slice(0, i).reduce((sum, node) => sum + node.data.length, 0));
    const point = (offset: number, isEnd: boolean): Point => {
      let i = starts.length - 1;
      while (i > 0 && (isEnd ? starts[i]! >= offset : starts[i]! > offset)) i--;
      return { node: run.nodes[i]!, offset: offset - starts[i]! };
    };
    for (const { start, end } of sentenceSpans(text, run.lang)) {
      sentences.push({ text: spoken(text.slice(start, end)), lang: run.lang, start: point(start, false), end: point(end, true) });
    }
  }
  return sentences;
}
