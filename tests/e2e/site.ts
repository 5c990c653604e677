import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { storageKey } from '../../src/components/preferences/model.ts';
import { builtPages } from '../../src/integrations/shared/built-pages.ts';
import { languages, type Lang } from '../../src/lib/i18n/languages.ts';
import { strings, type Strings } from '../../src/lib/i18n/strings.ts';
import { splitLanguage } from '../../src/lib/i18n/urls.ts';

/**
 * The path of every HTML page of a build, as a visitor would request it (`/`, `/bodies/`,
 * `/ru/404.html`), read from the build folder so that a new page is tested without anyone
 * listing it. An empty build fails here, rather than leave every sweep with nothing to test.
 */
export function pagePaths(dir = 'dist'): string[] {
  const paths = builtPages(dir).map((page) => page.path);
  if (paths.length < 20) throw new Error(`Only ${paths.length} pages in ${dir}/: build the site first (npm test does)`);
  return paths;
}

/** The pages that have an address of their own: every page but the 404 pages. */
export const contentPaths = (dir = 'dist'): string[] => pagePaths(dir).filter((path) => !path.endsWith('404.html'));

/** The language of a page path and its interface strings. */
export const langOf = (path: string): Lang => splitLanguage(path).lang;
export const stringsFor = (path: string): Strings => strings(langOf(path));

/** The home page of each language. */
export const homes = languages.map((lang) => (lang === 'en' ? '/' : `/${lang}/`));

/** The axe rule tags of WCAG 2.2 A and AA; the two-colour schemes add AAA contrast (wcag2aaa). */
export const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Stores display preferences (or any text, to test what is stored) before any page script runs, as a returning visitor would have them. */
export async function storePreferences(page: Page, preferences: Record<string, string> | string): Promise<void> {
  const text = typeof preferences === 'string' ? preferences : JSON.stringify(preferences);
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key!, value!), [storageKey, text]);
}

/**
 * Text as a pattern that also matches it with soft hyphens inside its words, as the build writes
 * every page (src/lib/hyphenation.ts): for `getByText`, `toHaveText` and `toContainText`, which
 * compare the characters of the page, soft hyphens included.
 */
export function softly(text: string, flags = ''): RegExp {
  const escaped = [...text].map((char) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('\u00AD?'), flags);
}

/** An element's text as a reader sees it: soft hyphens out. */
export const readable = (text: string | null): string => (text ?? '').replaceAll('\u00AD', '');

/** The display settings' toggle in the header (a <summary>), found by its words. */
export const settingsToggle = (page: Page, label = 'Display settings') => page.getByRole('banner').locator('summary').filter({ hasText: softly(label) });

/** Opens the display settings, as a reader does, unless they are open. */
export async function openSettings(page: Page, label = 'Display settings'): Promise<void> {
  const toggle = settingsToggle(page, label);
  if ((await toggle.locator('xpath=..').getAttribute('open')) === null) await toggle.click();
}

/** How far the page scrolls sideways, in CSS px (0 when it does not). */
export const sidewaysScroll = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * The words of reading text the browser has split across two lines somewhere other than at a
 * space, a hyphen or a soft hyphen, with the text around each: for every visible run of
 * characters between such break points, the line of its first character and that of its last,
 * from their line boxes. (A character just after a break also reports a sliver at the end of the
 * line before, where the hyphen is drawn: its own box is its last one.) Names (links, headings,
 * controls, captions) carry no soft hyphen, so that no accessible name does: where one of their
 * words is longer than its line, the browser breaks it, with a hyphen where it has the language's
 * dictionary (src/styles/global.css); they are not counted.
 */
