import { describe, expect, it } from 'vitest';
import { contentsListFrom } from '../../src/lib/page-sections.ts';
import { languages } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { splitLanguage } from '../../src/lib/i18n/urls.ts';
import { elementsOf, pagesOf } from './built-site.ts';
import { attr, descendants, plain, text, within, type Element } from './html.ts';

// "On this page" (src/components/site/OnThisPage.astro): a long page lists its sections, each a
// link to its heading; a short page has none. An entry's page lists them after its key facts (so
// that the facts a reader came for come first on a phone) and names the sections that follow;
// any other page opens with the list. The sections are the h2 headings of <main> a reader sees
// without script, but the list's own and the citation's that ends every page of content
// (src/components/cite/CiteThisPage.astro), which is no section of the page's text.
// The A to Z index lists its letters in its own row, "Jump to a letter", and in no second list.

/** The lists named "On this page" in a page's <main>, the sections they should name, and any list placed above the key facts. */
function contentsOf(file: string, path: string): { lists: Element[]; sections: Element[]; beforeFacts: Element[] } {
  const { t } = strings(splitLanguage(path).lang);
  const all = elementsOf(file);
  const main = all.find((element) => element.tagName === 'main')!;
  const byId = (id: string) => all.find((element) => attr(element, 'id') === id);
  const nameOf = (nav: Element) => attr(nav, 'aria-label') ?? plain(text(byId(attr(nav, 'aria-labelledby') ?? '') ?? nav));
  const lists = descendants(main).filter((element) => element.tagName === 'nav' && [t('contents.label'), t('az.jump')].includes(nameOf(element)));
  const hidden = (element: Element) => attr(element, 'hidden') !== undefined || element.tagName === 'template';
  // Where the list goes: after the key facts of an entry's page, else at the top.
  const inMain = descendants(main);
  const keyFacts = inMain.find((element) => element.tagName === 'section' && attr(element, 'aria-labelledby') === 'facts-heading');
  const after = keyFacts ? inMain.slice(inMain.indexOf(keyFacts)).filter((element) => !within(element, (ancestor) => ancestor === keyFacts)) : inMain;
  const sections = after
    .filter((h2) => h2.tagName === 'h2' && attr(h2, 'id') && !within(h2, hidden))
    .filter((h2) => !lists.some((list) => within(h2, (ancestor) => ancestor === list)) && plain(text(h2)) !== t('cite.heading'));
  return { lists, sections, beforeFacts: lists.filter((list) => !after.includes(list)) };
}

const withList = pagesOf().filter(({ file, path }) => contentsOf(file, path).lists.length > 0);

describe('the list of a page’s sections', () => {
  it('opens the long pages, some in every language', () => {
    for (const lang of languages) expect(withList.filter(({ path }) => splitLanguage(path).lang === lang).length, lang).toBeGreaterThan(5);
    expect(withList.map(({ path }) => path)).toContain('/bodies/secretary-general/');
  });

  it.each(pagesOf())('$path: links each of its sections, in order, if it has enough to list, and is not there otherwise', ({ file, path }) => {
    const { lists, sections, beforeFacts } = contentsOf(file, path);
    expect(beforeFacts, 'a list above the key facts').toEqual([]);
    if (sections.length < contentsListFrom) {
      expect(lists, `a list of ${sections.length} sections`).toEqual([]);
      return;
    }
    expect(lists, 'one list of the sections').toHaveLength(1);
    const links = descendants(lists[0]!).filter((element) => element.tagName === 'a');
    expect(links.map((link) => attr(link, 'href')), 'each link to its section').toEqual(sections.map((h2) => `#${attr(h2, 'id')}`));
    expect(links.map((link) => plain(text(link))), 'each link named as its section').toEqual(sections.map((h2) => plain(text(h2))));
  });
});
