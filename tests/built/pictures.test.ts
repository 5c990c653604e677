import { describe, expect, it } from 'vitest';
import { catalogIn, urlOf } from '../content/catalog.ts';
import { bodyLinks } from '../../src/lib/content/relations.ts';
import { languages } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';
import { labelSets } from '../../src/components/pictures/member-map.ts';
import { currentMembers, membershipOf, statusName, statusOf } from '../../src/lib/content/membership.ts';
import { base, elementsOf, fileFor } from './built-site.ts';
import { attr, descendants, plain, text, unbracketed, type Element } from './html.ts';

// The pictures the build draws into the pages (src/components/pictures/), as the HTML has them:
// the structure chart, the map of the member states and its key, the timeline of the About page.
// The chart of membership over time and the members table: ./membership.test.ts.

const pageIn = (lang: (typeof languages)[number], path: string) => elementsOf(fileFor(`${base}${localizedPath(lang, path)}`)!);
const href = (url: string) => `${base}${url.slice(1)}`;
const linksIn = (element: Element) => descendants(element).filter((each) => each.tagName === 'a');
/** The nearest <li> holding an element. */
const itemOf = (element: Element): Element => (element.parentNode as Element).tagName === 'li' ? (element.parentNode as Element) : itemOf(element.parentNode as Element);

/** The words of the English text of a body's page that state each relation, as the source puts them. */
const stated: Record<ReturnType<typeof bodyLinks>[number]['relation'], RegExp> = {
  'fact.betweenItsSessions': /works between the sessions of/i,
  'fact.accountableToIt': /is accountable to/i,
  'fact.manages': /manages/i,
};

describe('the structure chart', () => {
  // On the structure page only: home leads to it in one line rather than repeat it (issue 26 §4).
  for (const lang of languages) {
    for (const path of ['structure/']) {
      it(`on /${localizedPath(lang, path)} names each body once by its short name, linked, and draws a line exactly where the content relates two bodies, saying that the source is silent on the rest`, () => {
        const catalog = catalogIn(lang);
        const all = pageIn(lang, path);
        const chart = all.find((element) => element.tagName === 'ol' && attr(element, 'aria-label') === strings(lang).t('structure.chart'));
        expect(chart, 'a list named as the chart').toBeDefined();
        const links = linksIn(chart!);
        expect(links).toHaveLength(catalog.bodies.length);
        const linkTo = (body: (typeof catalog.bodies)[number]) => {
          const found = links.filter((link) => plain(text(link)) === (body.data.shortTitle ?? body.data.title));
          expect(found.map((link) => attr(link, 'href')), body.id).toEqual([href(urlOf(lang, body))]);
          return found[0]!;
        };
        // Each body that hangs from another is in a list inside that body's item; and the lines
        // drawn (a body's box in a list under another's) are those and no others.
        const relations = bodyLinks(catalog.bodies);
        for (const { parent, child } of relations) {
          const nested = descendants(itemOf(linkTo(parent))).filter((element) => element.tagName === 'ul');
          expect(nested.some((list) => linksIn(list).includes(linkTo(child))), `${child.id} under ${parent.id}`).toBe(true);
        }
        const childrenOf = (element: Element, tag: string) => element.childNodes.filter((node): node is Element => 'tagName' in node && node.tagName === tag);
        const drawn = catalog.bodies.flatMap((parent) =>
          childrenOf(itemOf(linkTo(parent)), 'ul')
            .flatMap((list) => childrenOf(list, 'li'))
            .map((li) => `${catalog.bodies.find((body) => linkTo(body) === linksIn(li)[0])!.id} under ${parent.id}`),
        );
        expect(drawn.sort(), 'the lines drawn').toEqual(relations.map(({ parent, child }) => `${child.id} under ${parent.id}`).sort());
        // Bodies the content relates to no other come after the note that the source is silent.
        const note = all.find((element) => element.tagName === 'p' && attr(element, 'class') === 'chart-note');
        const related = new Set(relations.flatMap(({ parent, child }) => [parent.id, child.id]));
        expect(note && plain(text(note)), 'the note on the bodies with no line').toBe(related.size < catalog.bodies.length ? strings(lang).t('structure.unstated') : undefined);
      });
    }
  }

  it('draws each line only where the English text of the page that states it says so, in the source’s words', () => {
    const catalog = catalogIn('en');
    const links = bodyLinks(catalog.bodies);
    expect(links.length, 'lines to check').toBeGreaterThan(0);
    for (const link of links) {
      const page = elementsOf(fileFor(`${base}${localizedPath('en', `bodies/${link.writtenIn.id}/`)}`)!);
      const main = plain(text(page.find((element) => element.tagName === 'main')!));
      expect(main, `${link.child.id} ${link.relation} ${link.parent.id}, stated on ${link.writtenIn.id}`).toMatch(stated[link.relation]);
    }
  });
});

