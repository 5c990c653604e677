import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogIn } from '../content/catalog.ts';
import { entryPath, pageItems, resolve, sourcesOf } from '../../src/lib/content/catalog.ts';
import { pageCollections, sectionCollections } from '../../src/lib/content/registry.ts';
import { changesPath } from '../../src/lib/content/changes.ts';
import { defaultLanguage, languageTable, languages, type Lang } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath, splitLanguage } from '../../src/lib/i18n/urls.ts';
import { guidePath, sitePage } from '../../src/lib/site-map.ts';
import { base, documentOf, elementsOf, pagesOf, site } from './built-site.ts';
import { attr, descendants, plain, text, within, wordsIn, type Element, type Node } from './html.ts';
import { foreignStrings, pageText, untranslatedLatin } from './language-text.ts';

// The facts of every built page that need no browser: its structure, its addresses and its twins
// in the other languages, its description, when its statements hold, that it speaks only its own
// language, and that it reads with JavaScript off. The browser sweep (tests/e2e/pages.spec.ts)
// checks what needs a renderer.

const classes = (element: Element): string[] => (attr(element, 'class') ?? '').split(/\s+/).filter(Boolean);
const named = (all: Element[], tag: string, label: string) => all.filter((element) => element.tagName === tag && attr(element, 'aria-label') === label);
/** The elements an element is inside, nearest first; a template's content counts as inside its <template>. */
function ancestors(element: Element): Element[] {
  const found: Element[] = [];
  for (let node: Node | null = element.parentNode as Node | null; node; node = (node as Element).parentNode as Node | null) {
    if (node.nodeName === '#document-fragment') return [...found, { tagName: 'template', attrs: [] } as unknown as Element];
    if ('tagName' in node) found.push(node as Element);
  }
  return found;
}

/**
 * What the stylesheet hides until the head script has marked the page as scripted
 * (src/styles/global.css, `:root:not(.js) :is(…)`): element names and classes.
 */
const scriptOnly = (() => {
  const list = /:root:not\(\.js\)\s*:is\(([^)]*)\)\s*\{\s*display:\s*none/.exec(readFileSync('src/styles/global.css', 'utf8'))?.[1];
  if (!list) throw new Error('src/styles/global.css no longer hides script-only markup with `:root:not(.js) :is(…) { display: none }`: update this test');
  return list.split(',').map((selector) => selector.trim());
})();
const isScriptOnly = (element: Element) => scriptOnly.some((selector) => (selector.startsWith('.') ? classes(element).includes(selector.slice(1)) : element.tagName === selector));
/** Not shown with JavaScript off: script-only markup, `hidden` (which a script may lift), a template, or `display: none` (the `hidden` class). */
const unseen = (element: Element) => isScriptOnly(element) || attr(element, 'hidden') !== undefined || element.tagName === 'template' || classes(element).includes('hidden');
const unseenWithoutScript = (element: Element) => [element, ...ancestors(element)].some(unseen);
/** Controls and the messages of controls: what a script-only part of a page may hold. */
const isControl = (element: Element) => ['button', 'input', 'select', 'textarea', 'label', 'form', 'template'].includes(element.tagName) || attr(element, 'role') === 'status' || attr(element, 'hidden') !== undefined;

/** The period the undated source describes, in each language, from its record. */
const periodIn = (lang: Lang) => catalogIn(lang).sources.find((source) => source.data.period)!.data.period!;

/** The entry a page is about, for an entry of a section and a single page (About, Help). */
const entryOf = (lang: Lang, inSite: string) => pageItems(catalogIn(lang)).find((item) => `${entryPath(item)}/` === inSite);

/**
 * Whether a page shows content, and so says when its statements hold: home, the sections, their
 * entries and the single pages, the pages within a section (the structure chart) and the other
 * pages search indexes (the questions). The A to Z
 * index, the abbreviations, search, the sources, the corrections, About this guide (which says
 * how the others are dated) and 404 show none of their own.
 */
function showsContent(inSite: string): boolean {
  const first = inSite.split('/')[0]!;
  if (first === guidePath) return false;
  return inSite === '' || (pageCollections as string[]).includes(first) || sitePage(first)?.within !== undefined || sitePage(first)?.searchable === true;
}

