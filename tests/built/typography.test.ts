import { describe, expect, it } from 'vitest';
import { catalogIn } from '../content/catalog.ts';
import { languages } from '../../src/lib/i18n/languages.ts';
import { documentOf, htmlFiles, readDist } from './built-site.ts';
import { plain, readText, wordsIn, type Element } from './html.ts';

// Quotes and apostrophes in what the site writes, in every built page: typographic, in each
// language's convention (English ’ “ ”; Russian and Kazakh « » and, inside them, „ “). What the
// sources wrote stays as they print it (/work/shared/CONTENT.md: their words "as written"): their
// quoted words (the blockquotes of "What the source says") and their titles.

/** Every source's own title, longest first (so that a title inside another goes with it). */
const titles = [...new Set(languages.flatMap((lang) => catalogIn(lang).sources.map((source) => plain(source.data.title))))].sort((a, b) => b.length - a.length);

/** Quotations, code and pictures: not the site's own typography. */
const quoted = (element: Element) => ['blockquote', 'code', 'pre', 'svg', 'textarea'].includes(element.tagName);

/** The page's text as the site writes it: its body without quotations and without the sources' titles. */
function ownText(file: string, lang?: string): string {
  let words = lang ? readText(readDist(file), lang, quoted) : wordsIn(documentOf(file), quoted);
  for (const title of titles) words = words.replaceAll(title, ' ');
  return words;
}

const around = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => text.slice(Math.max(0, match.index - 30), match.index + 30));

describe('quotes and apostrophes', () => {
  it.each(htmlFiles())('%s: none straight in what the site writes', (file) => {
    expect(around(ownText(file), /['"]/gu)).toEqual([]);
  });
  it.each(htmlFiles().filter((file) => /^(ru|kk)\//.test(file)))('%s: Russian and Kazakh text quotes with « » („ “ inside), never with ”', (file) => {
    expect(around(ownText(file, file.slice(0, 2)), /”/gu)).toEqual([]);
  });
});
