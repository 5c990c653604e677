import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { catalogIn } from '../content/catalog.ts';
import { resolve, sourcesOf, type Item } from '../../src/lib/content/catalog.ts';
import { formatDate } from '../../src/lib/i18n/dates.ts';
import { languageTable, languages, type Lang } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { previewBudget } from '../../src/integrations/preview-images.ts';
import { citationStyles } from '../../src/components/cite/styles.ts';
import { previewSize } from '../../src/lib/preview.ts';
import { base, dist, fileFor, htmlFiles, readDist, site } from './built-site.ts';
import { attr, descendants, elements, plain, text, type Element } from './html.ts';

/** A page's Open Graph and Twitter tags, by property or name (several values for a repeated one). */
function sharingTags(all: Element[]): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const meta of all.filter((element) => element.tagName === 'meta')) {
    const key = attr(meta, 'property') ?? attr(meta, 'name');
    if (key && /^(og|article|twitter):/.test(key)) tags.set(key, [...(tags.get(key) ?? []), attr(meta, 'content') ?? '']);
  }
  return tags;
}

const langOfFile = (file: string): Lang => (languages.find((lang) => file.startsWith(`${lang}/`)) ?? languages[0]!) as Lang;

/** A PNG's size from its header (IHDR), after checking its signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), `${file} is a PNG`).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('link previews (Open Graph and Twitter)', () => {
  const files = htmlFiles();
  it.each(files)('%s has every tag, with absolute addresses on the site, and a PNG preview of the declared size within budget', (file) => {
    const html = readDist(file);
    const all = elements(html);
    const tags = sharingTags(all);
    const lang = langOfFile(file);
    const one = (key: string) => {
      expect(tags.get(key), key).toHaveLength(1);
      return tags.get(key)![0]!;
    };
    const title = plain(text(all.find((element) => element.tagName === 'h1')!));
    expect(one('og:title')).toBe(title);
    expect(one('og:description')).toBe(attr(all.find((element) => element.tagName === 'meta' && attr(element, 'name') === 'description')!, 'content'));
    expect(['website', 'article']).toContain(one('og:type'));
    expect(one('og:site_name')).toBe(strings(lang).t('site.name'));
    expect(one('og:locale')).toBe(languageTable[lang].ogLocale);
    expect(tags.get('og:locale:alternate')?.sort()).toEqual(languages.filter((other) => other !== lang).map((other) => languageTable[other].ogLocale).sort());
    expect(one('twitter:card')).toBe('summary_large_image');
    const canonical = all.find((element) => element.tagName === 'link' && attr(element, 'rel') === 'canonical');
    expect(one('og:url').startsWith(site), 'og:url on the site').toBe(true);
    if (canonical) expect(one('og:url')).toBe(attr(canonical, 'href'));
    const image = one('og:image');
    expect(image.startsWith(site), 'og:image on the site').toBe(true);
    const path = fileFor(new URL(image).pathname);
    expect(path && existsSync(join(dist, path)), `${image} is in ${dist}/`).toBe(true);
    const size = pngSize(join(dist, path!));
    expect(size).toEqual(previewSize);
    expect([Number(one('og:image:width')), Number(one('og:image:height'))]).toEqual([size.width, size.height]);
    expect(one('og:image:alt')).toBe(title);
    expect(statSync(join(dist, path!)).size).toBeLessThanOrEqual(previewBudget);
  });
});

/**
 * The Organization as the About page's structured data must describe it, in each language: the
 * real content's facts written out (the Charter, which founded it, signed on 7 October 2002; the
 * Treaty on 15 May 1992; the member states by their official names where the content gives one).
 */
const organizationIn: Record<Lang, { name: string; treaty: string; members: string[] }> = {
  en: { name: 'Collective Security Treaty Organization', treaty: 'Collective Security Treaty', members: ['Republic of Armenia', 'Republic of Belarus', 'Republic of Kazakhstan', 'Kyrgyz Republic', 'Russian Federation', 'Republic of Tajikistan'] },
  ru: { name: 'Организация Договора о коллективной безопасности', treaty: 'Договор о коллективной безопасности', members: ['Республика Армения', 'Республика Беларусь', 'Республика Казахстан', 'Кыргызская Республика', 'Российская Федерация', 'Республика Таджикистан'] },
  kk: { name: 'Ұжымдық қауіпсіздік туралы шарт ұйымы', treaty: 'Ұжымдық қауіпсіздік туралы шарт', members: ['Армения Республикасы', 'Беларусь Республикасы', 'Қазақстан Республикасы', 'Қырғыз Республикасы', 'Ресей Федерациясы', 'Тәжікстан Республикасы'] },
};