describe('the member-state map, drawn into the built HTML', () => {
  for (const lang of languages) {
    it(`is on /${localizedPath(lang, 'members/')}, titled, with every member state today filled and named, the frozen one striped and keyed, and followed by links to every state`, () => {
      const catalog = catalogIn(lang);
      const members = currentMembers(catalog);
      const frozen = members.filter((member) => statusOf(membershipOf(catalog, member)) === 'participation-frozen');
      expect(frozen.length, 'a member state with its participation frozen, to key').toBeGreaterThan(0);
      const all = pageIn(lang, 'members/');
      const svg = all.find((element) => element.tagName === 'svg' && attr(element, 'role') === 'img');
      expect(svg, 'an SVG with role="img"').toBeDefined();
      const inside = descendants(svg!);
      const title = inside.find((element) => element.tagName === 'title')!;
      expect(plain(text(title))).toBe(strings(lang).t('map.title'));
      expect(attr(svg!, 'aria-labelledby')?.split(' ')).toContain(attr(title, 'id'));
      const classes = (element: Element) => attr(element, 'class')?.split(' ') ?? [];
      const filled = inside.filter((element) => classes(element).includes('map-member') && attr(element, 'd')?.startsWith('M'));
      expect(filled).toHaveLength(members.length);
      expect(filled.filter((element) => classes(element).includes('map-member-frozen'))).toHaveLength(frozen.length);
      expect(inside.filter((element) => element.tagName === 'pattern' && attr(element, 'id') === 'map-stripes')).toHaveLength(1);
      expect(inside.filter((element) => attr(element, 'class') === 'map-land' && attr(element, 'd')?.startsWith('M'))).toHaveLength(1);
      const description = plain(text(inside.find((element) => element.tagName === 'desc')!));
      // Each set of names (one for each band of map widths) writes each member once: its name, or its number.
      const sets = inside.filter((element) => element.tagName === 'g' && classes(element).includes('map-labels'));
      expect(sets).toHaveLength(labelSets.length);
      for (const set of sets) {
        const written = descendants(set).filter((element) => attr(element, 'data-member') !== undefined && (element.tagName === 'text' || element.tagName === 'g'));
        expect(written.map((element) => attr(element, 'data-member')).sort(), attr(set, 'class')).toEqual(members.map((member) => member.data.isoCode).sort());
        for (const element of written) {
          const member = members.find((each) => each.data.isoCode === attr(element, 'data-member'))!;
          expect([member.data.title, String(members.indexOf(member) + 1)], member.id).toContain(plain(text(element)));
        }
      }
      for (const member of members) expect(description).toContain(member.data.title);
      // The key under the map: each number with its member's name.
      const numbered = descendants(all.find((element) => element.tagName === 'ol' && classes(element).includes('map-key'))!).filter((element) => element.tagName === 'li').map((li) => plain(text(li)));
      expect(numbered).toEqual(members.map((member, index) => `${index + 1} ${member.data.title}`));
      const labels = sets.flatMap((set) => descendants(set).filter((element) => element.tagName === 'text')).map((label) => plain(text(label)));
      for (const member of catalog.members.filter((each) => !members.includes(each))) expect(labels, `${member.id}, not a member today`).not.toContain(member.data.title);
      // What the map shows of the geography (src/components/pictures/member-map.ts, geography), in the description.
      expect(description).toContain(strings(lang).t('map.geography.borders').split('{pairs}')[0]);
      expect(inside.filter((element) => element.tagName === 'script' || element.attrs.some((each) => each.name.startsWith('on')))).toEqual([]);
      // The key, in words: the frozen state named beside its status.
      const figure = all.find((element) => element.tagName === 'figure' && descendants(element).includes(svg!))!;
      const key = plain(text(descendants(figure).find((element) => element.tagName === 'ul' && classes(element).includes('membership-legend'))!));
      expect(key).toContain(`${statusName('participation-frozen', strings(lang))}: ${frozen.map((member) => member.data.title).join(', ')}`);
      // The text alternative: every state that is or was a member as a link, after the map.
      const after = all.slice(all.indexOf(svg!) + inside.length + 1);
      for (const member of catalog.members) {
        expect(after.filter((element) => element.tagName === 'a' && plain(text(element)) === member.data.title).map((a) => attr(a, 'href')), member.id).toContain(href(urlOf(lang, member)));
      }
    });
  }
});

describe('the timeline of the About page', () => {
  for (const lang of languages) {
    it(`on /${localizedPath(lang, 'about/')} lists, in order, each development of the Organization as a whole and each body's first year, each with its source`, () => {
      const { t, pluralForms } = strings(lang);
      const catalog = catalogIn(lang);
      const all = pageIn(lang, 'about/');
      const section = all.find((element) => element.tagName === 'section' && attr(element, 'aria-labelledby') === 'timeline-heading')!;
      expect(plain(text(all.find((element) => attr(element, 'id') === 'timeline-heading')!))).toBe(t('timeline.title'));
      const list = descendants(section).find((element) => element.tagName === 'ol')!;
      const items = list.childNodes.filter((node): node is Element => 'tagName' in node && node.tagName === 'li');
      const datetimes = items.map((item) => attr(descendants(item).find((element) => element.tagName === 'time')!, 'datetime')!);
      expect(datetimes).toEqual([...datetimes].sort());
      // What the content dates about the Organization as a whole: developments that concern the
      // About page, and the years bodies have worked since. Each is one line, and nothing else is.
      const developments = catalog.developments.filter((development) => development.data.concerns.some((ref) => ref.collection === 'about'));
      const bodies = catalog.bodies.filter((body) => body.data.since !== undefined);
      expect(developments.length * bodies.length, 'developments and bodies to list').toBeGreaterThan(0);
      const lineOf = (item: Element, index: number) => {
        const said = plain(text(item));
        const development = developments.find((each) => each.data.date === datetimes[index] && unbracketed(said).includes(unbracketed(each.data.text)));
        const body = bodies.find((each) => String(each.data.since) === datetimes[index] && linksIn(item).some((a) => attr(a, 'href') === href(urlOf(lang, each))));
        return development?.id ?? body?.id ?? `unexpected: ${said.slice(0, 60)}`;
      };
      expect(items.map(lineOf).sort()).toEqual([...developments, ...bodies].map((each) => each.id).sort());
      // A development shows what its sources say; a body's year names the source of the site.
      const label = [...Object.values(pluralForms('timeline.source')), ...Object.values(pluralForms('evidence.summary'))];
      for (const item of items) expect(label.some((words) => plain(text(item)).includes(words)), plain(text(item)).slice(0, 60)).toBe(true);
    });
  }
});