export const wordsSplitMidWord = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const split: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, template, svg, a, h1, h2, h3, h4, h5, h6, summary, button, label, legend, figcaption, caption, th')) continue;
      const style = getComputedStyle(parent);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      // Text for screen readers only (clipped to a pixel) is not drawn in lines.
      if ([...(function* (e: Element | null) { for (; e; e = e.parentElement) yield e; })(parent)].some((e) => getComputedStyle(e).clipPath.startsWith('inset(50%'))) continue;
      const text = node.data;
      // An address is no word: it may break anywhere (the citation's, on a narrow screen).
      if (/^https?:\/\//.test(text)) continue;
      for (const match of text.matchAll(/[^\s\-\u00AD\u2010-\u2015/]{2,}/g)) {
        const box = (at: number, which: 'first' | 'last') => {
          range.setStart(node!, at);
          range.setEnd(node!, at + 1);
          const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
          return which === 'first' ? rects[0] : rects.at(-1);
        };
        const first = box(match.index, 'last');
        const last = box(match.index + match[0].length - 1, 'first');
        if (first && last && Math.abs(last.top - first.top) > first.height / 2) split.push(`${match[0]} (in "${text.trim().slice(0, 60)}")`);
      }
    }
    return split;
  });

/**
 * The ranges of numbers ("2015–2016") the browser has broken across two lines, with the text around
 * each: a line may not end on the dash of a range (src/lib/hyphenation.ts keeps them whole).
 */
export const rangesBroken = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, template, svg')) continue;
      for (const match of node.data.matchAll(/\d[\d.,]*\u2013\d[\d.,]*/g)) {
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
        if (tops.size > 1) broken.push(`${match[0]} (in "${node.data.trim().slice(0, 60)}")`);
      }
    }
    return broken;
  });

/** The five two-colour schemes and their text and background, as the panels of CIS government sites have them. */
export const schemeColours = {
  'black-on-white': ['rgb(0, 0, 0)', 'rgb(255, 255, 255)'],
  'white-on-black': ['rgb(255, 255, 255)', 'rgb(0, 0, 0)'],
  'dark-blue-on-light-blue': ['rgb(6, 52, 98)', 'rgb(157, 209, 255)'],
  'brown-on-beige': ['rgb(77, 75, 67)', 'rgb(247, 243, 214)'],
  'green-on-dark-brown': ['rgb(169, 228, 77)', 'rgb(59, 39, 22)'],
} as const;

/**
 * Every colour the visible page paints in each scheme, with an element that paints it: text,
 * backgrounds and borders of each element, and the fills and strokes of pictures; except the
 * swatches (which show other schemes on purpose) and transparent paint. Each scheme is applied as the head script applies it, by its attribute on <html>.
 */
export function paintedColours(page: Page, schemes: readonly string[]): Promise<Record<string, Record<string, string>>> {
  return page.evaluate((schemes) => {
    const root = document.documentElement;
    const before = root.getAttribute('data-scheme');
    const result: Record<string, Record<string, string>> = {};
    for (const scheme of schemes) {
      root.setAttribute('data-scheme', scheme);
      const colours = new Map<string, string>();
      const paint = (colour: string, where: string) => !/^rgba\(.*, 0\)$/.test(colour) && colours.set(colour, where);
      for (const element of document.body.querySelectorAll('*')) {
        if (element.closest('.swatch')) continue;
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || style.display === 'none') continue;
        const where = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.getAttribute('class') ? `.${element.getAttribute('class')!.split(' ')[0]}` : ''}`;
        if (element instanceof SVGElement) {
          if (element instanceof SVGSVGElement || element instanceof SVGGElement) continue;
          if (style.fill !== 'none') paint(style.fill, where);
          if (style.stroke !== 'none') paint(style.stroke, where);
          continue;
        }
        paint(style.color, where);
        paint(style.backgroundColor, where);
        for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
          if (style[`border${side}Style`] !== 'none' && style[`border${side}Width`] !== '0px') paint(style[`border${side}Color`], where);
        }
      }
      result[scheme] = Object.fromEntries(colours);
    }
    if (before === null) root.removeAttribute('data-scheme');
    else root.setAttribute('data-scheme', before);
    return result;
  }, schemes);
}

/**
 * axe with the WCAG 2.2 A and AA rules (and more tags if given), reporting violations only, which
 * is what is asserted. Legacy mode runs axe in the page itself; the default mode opens a blank page
 * to merge the results of each frame, which our pages do not have, and so costs three times as
 * much (0.8–1.4 s a page against 0.3–0.4 s) for the same rules and the same findings.
 */
export const axeViolations = async (page: Page, tags: readonly string[] = wcag22aa): Promise<string[]> => {
  const results = await new AxeBuilder({ page }).withTags([...tags]).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};