/** A page's JSON-LD graph, parsed. */
function structuredData(html: string): { '@type': string; [key: string]: unknown }[] {
  const scripts = elements(html).filter((element) => element.tagName === 'script' && attr(element, 'type') === 'application/ld+json');
  expect(scripts.length).toBeLessThanOrEqual(1);
  if (scripts.length === 0) return [];
  const data = JSON.parse(text(scripts[0]!));
  expect(data['@context']).toBe('https://schema.org');
  return data['@graph'];
}

describe('structured data (JSON-LD)', () => {
  it.each(htmlFiles())('%s: the breadcrumbs match the visible trail, ending at the page', (file) => {
    const html = readDist(file);
    const all = elements(html);
    const trail = all.find((element) => element.tagName === 'nav' && attr(element, 'aria-label') === strings(langOfFile(file)).t('breadcrumbs.label'));
    const crumbs = structuredData(html).filter((thing) => thing['@type'] === 'BreadcrumbList');
    if (!trail) {
      expect(crumbs).toEqual([]);
      return;
    }
    const visible = descendants(trail).filter((element) => element.tagName === 'li').map((li) => plain(text(li)));
    const items = crumbs[0]!.itemListElement as { position: number; name: string; item: string }[];
    expect(items.map((item) => item.name)).toEqual(visible);
    expect(items.map((item) => item.position)).toEqual(visible.map((_, index) => index + 1));
    for (const item of items) expect(item.item.startsWith(site)).toBe(true);
    const links = descendants(trail).filter((element) => element.tagName === 'a').map((a) => new URL(attr(a, 'href')!, site).href);
    expect(items.slice(0, -1).map((item) => item.item)).toEqual(links);
  });

  for (const lang of languages) {
    const prefix = lang === languages[0] ? '' : `${lang}/`;
    it(`${lang}: the home page names the site and its search`, () => {
      const website = structuredData(readDist(`${prefix}index.html`)).find((thing) => thing['@type'] === 'WebSite')!;
      expect(website).toMatchObject({ name: strings(lang).t('site.name'), url: `${site}${prefix}`, inLanguage: lang });
      expect((website.potentialAction as { target: { urlTemplate: string } }).target.urlTemplate).toBe(`${site}${prefix}search/?q={search_term_string}`);
    });

    it(`${lang}: the About page describes the Organization with the content's facts and no others`, () => {
      const organization = structuredData(readDist(`${prefix}about/index.html`)).find((thing) => thing['@type'] === 'Organization')!;
      const { name, treaty, members } = organizationIn[lang];
      expect(organization).toEqual({
        '@type': 'Organization',
        name,
        alternateName: [...languages.filter((other) => other !== lang).map((other) => organizationIn[other].name), 'CSTO', 'ОДКБ'],
        url: `${site}${prefix}about/`,
        foundingDate: '2002-10-07',
        sameAs: ['https://odkb-csto.org/'],
        subjectOf: { '@type': 'Legislation', name: treaty, legislationDate: '1992-05-15' },
        member: members.map((member) => ({ '@type': 'GovernmentOrganization', name: member })),
      });
    });
  }
});

