import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from '@playwright/test';
import { attributeName, defaultPreferences, storageKey, type PreferenceName, type Preferences } from '../../src/components/preferences/model.ts';
import { strings, type Strings } from '../../src/lib/i18n/strings.ts';
import { splitLanguage } from '../../src/lib/i18n/urls.ts';
import { pagesOf, templatePages } from '../built/built-site.ts';

/**
 * The path of every HTML page of a build, as a visitor would request it (`/`, `/bodies/`,
 * `/ru/404.html`), read from the build folder (tests/built/built-site.ts, which fails on an empty
 * build) so that a new page is tested without anyone listing it.
 */
export const pagePaths = (dir = 'dist'): string[] => pagesOf(dir).map((page) => page.path);

/** One page of each template in each language (tests/built/built-site.ts). */
export const templatePaths = (dir = 'dist'): string[] => templatePages(pagesOf(dir)).map((page) => page.path);

/** The pages that have an address of their own: every page but the 404 pages. */
export const contentPaths = (dir = 'dist'): string[] => pagePaths(dir).filter((path) => !path.endsWith('404.html'));

/** The interface strings of a page, by its path. */
export const stringsFor = (path: string): Strings => strings(splitLanguage(path).lang);

/** The axe rule tags of WCAG 2.2 A and AA; the two-colour schemes add AAA contrast (wcag2aaa). */
export const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The axe rule tags for a colour scheme: a two-colour scheme promises AAA contrast (7:1), the default look AA. */
export const tagsFor = (scheme: string): string[] => (scheme === 'default' ? wcag22aa : [...wcag22aa, 'wcag2aaa']);

/** Stores display preferences (or any text, to test what is stored) before any page script runs, as a returning visitor would have them. */
export async function storePreferences(page: Page, preferences: Record<string, string | undefined> | string): Promise<void> {
  const text = typeof preferences === 'string' ? preferences : JSON.stringify(preferences);
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key!, value!), [storageKey, text]);
}

/**
 * Shows the loaded page with these display preferences as the head script shows a page that has
 * them stored (an attribute on <html> for each, none for a default: src/components/preferences/model.ts,
 * applyPreferences), without a reload: the stylesheet keys off the attributes alone. The controls
 * are left as they were.
 */
export async function showWith(page: Page, preferences: Partial<Preferences>): Promise<void> {
  const attributes = (Object.keys(preferences) as PreferenceName[]).map((name) => [attributeName(name), preferences[name] === defaultPreferences[name] ? null : preferences[name]!] as const);
  await page.evaluate((pairs) => {
    for (const [name, value] of pairs) {
      if (value === null) document.documentElement.removeAttribute(name);
      else document.documentElement.setAttribute(name, value);
    }
  }, attributes);
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

/**
 * What a screen reader is told of a toggle: Chromium's own accessibility tree, where a <summary>
 * is a disclosure button (grouped, for those of one `name`). Soft hyphens, which speech ignores,
 * are left out of the name.
 */
export async function announced(page: Page, name: string): Promise<{ role: string; expanded: boolean | undefined }> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[]; ignored: boolean }[] };
  await cdp.detach();
  const node = nodes.find((each) => !each.ignored && readable(each.name?.value ?? null) === name && /^(DisclosureTriangle|button)/.test(each.role?.value ?? ''));
  if (!node) throw new Error(`no button named "${name}" in the accessibility tree`);
  return { role: node.role!.value, expanded: node.properties?.find((p) => p.name === 'expanded')?.value.value as boolean | undefined };
}

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
 * words is longer than its line, the browser breaks it at the line's edge (src/styles/global.css);
 * they are not counted. Nor is a word of reading text longer than its whole line: a name there has
 * no soft hyphen either (src/lib/hyphenation.ts).
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
        if (!first || !last || Math.abs(last.top - first.top) <= first.height / 2) continue;
        // A word longer than the room its line has for it (a name or a short word, which have no
        // soft hyphen, in a narrow box at the widest spacing; the room starts after an opening
        // quotation mark drawn before it) can only break at the line's edge.
        // The unit a line cannot break: the run between spaces (a no-break space joins), with a
        // link or other element just before it that it is glued to, and a hyphen's width where
        // it ends at a soft hyphen (the hyphen must fit the line too).
        const start = text.slice(0, match.index).search(/[^ \t\n\r]*$/);
        const end = match.index + match[0].length + (text.slice(match.index + match[0].length).match(/^[^ \t\n\r\u00AD]*/)?.[0].length ?? 0);
        let outer: Node = node!;
        while (!outer.previousSibling && outer.parentElement && getComputedStyle(outer.parentElement).display === 'inline') outer = outer.parentElement;
        const glued = start === 0 ? outer.previousSibling : null;
        if (glued instanceof Text && !/\s$/.test(glued.data)) range.setStart(glued, glued.data.search(/[^ \t\n\r]*$/));
        else if (glued && !(glued instanceof Text) && !/\s$/.test(glued.textContent ?? '')) range.setStartBefore(glued);
        else range.setStart(node!, start);
        range.setEnd(node!, end);
        const own = getComputedStyle(parent);
        const hyphen = text[end] === '\u00AD' ? parseFloat(own.fontSize) * 0.4 + (parseFloat(own.letterSpacing) || 0) : 0;
        const width = [...range.getClientRects()].reduce((sum, rect) => sum + rect.width, 0) + hyphen;
        let block: Element = parent;
        while (['inline', 'contents'].includes(getComputedStyle(block).display) && block.parentElement) block = block.parentElement;
        const style = getComputedStyle(block);
        const right = block.getBoundingClientRect().right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
        const left = block.getBoundingClientRect().left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
        range.setStart(block, 0);
        range.setEnd(node!, match.index);
        const textBefore = [...range.getClientRects()].some((rect) => rect.width > 0 && Math.abs(rect.top - first.top) < first.height / 2 && rect.right <= first.left + 1);
        if (width > (textBefore ? right - left : right - first.left)) continue;
        split.push(`${match[0]} (in "${text.trim().slice(0, 60)}")`);
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

/**
 * axe with the WCAG 2.2 A and AA rules (and more tags if given), reporting violations only, which
 * is what is asserted. Legacy mode runs axe in the page itself; the default mode opens a blank page
 * to merge the results of each frame, which our pages do not have, and so costs three times as
 * much (0.8–1.4 s a page against 0.3–0.4 s) for the same rules and the same findings.
 */
export const axeViolations = async (page: Page, tags: readonly string[] = wcag22aa): Promise<string[]> => {
  // The options first: AxeBuilder's options() replaces all options, the tags of withTags() too.
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags([...tags]).setLegacyMode(true).analyze();
  return results.violations.map(described);
};

const described = (violation: Result): string => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`;

/** axe's own script, the copy @axe-core/playwright runs: for a page to load with every document (tests/e2e/fixtures.ts). */
export const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js', { paths: [createRequire(import.meta.url).resolve('@axe-core/playwright')] });

/**
 * axeViolations for a page that loads axe with every document (`axeScript`): the same rules run
 * the same way, without sending axe's half a megabyte to the page for each check (half the time).
 */
export const loadedAxeViolations = async (page: Page, tags: readonly string[] = wcag22aa): Promise<string[]> =>
  (
    await page.evaluate(
      (values) => (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] }),
      [...tags],
    )
  ).violations.map(described);