/** The sentence a page is described by: its entry's summary, the intro of its page in the site map, or the string of home, search and 404. */
function descriptionOf(lang: Lang, inSite: string): string {
  const { t } = strings(lang);
  if (inSite === '') return t('site.tagline');
  if (inSite === '404.html') return t('notFound.description');
  if (inSite === 'search/') return t('search.description');
  const entry = entryOf(lang, inSite);
  if (entry) return entry.data.summary;
  const intro = sitePage(inSite.replace(/\/$/, ''))?.intro;
  if (!intro) throw new Error(`${inSite}: neither an entry nor a page of the site map with an intro (src/lib/site-map.ts)`);
  return t(intro);
}

describe('every built page', () => {
  it.each(pagesOf())('$path: one h1, the chrome, its description and a breadcrumb ending at the page', ({ file, path }) => {
    const { lang, path: inSite } = splitLanguage(path);
    const { t } = strings(lang);
    const all = elementsOf(file);
    const html = all.find((element) => element.tagName === 'html')!;
    expect(attr(html, 'lang')).toBe(lang);
    expect(attr(html, 'dir')).toBe(languageTable[lang].dir);
    const h1s = all.filter((element) => element.tagName === 'h1');
    expect(h1s).toHaveLength(1);
    expect(all.filter((element) => element.tagName === 'main')).toHaveLength(1);
    const header = all.filter((element) => element.tagName === 'header' && (element.parentNode as Element).tagName === 'body');
    expect(header).toHaveLength(1);
    expect(named(descendants(header[0]!), 'nav', t('nav.label')), 'the main navigation in the header').toHaveLength(1);
    const footer = all.filter((element) => element.tagName === 'footer' && (element.parentNode as Element).tagName === 'body');
    expect(footer).toHaveLength(1);
    expect(plain(text(footer[0]!))).toContain(plain(t('footer.line')));
    const description = all.filter((element) => element.tagName === 'meta' && attr(element, 'name') === 'description');
    expect(description).toHaveLength(1);
    expect(plain(attr(description[0]!, 'content')!)).toBe(plain(descriptionOf(lang, inSite)));
    const breadcrumbs = named(all, 'nav', t('breadcrumbs.label'));
    if (inSite === '') expect(breadcrumbs).toEqual([]);
    else expect(plain(text(descendants(breadcrumbs[0]!).filter((element) => element.tagName === 'li').at(-1)!))).toBe(plain(text(h1s[0]!)));
  });

  it.each(pagesOf())('$path: its canonical address, and the same page in every language in the switch and the alternates', ({ file, path }) => {
    const { lang, path: inSite } = splitLanguage(path);
    const all = elementsOf(file);
    const header = all.find((element) => element.tagName === 'header')!;
    const switchTo = (other: Lang) => descendants(header).filter((element) => element.tagName === 'a' && attr(element, 'hreflang') === other && attr(element, 'lang') === other).map((a) => attr(a, 'href'));
    const canonical = all.filter((element) => element.tagName === 'link' && attr(element, 'rel') === 'canonical').map((link) => attr(link, 'href'));
    const alternates = all.filter((element) => element.tagName === 'link' && attr(element, 'rel') === 'alternate' && attr(element, 'hreflang')).map((link) => `${attr(link, 'hreflang')} ${attr(link, 'href')}`);
    const others = languages.filter((other) => other !== lang);
    if (inSite.endsWith('404.html')) {
      // A 404 page has no address of its own: no canonical, no alternates, and a switch that leads home.
      expect(canonical).toEqual([]);
      expect(alternates).toEqual([]);
      for (const other of others) expect(switchTo(other), other).toEqual([`${base}${localizedPath(other)}`]);
      return;
    }
    expect(canonical).toEqual([`${site}${path.slice(1)}`]);
    for (const other of others) expect(switchTo(other), other).toEqual([`${base}${localizedPath(other, inSite)}`]);
    expect(alternates).toEqual([...languages.map((each) => `${each} ${site}${localizedPath(each, inSite)}`), `x-default ${site}${localizedPath(defaultLanguage, inSite)}`]);
  });

  it.each(pagesOf())('$path: says when its statements hold, if it shows content', ({ file, path }) => {
    const { lang, path: inSite } = splitLanguage(path);
    const { t } = strings(lang);
    const main = elementsOf(file).find((element) => element.tagName === 'main')!;
    const note = descendants(main).find((element) => attr(element, 'data-dating-note') !== undefined);
    if (!showsContent(inSite)) {
      expect(note, 'a page without content of its own has no review date').toBeUndefined();
      return;
    }
    expect(note, 'the dating note').toBeDefined();
    // The source's period where the page draws on the source: every page of content but an entry
    // citing other sources only (the help page, in the site's own words) and the index of a
    // section whose entries all do (the founding documents). An entry the source does not name
    // (the Parliamentary Assembly, the exercises it leaves out) says so instead. (The sentence up
    // to its date: the date and the link are checked below and in guide.test.ts.)
    const entry = entryOf(lang, inSite);
    const catalog = catalogIn(lang);
    const section = sectionCollections.find((collection) => inSite.replace(/\/$/, '') === collection);
    const shown = entry ? [entry] : section ? catalog[section] : undefined;
    const drawsOnSource = !shown || shown.some((item) => sourcesOf(item).some((ref) => resolve(catalog, ref).data.period !== undefined));
    const opening = (key: 'dating.note.source' | 'dating.note.notInSource' | 'dating.note.checked') => plain(t(key).replace('{period}', periodIn(lang)).split('{date}')[0]!);
    const said = entry?.data.notInSource ? opening('dating.note.notInSource') : drawsOnSource ? opening('dating.note.source') : opening('dating.note.checked');
    expect(plain(text(note!)).startsWith(said), `"${plain(text(note!))}" begins "${said}"`).toBe(true);
    // And what has happened since, beside the note: the page's own section of it, or else the page of changes.
    if (drawsOnSource && !entry?.data.notInSource) {
      const beside = descendants(note!.parentNode as Element).filter((element) => element.tagName === 'a' && !within(element, (ancestor) => ancestor === note));
      const later = beside.map((a) => ({ href: attr(a, 'href')!, said: plain(text(a)) }));
      expect(later, 'a link to what has happened since').toContainEqual(
        expect.objectContaining(later.some(({ href }) => href.startsWith('#') && href !== '#corrections') ? { said: plain(t('dating.laterBelow')) } : { href: `${base}${localizedPath(lang, `${changesPath}/`)}`, said: plain(t('dating.laterElsewhere')) }),
      );
    }
    const time = descendants(note!).find((element) => element.tagName === 'time');
    expect(time, 'the review date').toBeDefined();
    expect(attr(time!, 'datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (entry) expect(attr(time!, 'datetime')).toBe(entry.data.reviewed);
  });

  it.each(pagesOf())('$path: shows no interface string of another language, and no unmarked Latin phrase outside English', ({ file, path }) => {
    const { lang } = splitLanguage(path);
    const foreign = foreignStrings(lang);
    const texts = pageText(documentOf(file));
    const strays = texts.flatMap((text) => foreign.filter((phrase) => text === phrase || (text.includes(phrase) && phrase.length > 12)).map((phrase) => `"${phrase}" in "${text}"`));
    expect(strays, "another language's interface strings on the page").toEqual([]);
    if (lang !== defaultLanguage) expect(texts.filter((text) => untranslatedLatin(text) !== undefined), 'Latin text without lang').toEqual([]);
  });

  it.each(pagesOf())('$path: reads with JavaScript off: its heading, its text and its navigation are not hidden behind script', ({ file, path }) => {
    const { t } = strings(splitLanguage(path).lang);
    const all = elementsOf(file);
    const h1 = all.find((element) => element.tagName === 'h1')!;
    expect(unseenWithoutScript(h1), 'the h1').toBe(false);
    const nav = named(all, 'nav', t('nav.label'))[0]!;
    expect(unseenWithoutScript(nav), 'the main navigation').toBe(false);
    const bodies = descendants(nav).filter((element) => element.tagName === 'a' && plain(text(element)) === t('section.bodies'));
    expect(bodies.filter((link) => !unseenWithoutScript(link)), `a link to ${t('section.bodies')} in the navigation`).toHaveLength(1);
    // The text of the page, beyond its heading, without script; and what shows only with script
    // holds controls (the search form, the citation's copy button), never words to read.
    const main = all.find((element) => element.tagName === 'main')!;
    expect(wordsIn(main, (element) => element === h1 || unseen(element)), 'the text of <main> without script').not.toBe('');
    const scripted = descendants(main).filter((element) => isScriptOnly(element));
    for (const part of scripted) expect(wordsIn(part, isControl), `words in script-only <${part.tagName} class="${attr(part, 'class')}">`).toBe('');
  });
});

it('every page exists in every language', () => {
  const byLanguage = languages.map((lang) => pagesOf().map(({ path }) => splitLanguage(path)).filter((each) => each.lang === lang).map((each) => each.path));
  expect(byLanguage[0]!.length).toBeGreaterThan(50);
  for (const paths of byLanguage) expect(paths).toEqual(byLanguage[0]);
});
