import { describe, expect, it } from 'vitest';
import { catalogIn, urlOf } from '../content/catalog.ts';
import { entryPath, quotationsOf, resolve, type Item, type PageItem, type Quotation } from '../../src/lib/content/catalog.ts';
import { correctsVersion } from '../../src/lib/content/corrections.ts';
import { changesPath } from '../../src/lib/content/changes.ts';
import { aliasQuotations, shownAliases } from '../../src/lib/content/aliases.ts';
import { pageItems } from '../../src/lib/content/catalog.ts';
import type { PageCollection } from '../../src/lib/content/registry.ts';
import { languages, type Lang } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';
import type { EntryRef } from '../../src/schemas/shared.ts';
import { base, fileFor, htmlFiles, readDist } from './built-site.ts';
import { attr, descendants, elements, plain, text, unbracketed, within, type Element } from './html.ts';

// What the site shows of its evidence and its corrections, checked in every built page of every
// language: the sources' own words beside each statement, marked up as quotations of their pages;
// the corrections where they apply; and no soft hyphen in any accessible name.

const fileOfPage = (lang: Lang, item: Pick<PageItem, 'collection' | 'id'>) => fileFor(`${base}${urlOf(lang, item as PageItem).slice(1)}`)!;
const pageOf = (lang: Lang, ref: EntryRef) => resolve(catalogIn(lang), ref as EntryRef<PageCollection>) as PageItem;

/** The "What the source says" of an item on a page: the evidence block right after the element holding its statement. */
function evidenceAfter(all: Element[], statement: string): Element | undefined {
  const holder = all.find((element) => element.tagName === 'p' && unbracketed(text(element)) === unbracketed(statement));
  if (!holder) return undefined;
  const siblings = (holder.parentNode as Element).childNodes.filter((node): node is Element => 'tagName' in node);
  return siblings.slice(siblings.indexOf(holder) + 1).find((element) => element.tagName === 'details');
}

/** Checks that an evidence block quotes each of `item`'s sources as its evidence says, marked up as quotations. */
function expectQuotations(block: Element | undefined, item: Item, lang: Lang, where: string) {
  expectQuoted(block, quotationsOf(catalogIn(lang), item), where);
}

/**
 * Checks that an evidence block quotes these words of these sources, each source once with its
 * words together, marked up as quotations, and links each source's passage.
 */
function expectQuoted(block: Element | undefined, quotations: Quotation[], where: string) {
  const expected = [...new Set(quotations.map((quoted) => quoted.source.id))].flatMap((id) => quotations.filter((quoted) => quoted.source.id === id));
  expect(block, `${where}: its evidence`).toBeDefined();
  expect(attr(block!, 'class')).toContain('evidence');
  // Folded, but there without script: a native <details>, neither hidden nor for script only.
  expect(attr(block!, 'hidden'), where).toBeUndefined();
  expect(attr(block!, 'class'), where).not.toContain('js-only');
  const quotes = descendants(block!).filter((element) => element.tagName === 'blockquote');
  expect(quotes.map((quote) => plain(text(quote))), where).toEqual(expected.map((quoted) => plain(quoted.says)));
  quotes.forEach((quote, index) => {
    const { source } = expected[index]!;
    expect(attr(quote, 'lang'), `${where}: the quotation's language`).toBe(source.data.language);
    expect(attr(quote, 'cite'), `${where}: the page it quotes`).toBe(source.data.url);
  });
  // Each source, linked to the passage (a text fragment) where it is online.
  for (const source of new Set(expected.map((quoted) => quoted.source))) {
    if (!source.data.url) continue;
    const links = descendants(block!).filter((element) => element.tagName === 'a' && attr(element, 'href')?.startsWith(source.data.url!));
    expect(links.map((link) => attr(link, 'href')), `${where}: a link to ${source.id}`).toEqual([expect.stringContaining(':~:text=')]);
  }
}

describe('what the sources say', () => {
  for (const lang of languages) {
    const catalog = catalogIn(lang);
    for (const development of catalog.developments) {
      it(`${lang}: ${development.id} is shown with its sources' own words on every page it concerns and on the page of what has changed`, () => {
        for (const ref of development.data.concerns) {
          const page = pageOf(lang, ref);
          const file = fileOfPage(lang, page);
          expectQuotations(evidenceAfter(elements(readDist(file)), development.data.text), development, lang, file);
        }
        const changes = fileFor(`${base}${localizedPath(lang, `${changesPath}/`)}`)!;
        expectQuotations(evidenceAfter(elements(readDist(changes)), development.data.text), development, lang, changes);
      });
    }

    for (const page of pageItems(catalog).filter((each) => shownAliases(each).length > 0)) {
      it(`${lang}: ${page.collection}/${page.id} shows what the sources of its other names say, under "${strings(lang).t('aliases.label')}"`, () => {
        const file = fileOfPage(lang, page);
        const all = elements(readDist(file));
        const label = all.find((element) => element.tagName === 'span' && plain(text(element)) === `${strings(lang).t('aliases.label')}:`);
        expect(label, `${file}: "${strings(lang).t('aliases.label')}"`).toBeDefined();
        const names = label!.parentNode as Element;
        const siblings = (names.parentNode as Element).childNodes.filter((node): node is Element => 'tagName' in node);
        expectQuoted(siblings[siblings.indexOf(names) + 1], aliasQuotations(catalog, shownAliases(page)), file);
      });
    }

    for (const statement of catalog.statements.filter((each) => each.data.evidence)) {
      it(`${lang}: the statement ${statement.id} is followed by its sources' own words wherever it is shown`, () => {
        const shownOn = htmlFiles().filter((file) => file.startsWith(lang === languages[0] ? '' : `${lang}/`) && readDist(file).includes(`data-statement="${statement.id}"`));
        expect(shownOn.length, 'pages showing it').toBeGreaterThan(0);
        for (const file of shownOn) {
          const shown = elements(readDist(file)).find((element) => attr(element, 'data-statement') === statement.id)!;
          const block = descendants(shown).find((element) => element.tagName === 'details');
          expectQuotations(block, statement, lang, file);
        }
      });
    }
  }
});

