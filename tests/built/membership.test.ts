import { describe, expect, it } from 'vitest';
import { catalogIn, urlOf } from '../content/catalog.ts';
import { entryPath } from '../../src/lib/content/catalog.ts';
import { changeName, membershipOf, periodsOf, periodText, statusName, statusOf } from '../../src/lib/content/membership.ts';
import { languages } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';
import { base, elementsOf, fileFor } from './built-site.ts';
import { attr, descendants, plain, text, type Element } from './html.ts';

// Membership over time as the built pages show it: the members table, the chart and its table on
// the members page, and the status at the opening of each state's page, each as the states'
// membership lists (content/en/members/*.mdx, src/lib/content/membership.ts) say.

const pageIn = (lang: (typeof languages)[number], path: string) => elementsOf(fileFor(`${base}${localizedPath(lang, path)}`)!);
const href = (url: string) => `${base}${url.slice(1)}`;
const byId = (all: Element[], id: string) => all.find((element) => attr(element, 'id') === id);
const rowsOf = (table: Element) => descendants(table).filter((element) => element.tagName === 'tr' && descendants(element).some((cell) => cell.tagName === 'td'));
const cells = (row: Element) => row.childNodes.filter((node): node is Element => 'tagName' in node && (node.tagName === 'td' || node.tagName === 'th'));
const datetimes = (element: Element) => descendants(element).filter((each) => each.tagName === 'time').map((time) => attr(time, 'datetime'));
const tableNamed = (all: Element[], id: string) => {
  const table = all.find((element) => element.tagName === 'table' && attr(element, 'aria-labelledby') === id);
  expect(table, `a table named by #${id}`).toBeDefined();
  expect(byId(all, id), `#${id}`).toBeDefined();
  return table!;
};

describe('the members page', () => {
  for (const lang of languages) {
    const words = strings(lang);
    const catalog = catalogIn(lang);

    it(`/${localizedPath(lang, 'members/')} has a row for every state that is or was a member: its page, since when, its status and its latest change`, () => {
      const all = pageIn(lang, 'members/');
      const rows = rowsOf(tableNamed(all, 'members-table-heading'));
      expect(rows.map((row) => plain(text(cells(row)[0]!)))).toEqual(catalog.members.map((member) => member.data.title));
      expect(catalog.members.length, 'former members among them').toBeGreaterThan(6);
      for (const [index, member] of catalog.members.entries()) {
        const steps = membershipOf(catalog, member);
        const [state, since, status, latest] = cells(rows[index]!);
        expect(descendants(state!).find((element) => element.tagName === 'a') && attr(descendants(state!).find((element) => element.tagName === 'a')!, 'href'), member.id).toBe(href(urlOf(lang, member)));
        expect(datetimes(since!), member.id).toEqual([steps[0]!.date]);
        expect(plain(text(status!)), member.id).toBe(statusName(statusOf(steps), words));
        expect(datetimes(latest!), member.id).toEqual([steps.at(-1)!.date]);
        expect(plain(text(latest!)), member.id).toContain(changeName(steps.at(-1)!.change, words));
      }
    });

    it(`/${localizedPath(lang, 'members/')} draws membership over time as a picture with its words, a row for each state, a bar for each period as a member, and its table of periods`, () => {
      const all = pageIn(lang, 'members/');
      const picture = all.find((element) => attr(element, 'role') === 'img' && attr(element, 'class')?.includes('chart-rows'));
      expect(picture, 'the chart, as an image').toBeDefined();
      expect(attr(picture!, 'aria-label')).toMatch(/\d{4}/);
      const rows = descendants(picture!).filter((element) => attr(element, 'class') === 'chart-row' && descendants(element).some((each) => attr(each, 'class') === 'chart-track'));
      expect(rows).toHaveLength(catalog.members.length);
      for (const [index, member] of catalog.members.entries()) {
        const periods = periodsOf(membershipOf(catalog, member));
        const bars = descendants(rows[index]!).filter((element) => element.tagName === 'rect' && attr(element, 'class')?.startsWith('chart-bar'));
        expect(plain(text(rows[index]!)), member.id).toBe(member.data.title);
        expect(bars.map((bar) => attr(bar, 'class')), member.id).toEqual(
          periods.filter((period) => period.status === 'member' || period.status === 'participation-frozen').map((period) => `chart-bar chart-bar-${period.status}`),
        );
        // A frozen participation is striped, not a colour of its own.
        for (const bar of bars.filter((each) => attr(each, 'class')!.includes('frozen'))) expect(attr(bar, 'fill')).toMatch(/^url\(#chart-stripes-\d+\)$/);
      }
      const table = rowsOf(tableNamed(all, 'membership-table-heading'));
      for (const [index, member] of catalog.members.entries()) {
        const periods = periodsOf(membershipOf(catalog, member));
        const items = descendants(cells(table[index]!)[1]!).filter((element) => element.tagName === 'li').map((li) => plain(text(li)));
        expect(items, member.id).toEqual(periods.map((period) => plain(`${periodText(period, words)}: ${statusName(period.status, words)}`)));
      }
    });

    it(`each state's page in ${lang} opens with its status and latest change, before its contents and text`, () => {
      for (const member of catalog.members) {
        const all = pageIn(lang, `${entryPath(member)}/`);
        const status = all.find((element) => attr(element, 'class')?.split(' ').includes('membership-status'));
        expect(status, member.id).toBeDefined();
        const steps = membershipOf(catalog, member);
        expect(plain(text(status!)), member.id).toContain(statusName(statusOf(steps), words));
        expect(datetimes(status!), member.id).toEqual([steps.at(-1)!.date]);
        const h1 = all.findIndex((element) => element.tagName === 'h1');
        const next = all.findIndex((element, index) => index > h1 && (element.tagName === 'h2' || attr(element, 'class')?.includes('prose') === true));
        expect(h1, member.id).toBeLessThan(all.indexOf(status!));
        expect(all.indexOf(status!), `${member.id}: before the first heading and the text`).toBeLessThan(next);
      }
    });
  }
});
