import { describe, expect, it } from 'vitest';
import { catalogIn, urlOf } from '../content/catalog.ts';
import { pageItems, type PageItem } from '../../src/lib/content/catalog.ts';
import { pageCollections, type PageCollection } from '../../src/lib/content/registry.ts';
import { languages } from '../../src/lib/i18n/languages.ts';
import type { EntryRef } from '../../src/schemas/shared.ts';
import { base, elementsOf, fileFor } from './built-site.ts';
import { attr, descendants } from './html.ts';

// Pages that the content relates link to each other, both ways, in their <main>: a body and the
// body it reports to, an operation and the body that runs it, its forces and its area, a force and
// its member states, a partner and its area... Every reference an entry's facts make to another
// entry with a page is a pair, read from the content, so that a new reference is checked too.

const isRef = (value: unknown): value is EntryRef => typeof value === 'object' && value !== null && 'collection' in value && 'id' in value;
const isPageRef = (ref: EntryRef): ref is EntryRef<PageCollection> => (pageCollections as string[]).includes(ref.collection);

/** The entries with a page that `item`'s facts refer to, with the field that does. */
function referenced(items: PageItem[], item: PageItem): { field: string; to: PageItem }[] {
  return Object.entries(item.data).flatMap(([field, value]) =>
    (Array.isArray(value) ? value : [value])
      .filter(isRef)
      .filter(isPageRef)
      .map((ref) => ({ field, to: items.find((other) => other.collection === ref.collection && other.id === ref.id)! }))
      .filter(({ to }) => to !== item),
  );
}

/** The site's pages that the <main> of a built page links to, as paths, fragments and queries left out. */
function linkedFrom(url: string): string[] {
  const main = elementsOf(fileFor(`${base}${url.slice(1)}`)!).find((element) => element.tagName === 'main')!;
  return descendants(main)
    .filter((element) => element.tagName === 'a' && attr(element, 'href'))
    .map((a) => new URL(attr(a, 'href')!, `http://site${base}`))
    .filter((link) => link.host === 'site')
    .map((link) => link.pathname);
}

describe('related pages', () => {
  const items = pageItems(catalogIn(languages[0]!));
  const pairs = items.flatMap((item) => referenced(items, item).map(({ field, to }) => ({ from: item, field, to })));

  it('are many: every kind of reference is there to check', () => {
    expect(new Set(pairs.map(({ from, field }) => `${from.collection}.${field}`)).size).toBeGreaterThanOrEqual(8);
  });

  for (const lang of languages) {
    for (const { from, field, to } of pairs) {
      const [a, b] = [urlOf(lang, from), urlOf(lang, to)];
      it(`${a} (${field}) and ${b} link to each other`, () => {
        expect(linkedFrom(a), `${a} links to ${b}`).toContain(`${base}${b.slice(1)}`);
        expect(linkedFrom(b), `${b} links to ${a}`).toContain(`${base}${a.slice(1)}`);
      });
    }
  }
});