describe('cite this page', () => {
  /** The day a page says it was reviewed (the dating note, SourceNote.astro), if it says. */
  const reviewedOf = (file: string) => {
    const note = elements(readDist(file)).find((element) => attr(element, 'data-dating-note') !== undefined);
    const time = note && descendants(note).find((element) => element.tagName === 'time');
    return time && attr(time, 'datetime');
  };
  const reviewed = htmlFiles().filter((file) => reviewedOf(file) !== undefined);

  it('is on every page of content (each that gives its review date), and on no other', () => {
    expect(reviewed.length).toBeGreaterThan(50);
    for (const file of htmlFiles()) expect(readDist(file).includes('data-citation'), file).toBe(reviewed.includes(file));
  });
  it.each(reviewed)('%s: each style of its language names the title, the site, the review date, the day it was read and the canonical address', (file) => {
    const all = elements(readDist(file));
    const lang = langOfFile(file);
    const canonical = attr(all.find((element) => element.tagName === 'link' && attr(element, 'rel') === 'canonical')!, 'href')!;
    const styles = all.filter((element) => attr(element, 'data-cite-style') !== undefined);
    expect(styles.map((style) => attr(style, 'data-cite-style')), 'the styles of the language').toEqual(citationStyles[lang]);
    for (const style of styles) {
      const name = attr(style, 'data-cite-style')!;
      const citation = descendants(style).find((element) => attr(element, 'data-citation') !== undefined)!;
      const said = plain(text(citation));
      expect(said, name).toContain(plain(text(all.find((element) => element.tagName === 'h1')!)));
      expect(said, name).toContain(strings(lang).t('site.name'));
      const times = descendants(citation).filter((element) => element.tagName === 'time');
      expect(times.map((time) => attr(time, 'datetime')), `${name}: the review date, then the day it was read`).toEqual([reviewedOf(file), expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)]);
      expect(attr(times[1]!, 'data-accessed'), `${name}: the day it was read, which the page's script makes the reader's`).toBe('');
      expect(attr(times[1]!, 'datetime')! >= reviewedOf(file)!, `${name}: read on or after its review`).toBe(true);
      const url = descendants(citation).filter((element) => attr(element, 'class')?.split(' ').includes('citation-url'));
      expect(url.map((element) => plain(text(element))), `${name}: the address, marked to break where its line ends`).toEqual([canonical]);
    }
  });
});

/** Text as the feed's HTML content writes it: its markup characters as references. */
const asHtmlText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

describe('the Atom feeds', () => {
  for (const lang of languages) {
    const prefix = lang === languages[0] ? '' : `${lang}/`;
    const file = `${prefix}feed.xml`;
    it(`${file} is well-formed Atom listing every development and correction, newest first, each linking to a page of the site and naming its sources`, () => {
      const xml = readFileSync(join(dist, file), 'utf8');
      expect(XMLValidator.validate(xml)).toBe(true);
      const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link'].includes(name) }).parse(xml).feed;
      expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
      expect(feed['@_xml:lang']).toBe(lang);
      expect(feed.id).toBe(`${site}${prefix}feed.xml`);
      expect(feed.title).toBe(strings(lang).t('feed.title'));
      expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      expect(feed.author.name).toBe(strings(lang).t('site.name'));
      const catalog = catalogIn(lang);
      const entries = feed.entry as { id: string; title: string; updated: string; link: { '@_rel': string; '@_href': string }[]; content: { '#text': string } }[];
      expect(entries).toHaveLength(catalog.developments.length + catalog.corrections.length);
      expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
      const dates = entries.map((entry) => entry.updated);
      expect(dates).toEqual([...dates].sort().reverse());
      const listed = [...catalog.developments.map((item) => ({ item, id: item.id })), ...catalog.corrections.map((item) => ({ item, id: `correction-${item.id}` }))];
      for (const { item, id } of listed) {
        const entry = entries.find((each) => each.id.endsWith(`#${id}`))!;
        if (item.collection === 'developments') expect(entry.title).toBe((item as Item<'developments'>).data.text);
        else expect(entry.content['#text']).toContain(asHtmlText((item as Item<'corrections'>).data.says));
        const page = entry.link.find((link) => link['@_rel'] === 'alternate')!['@_href'];
        expect(page.startsWith(site)).toBe(true);
        const served = fileFor(new URL(page).pathname);
        expect(served && existsSync(join(dist, served)), `${page} is a page of the site`).toBe(true);
        const place = new URL(page).hash.slice(1);
        if (place) expect(readFileSync(join(dist, served!), 'utf8'), `${page}: its place is on the page`).toContain(`id="${place}"`);
        for (const ref of sourcesOf(item)) expect(entry.content['#text']).toContain(asHtmlText(resolve(catalog, ref).data.title));
      }
    });
    it(`every ${lang} page links its feed in its head`, () => {
      for (const page of htmlFiles().filter((each) => langOfFile(each) === lang)) {
        const link = elements(readDist(page)).find((element) => element.tagName === 'link' && attr(element, 'type') === 'application/atom+xml');
        expect(link && attr(link, 'href'), page).toBe(`${base}${file}`);
      }
    });
  }
});