describe('corrections in public', () => {
  for (const lang of languages) {
    const { t } = strings(lang);
    const catalog = catalogIn(lang);
    const correctionsFile = fileFor(`${base}${localizedPath(lang, 'corrections/')}`)!;

    it(`${lang}: the corrections page lists every correction, with what was said, what is said now, its pages and its sources' words`, () => {
      const all = elements(readDist(correctionsFile));
      expect(catalog.corrections.length).toBeGreaterThan(0);
      for (const correction of catalog.corrections) {
        const entry = all.find((element) => attr(element, 'id') === `correction-${correction.id}`);
        expect(entry, correction.id).toBeDefined();
        const words = unbracketed(text(entry!));
        expect(words).toContain(unbracketed(`${t('corrections.said')} ${correction.data.said}`));
        expect(words).toContain(unbracketed(`${t('corrections.says')} ${correction.data.says}`));
        const links = descendants(entry!).filter((element) => element.tagName === 'a').map((a) => attr(a, 'href'));
        for (const ref of correction.data.concerns) expect(links).toContain(`${base}${localizedPath(lang, `${entryPath(pageOf(lang, ref))}/`)}`);
        expectQuotations(descendants(entry!).find((element) => element.tagName === 'details'), correction, lang, correctionsFile);
      }
    });

    it(`${lang}: every page's footer links the corrections page`, () => {
      for (const file of htmlFiles().filter((each) => (lang === languages[0] ? !languages.some((other) => each.startsWith(`${other}/`)) : each.startsWith(`${lang}/`)))) {
        const footer = elements(readDist(file)).find((element) => element.tagName === 'footer')!;
        const links = descendants(footer).filter((element) => element.tagName === 'a');
        expect(links.map((a) => [attr(a, 'href'), plain(text(a))]), file).toContainEqual([`${base}${localizedPath(lang, 'corrections/')}`, t('section.corrections')]);
      }
    });

    it(`${lang}: a corrected page says when, under its heading, and shows the correction; a page of another version does not`, () => {
      for (const correction of catalog.corrections) {
        for (const ref of correction.data.concerns) {
          const file = fileOfPage(lang, pageOf(lang, ref));
          const all = elements(readDist(file));
          const entry = all.find((element) => attr(element, 'id') === `correction-${correction.id}`);
          if (!correctsVersion(correction, lang)) {
            expect(entry, `${file} shows ${correction.id}, which concerns other language versions`).toBeUndefined();
            continue;
          }
          expect(entry, `${file}: ${correction.id}`).toBeDefined();
          const note = all.find((element) => element.tagName === 'a' && attr(element, 'href') === '#corrections' && within(element, (ancestor) => ancestor.tagName === 'main'));
          for (const words of t('dating.correctedOn').split('{date}').map((part) => plain(part)).filter(Boolean)) expect(note && plain(text(note)), file).toContain(words);
        }
      }
    });
  }
});

/**
 * The accessible names of a page, as a browser computes them from the markup, with where each
 * comes from: names given by attributes, and the words of everything named by its words (links,
 * headings, buttons, toggles, labels, captions, table headers) or that names another element.
 */
function accessibleNames(html: string): { where: string; name: string }[] {
  const all = elements(html);
  const naming = new Set(all.flatMap((element) => [attr(element, 'aria-labelledby'), attr(element, 'aria-describedby')].flatMap((ids) => ids?.split(/\s+/) ?? [])));
  const byWords = new Set(['a', 'button', 'summary', 'label', 'legend', 'option', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'caption', 'th', 'title']);
  return all.flatMap((element) => [
    ...['aria-label', 'title', 'alt', 'placeholder'].flatMap((name) => (attr(element, name) === undefined ? [] : [{ where: `${element.tagName}[${name}]`, name: attr(element, name)! }])),
    ...(byWords.has(element.tagName) || naming.has(attr(element, 'id') ?? '') ? [{ where: `<${element.tagName}${attr(element, 'id') ? `#${attr(element, 'id')}` : ''}>`, name: text(element) }] : []),
  ]);
}

describe('accessible names', () => {
  it.each(htmlFiles())('%s: no accessible name carries a soft hyphen', (file) => {
    const hyphenated = accessibleNames(readDist(file))
      .filter(({ name }) => name.includes('\u00ad'))
      .map(({ where, name }) => `${where}: ${plain(name).slice(0, 60)}`);
    expect(hyphenated).toEqual([]);
  });
});
