import { describe, expect, it } from 'vitest';
import { catalogIn, urlOf } from '../content/catalog.ts';
import type { Item } from '../../src/lib/content/catalog.ts';
import { entryFacts } from '../../src/lib/content/facts.ts';
import { sectionCollections, type SectionCollection } from '../../src/lib/content/registry.ts';
import { languages } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { base, elementsOf, fileFor } from './built-site.ts';
import { attr, descendants, plain, text, within, type Element } from './html.ts';

// Issue 26 §2: on every entry's page the key facts come right after the opening paragraph of its
// text, and each type of page has one set of fields, the same labels in the same order on every
// page of the type (src/lib/content/facts.ts). Checked over dist/, every entry page, every language.

const classes = (element: Element) => (attr(element, 'class') ?? '').split(/\s+/);
const inEvidence = (element: Element) => within(element, (ancestor) => ancestor.tagName === 'details');

/** A built entry page: its key facts section (if any), the labels in it, and the paragraphs of its text before it. */
function pageOf(url: string, heading: string) {
  const all = elementsOf(fileFor(`${base}${url.slice(1)}`)!);
  const main = all.find((element) => element.tagName === 'main')!;
  const inMain = descendants(main);
  const sections = inMain.filter((element) => element.tagName === 'section' && inMain.some((h2) => h2.tagName === 'h2' && attr(h2, 'id') === attr(element, 'aria-labelledby') && plain(text(h2)) === heading));
  const facts = sections[0];
  const at = facts ? inMain.indexOf(facts) : -1;
  // The paragraphs of the entry's text (the MDX, set in `.prose`), outside the sources' words.
  const paragraphs = inMain.filter((element) => element.tagName === 'p' && within(element, (ancestor) => classes(ancestor).includes('prose')) && !inEvidence(element));
  return {
    sections,
    labels: facts ? descendants(facts).filter((element) => element.tagName === 'dt').map((dt) => plain(text(dt)).replace(/:$/, '')) : [],
    values: facts ? descendants(facts).filter((element) => element.tagName === 'dd').map((dd) => plain(text(dd))) : [],
    before: paragraphs.filter((p) => inMain.indexOf(p) < at),
    first: paragraphs[0],
  };
}

describe('key facts', () => {
  for (const lang of languages) {
    const catalog = catalogIn(lang);
    const localized = strings(lang);
    const heading = localized.t('entry.facts');
    for (const collection of sectionCollections) {
      const items = catalog[collection] as Item<SectionCollection>[];
      const pages = items.map((item) => ({ item, url: urlOf(lang, item), ...pageOf(urlOf(lang, item), heading) }));

      it(`/${lang}/ ${collection}: every page has one set of key fields, the same labels in the same order${collection === 'activities' ? ' (an area has none: it lists what is in it)' : ''}`, () => {
        expect(pages.length).toBeGreaterThan(0);
        const sets = new Set(pages.map((page) => JSON.stringify(page.labels)));
        expect([...sets], 'one set of labels').toHaveLength(1);
        for (const page of pages) {
          expect(page.labels, page.url).toEqual(entryFacts(catalog, page.item, localized).key.map((fact) => fact.label));
          expect(page.values.every((value) => value.length > 0), `${page.url}: every field has a value, or says it is not stated`).toBe(true);
        }
        if (collection === 'activities') expect(pages.every((page) => page.sections.length === 0)).toBe(true);
        else expect(pages[0]!.labels.length).toBeGreaterThanOrEqual(2);
      });

      if (collection === 'activities') continue;
      it.each(pages.map(({ url, sections, before, first }) => ({ url, sections, before, first })))(`$url: the key facts come right after the opening paragraph`, ({ sections, before, first }) => {
        expect(sections, 'one key facts section').toHaveLength(1);
        // A former member's page has no text of its own: its facts and dated changes say it all.
        expect(before, 'before the key facts: the opening paragraph, and no other paragraph of the text').toEqual(first ? [first] : []);
      });
      it(`/${lang}/ ${collection}: most pages open with a paragraph of text`, () => {
        expect(pages.filter((page) => page.first).length).toBeGreaterThan(pages.length / 2);
      });
    }
  }
});
