import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogIn } from '../content/catalog.ts';
import { languages, type Lang } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath, splitLanguage } from '../../src/lib/i18n/urls.ts';
import { changesPath } from '../../src/lib/content/changes.ts';
import { guidePath, pagesIn } from '../../src/lib/site-map.ts';
import { sourceKinds } from '../../src/schemas/sources.ts';
import { base, dist, elementsOf, fileFor, pagesOf, site } from './built-site.ts';
import { attr, descendants, plain, text, within, type Element } from './html.ts';

// Issue 26 §4, the guide part, over the built pages: About this guide in every language, the
// footer's one line and the header's subtitle on every page, the dating note as one sentence with
// one link, the sources by kind, home's short cards and A to Z's one letter index.

const pageIn = (lang: Lang, path = '') => `${base}${localizedPath(lang, path === '' ? '' : `${path}/`)}`;
const fileOf = (lang: Lang, path = '') => fileFor(pageIn(lang, path))!;
const linksIn = (element: Element) => descendants(element).filter((each) => each.tagName === 'a');
const hrefs = (element: Element) => linksIn(element).map((a) => attr(a, 'href'));
const mainOf = (file: string) => elementsOf(file).find((element) => element.tagName === 'main')!;

describe('About this guide', () => {
  for (const lang of languages) {
    const { t } = strings(lang);
    it(`${lang}: says what the guide is, how it sources and dates what it says and how it corrects it, with no contact when the build names none`, () => {
      const all = elementsOf(fileOf(lang, guidePath));
      expect(plain(text(all.find((element) => element.tagName === 'h1')!))).toBe(t('section.guide'));
      const main = mainOf(fileOf(lang, guidePath));
      const said = plain(text(main));
      for (const key of ['guide.what.text', 'guide.dates.present', 'guide.dates.later', 'guide.dates.checked', 'guide.corrections.text'] as const) expect(said, key).toContain(plain(t(key)));
      const headings = descendants(main).filter((element) => element.tagName === 'h2').map((h2) => attr(h2, 'id'));
      expect(headings).toEqual(expect.arrayContaining(['what', 'sources', 'dates', 'corrections']));
      // The method the footer once held: the main source's period and why (its first sentence: the
      // build spells out an abbreviation where a page first uses it, src/lib/spell-out.ts).
      const mainSource = catalogIn(lang).sources.find((source) => source.data.period)!;
      expect(said).toContain(plain(mainSource.data.periodNote!).split('. ')[0]!);
      expect(hrefs(main)).toEqual(expect.arrayContaining([pageIn(lang, 'sources'), pageIn(lang, changesPath), pageIn(lang, 'corrections')]));
      // The build of the tests sets no EDITORS_CONTACT (README, "Deploying"): the page names no contact.
      expect(headings).not.toContain('contact');
      expect(hrefs(main).filter((href) => href?.startsWith('mailto:'))).toEqual([]);
    });

    it(`${lang}: is listed in the A to Z index and the sitemap, and indexed for search`, () => {
      expect(hrefs(mainOf(fileOf(lang, 'a-z')))).toContain(pageIn(lang, guidePath));
      const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
      expect(sitemap).toContain(`<loc>${site}${localizedPath(lang, `${guidePath}/`)}</loc>`);
      expect(attr(mainOf(fileOf(lang, guidePath)), 'data-pagefind-body')).toBe('');
    });
  }
});

describe('every page', () => {
  it.each(pagesOf())('$path: a footer of one line that leads to About this guide, and a header that says the guide is independent', ({ file, path }) => {
    const { lang } = splitLanguage(path);
    const { t } = strings(lang);
    const all = elementsOf(file);
    const footer = all.find((element) => element.tagName === 'footer' && (element.parentNode as Element).tagName === 'body')!;
    expect(descendants(footer).filter((element) => ['p', 'h2', 'h3'].includes(element.tagName)), 'no paragraphs or headings in the footer').toEqual([]);
    const lists = descendants(footer).filter((element) => element.tagName === 'ul');
    expect(lists, 'one list: the line').toHaveLength(1);
    const first = descendants(lists[0]!).find((element) => element.tagName === 'li')!;
    expect(plain(text(first))).toBe(`${plain(t('footer.line'))} ${t('section.guide')}`);
    expect(hrefs(first)).toEqual([pageIn(lang, guidePath)]);
    expect(hrefs(lists[0]!).slice(1)).toEqual(pagesIn('footer').map((page) => pageIn(lang, page.path)));

    // The home link reads as two phrases, the subtitle after a comma, not "guideAn" (the browser's
    // reading of it: tests/e2e/guide.spec.ts).
    const header = all.find((element) => element.tagName === 'header')!;
    const home = linksIn(header).find((a) => attr(a, 'href') === pageIn(lang))!;
    expect(plain(text(home))).toBe(`${t('site.name')}, ${t('site.subtitle')}`);
  });

  const noted = pagesOf().filter(({ file }) => descendants(mainOf(file)).some((element) => attr(element, 'data-dating-note') !== undefined));
  it('has the dating note on every page of content', () => expect(noted.length).toBeGreaterThan(150));
  it.each(noted)('$path: the dating note is one sentence with one link, to how the guide dates its pages, its date in a <time>', ({ file, path }) => {
    const { lang } = splitLanguage(path);
    const { t } = strings(lang);
    const note = descendants(mainOf(file)).find((element) => attr(element, 'data-dating-note') !== undefined)!;
    expect(note.tagName).toBe('p');
    expect(attr(note, 'class') ?? '', 'set at body size').not.toMatch(/\btext-(xs|sm)\b/);
    const links = linksIn(note);
    expect(links.map((a) => [attr(a, 'href'), plain(text(a))])).toEqual([[`${pageIn(lang, guidePath)}#dates`, t('dating.note.link')]]);
    const times = descendants(note).filter((element) => element.tagName === 'time');
    expect(times).toHaveLength(1);
    // One sentence: it ends with a full stop, and no other sentence ends inside it (the date's
    // own abbreviation, «2026 г.», «2026 ж.», left out).
    const words = plain(descendants(note).length ? wordsWithout(note, times[0]!) : '');
    expect(words).toMatch(/\.$/);
    expect(words.slice(0, -1), words).not.toMatch(/[.!?](\s|$)/);
  });
});

