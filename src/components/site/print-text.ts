import { softHyphen, withoutSoftHyphens } from '../../lib/soft-hyphens.ts';

/**
 * A printed page, and a PDF saved from it, without the soft hyphens the build put into words
 * (src/lib/hyphenation.ts): Chromium writes them into a PDF's text even where the stylesheet
 * shows none, and "Col·lec·tive" is then neither found nor copied whole. They come out before
 * printing and go back after it, so a narrow screen breaks words with a hyphen again.
 */
const taken = new Map<Text, string>();

addEventListener('beforeprint', () => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.data.includes(softHyphen)) continue;
    taken.set(node, node.data);
    node.data = withoutSoftHyphens(node.data);
  }
});

addEventListener('afterprint', () => {
  for (const [node, data] of taken) node.data = data;
  taken.clear();
});
