import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { catalogIn, urlOf } from '../content/catalog.ts';
import { resolve, type PageItem } from '../../src/lib/content/catalog.ts';
import { changesPath } from '../../src/lib/content/changes.ts';
import type { PageCollection } from '../../src/lib/content/registry.ts';
import { yearOf } from '../../src/lib/i18n/dates.ts';
import { languages } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';
import type { EntryRef } from '../../src/schemas/shared.ts';
import { base, elementsOf, fileFor, readDist, site } from './built-site.ts';
import { attr, descendants, plain, text, type Element } from './html.ts';

// The page of what has changed (src/pages/[...lang]/changes.astro), as built in each language:
// every development of the content once, newest first, under the heading of its year, linking the
// pages it concerns; home's line of the latest; the feed's page. Its evidence is checked with the
// rest in evidence.test.ts.

const pageIn = (lang: (typeof languages)[number], path: string) => elementsOf(fileFor(`${base}${localizedPath(lang, path)}`)!);
const href = (url: string) => `${base}${url.slice(1)}`;
const changesUrl = (lang: (typeof languages)[number]) => `${base}${localizedPath(lang, `${changesPath}/`)}`;
const links = (element: Element) => descendants(element).filter((each) => each.tagName === 'a').map((a) => attr(a, 'href'));
const timeOf = (element: Element) => descendants(element).find((each) => each.tagName === 'time');

describe('the page of what has changed', () => {
  for (const lang of languages) {
    const catalog = catalogIn(lang);
    const words = strings(lang);

    it(`/${localizedPath(lang, `${changesPath}/`)} lists every development once, newest first, under a heading of its year, with its date and the pages it concerns`, () => {
      const main = pageIn(lang, `${changesPath}/`).find((element) => element.tagName === 'main')!;
      expect(plain(text(descendants(main).find((element) => element.tagName === 'h1')!))).toBe(words.t('section.changes'));
      const years = descendants(main).filter((element) => element.tagName === 'section' && attr(element, 'aria-labelledby')?.startsWith('year-'));
      const items = years.flatMap((section) => {
        const heading = descendants(section).find((element) => element.tagName === 'h2')!;
        return descendants(section)
          .filter((element) => element.tagName === 'li' && attr(element, 'id'))
          .map((li) => ({ li, year: Number(plain(text(heading))) }));
      });
      expect(catalog.developments.length, 'developments to list').toBeGreaterThan(0);
      // Each development once.
      expect(items.map(({ li }) => attr(li, 'id')).sort()).toEqual(catalog.developments.map((development) => development.id).sort());
      // Newest first, each under its year's heading, each year once.
      const dates = items.map(({ li }) => attr(timeOf(li)!, 'datetime')!);
      expect(dates).toEqual([...dates].sort().reverse());
      for (const [index, { year }] of items.entries()) expect(yearOf(dates[index]!), attr(items[index]!.li, 'id')).toBe(year);
      const headings = years.map((section) => Number(plain(text(descendants(section).find((element) => element.tagName === 'h2')!))));
      expect(headings).toEqual([...new Set(headings)].sort((a, b) => b - a));
      for (const { li } of items) {
        const development = catalog.developments.find((each) => each.id === attr(li, 'id'))!;
        expect(attr(timeOf(li)!, 'datetime'), development.id).toBe(development.data.date);
        const concerned = development.data.concerns.map((ref) => urlOf(lang, resolve(catalog, ref as EntryRef<PageCollection>) as PageItem));
        expect(links(li), development.id).toEqual(expect.arrayContaining(concerned.map(href)));
      }
    });

    it(`/${localizedPath(lang, '')} shows the latest development in one line, with its date, leading to the page of what has changed`, () => {
      const line = pageIn(lang, '').find((element) => attr(element, 'class')?.split(' ').includes('latest-change'));
      expect(line, 'the line of the latest').toBeDefined();
      const newest = catalog.developments.map((development) => development.data.date).sort().at(-1)!;
      expect(attr(timeOf(line!)!, 'datetime')).toBe(newest);
      const latest = catalog.developments.filter((development) => development.data.date === newest);
      expect(latest.map((development) => plain(text(line!)).includes(plain(development.data.text))), 'its text').toContain(true);
      expect(links(line!)).toContain(changesUrl(lang));
    });

    it(`the ${lang} feed's page is the page of what has changed, which the footer and the About page's timeline link`, () => {
      const file = `${lang === languages[0] ? '' : `${lang}/`}feed.xml`;
      const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'link' }).parse(readDist(file)).feed;
      const alternate = (feed.link as { '@_rel': string; '@_href': string }[]).find((link) => link['@_rel'] === 'alternate');
      expect(alternate?.['@_href']).toBe(new URL(localizedPath(lang, `${changesPath}/`), site).href);
      for (const path of ['', 'about/', `${changesPath}/`]) {
        const footer = pageIn(lang, path).find((element) => element.tagName === 'footer')!;
        expect(links(footer), path).toContain(changesUrl(lang));
      }
      const about = pageIn(lang, 'about/').find((element) => element.tagName === 'main')!;
      expect(links(about)).toContain(changesUrl(lang));
    });
  }
});