/** An element's words, without those of one of its descendants. */
function wordsWithout(element: Element, left: Element): string {
  const parts: string[] = [];
  const visit = (node: Element) => {
    for (const child of node.childNodes) {
      if (child === left) continue;
      if ('value' in child && child.nodeName === '#text') parts.push(child.value as string);
      else if ('tagName' in child) visit(child as Element);
    }
  };
  visit(element);
  return parts.join('');
}

describe('the sources page', () => {
  for (const lang of languages) {
    const { t, tDynamic } = strings(lang);
    it(`${lang}: lists the main source, then every other source once, under its kind, kinds in order; state media lead to the source that says so, which quotes it`, () => {
      const file = fileOf(lang, 'sources');
      const all = elementsOf(file);
      const main = mainOf(file);
      const catalog = catalogIn(lang);
      const kinds = descendants(main).filter((element) => element.tagName === 'h2' && attr(element, 'id')?.startsWith('kind-'));
      expect(kinds.map((h2) => plain(text(h2)))).toEqual(sourceKinds.filter((kind) => catalog.sources.some((source) => source.data.kind === kind && !source.data.period)).map((kind) => tDynamic(`sources.kind.${kind}`)));
      const sectionOf = (element: Element) => kinds.find((h2) => within(element, (ancestor) => ancestor.tagName === 'section' && attr(ancestor, 'aria-labelledby') === attr(h2, 'id')));
      for (const source of catalog.sources) {
        const entries = all.filter((element) => attr(element, 'id') === `source-${source.id}`);
        expect(entries, source.id).toHaveLength(1);
        if (source.data.period) {
          expect(sectionOf(entries[0]!), `${source.id}, the main source, before the kinds`).toBeUndefined();
          continue;
        }
        expect(attr(sectionOf(entries[0]!)!, 'id'), source.id).toBe(`kind-${source.data.kind}`);
        const marked = linksIn(entries[0]!).filter((a) => attr(a, 'data-state-media') !== undefined);
        expect(marked.length, `${source.id}: marked as state media`).toBe(source.data.stateMedia ? 1 : 0);
        if (source.data.stateMedia) {
          expect(plain(text(marked[0]!))).toBe(t('sources.stateMedia'));
          const by = all.find((element) => `#${attr(element, 'id')}` === attr(marked[0]!, 'href'))!;
          const quote = descendants(by).find((element) => element.tagName === 'blockquote');
          expect(quote && plain(text(quote)), `${source.id}: the words of the source that says so`).toBeTruthy();
        }
      }
      expect(plain(text(main))).toContain(t('sources.main'));
    });
  }
});

describe('home and A to Z', () => {
  for (const lang of languages) {
    const { t } = strings(lang);
    it(`${lang}: home’s cards say what each holds in 12 words or fewer, and lead nowhere the navigation does`, () => {
      const all = elementsOf(fileOf(lang));
      const cards = all.find((element) => attr(element, 'data-home-cards') !== undefined)!;
      const items = descendants(cards).filter((element) => element.tagName === 'li');
      expect(items.length).toBe(pagesIn('home').length);
      for (const item of items) {
        const line = descendants(item).find((element) => element.tagName === 'p')!;
        expect(plain(text(line)).split(' ').length, plain(text(line))).toBeLessThanOrEqual(12);
      }
      const nav = all.find((element) => element.tagName === 'nav' && attr(element, 'aria-label') === t('nav.label'))!;
      expect(hrefs(cards).filter((href) => hrefs(nav).includes(href))).toEqual([]);
    });
    it(`${lang}: A to Z has one index of its letters`, () => {
      const navs = descendants(mainOf(fileOf(lang, 'a-z'))).filter((element) => element.tagName === 'nav');
      expect(navs.map((nav) => attr(nav, 'aria-label'))).toEqual([t('az.jump')]);
    });
  }
});
