import { describe, expect, it } from 'vitest';
import { catalogIn, urlOf } from '../content/catalog.ts';
import { atAGlance } from '../../src/lib/content/glance.ts';
import { currentMembers } from '../../src/lib/content/membership.ts';
import { languages } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';
import { base, elementsOf, fileFor } from './built-site.ts';
import { attr, descendants, plain, text, type Element } from './html.ts';

// "At a glance" as the built home and About pages show it: right after the opening, each essential
// (the Secretariat's seat, the member states, the Secretary General, the chair, the founding)
// linked to the page that says more, and the words of its sources beside each fact from elsewhere.

const href = (lang: (typeof languages)[number], path: string) => `${base}${localizedPath(lang, path)}`;
const links = (element: Element) => descendants(element).filter((each) => each.tagName === 'a' && !within(each, 'evidence')).map((a) => attr(a, 'href'));
const within = (element: Element, className: string) => {
  for (let node = element.parentNode as Element | null; node && 'tagName' in node; node = node.parentNode as Element | null) if (attr(node, 'class')?.split(' ').includes(className)) return true;
  return false;
};

describe('at a glance', () => {
  for (const lang of languages) {
    const words = strings(lang);
    const catalog = catalogIn(lang);
    const overview = catalog.about[0]!;
    for (const path of ['', 'about/']) {
      it(`/${localizedPath(lang, path)} opens with the essentials, each linked`, () => {
        const all = elementsOf(fileFor(href(lang, path))!);
        const heading = all.find((element) => attr(element, 'id') === 'glance-heading');
        expect(plain(text(heading!))).toBe(words.t('glance.heading'));
        // Nothing but the opening paragraph (and the page's contents list) comes between its h1 and the list.
        const headings = all.filter((element) => /^h[1-6]$/.test(element.tagName) && attr(element, 'id') !== 'on-this-page');
        expect(headings[headings.indexOf(all.find((element) => element.tagName === 'h1')!) + 1]).toBe(heading);
        const section = all.find((element) => element.tagName === 'section' && attr(element, 'aria-labelledby') === 'glance-heading')!;
        const rows = descendants(section).filter((element) => element.tagName === 'div' && descendants(element).some((each) => each.tagName === 'dt'));
        const facts = atAGlance(catalog, overview, words);
        expect(rows.map((row) => plain(text(descendants(row).find((each) => each.tagName === 'dt')!)).replace(/:$/, ''))).toEqual(facts.map((fact) => fact.label));
        const [seat, members, secretary, chair, founded] = rows;
        expect(links(seat!)).toEqual([href(lang, 'bodies/secretariat/')]);
        expect(links(members!)).toEqual(currentMembers(catalog).map((member) => `${base}${urlOf(lang, member).slice(1)}`));
        expect(plain(text(members!))).toContain(words.t('glance.frozen'));
        expect(links(secretary!)).toEqual([href(lang, 'bodies/secretary-general/')]);
        expect(links(chair!)).toHaveLength(1);
        expect(links(founded!)).toEqual([href(lang, 'documents/collective-security-treaty/'), href(lang, 'documents/charter/')]);
        for (const row of [seat, secretary, chair, founded]) expect(descendants(row!).some((each) => each.tagName === 'details' && attr(each, 'class') === 'evidence')).toBe(true);
      });
    }
  }
});
