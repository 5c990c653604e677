// What a page says to a reader, and the interface strings that would be out of place on it.
import type { Page } from '@playwright/test';
import { languageTable, languages, type Lang } from '../../src/lib/i18n/languages.ts';

/**
 * Every piece of text a reader or a screen reader meets on the page, minus passages marked as in
 * another language; without the build's soft hyphens, so that words compare whole.
 */
export async function pageText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lang = document.documentElement.lang;
    const texts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest('[lang]')?.getAttribute('lang') !== lang) continue;
      if (parent.closest('script, style, template')) continue;
      texts.push(node.textContent ?? '');
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (element.closest('[lang]')?.getAttribute('lang') !== lang) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) texts.push(element.getAttribute(name) ?? '');
    }
    const flatten = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as object).flatMap(flatten));
    for (const element of document.querySelectorAll<HTMLElement>('[data-strings], [data-reset-message]')) {
      texts.push(...flatten(JSON.parse(element.dataset.strings ?? '{}')), element.dataset.resetMessage ?? '');
    }
    texts.push(document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '');
    return texts.map((text) => text.replaceAll('\u00AD', '').trim()).filter((text) => text !== '');
  });
}

// The interface strings of the other languages that a page must not show: every one with a word in
// it that the page's own strings do not share (digits such as "2" are the same in all).
const textsOf = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as object).flatMap(textsOf));
export const foreignStrings = (lang: Lang): string[] => {
  const own = new Set(Object.values(languageTable[lang].strings).flatMap(textsOf));
  return languages
    .filter((other) => other !== lang)
    .flatMap((other) => Object.values(languageTable[other].strings).flatMap(textsOf))
    .filter((text) => /\p{L}{2,}/u.test(text) && !own.has(text))
    .map((text) => text.replace(/\{\w+\}/g, '').trim())
    .filter((text) => text.length >= 2);
};

/**
 * A run of Latin words in text that should be in another script: three or more words in a row,
 * which is a phrase left untranslated, unlike a Latin proper name ("France 24", "OC Media") or a
 * web address (komitet.info, http://localhost/ru/), which Russian text keeps as they are. "JavaScript" is a name too.
 */
export function untranslatedLatin(text: string): string | undefined {
  const bare = text.replace(/\S*:\/\/\S*|\S+\.[a-z]{2,}\S*/gi, ' ').replace('JavaScript', ' ');
  return /[A-Za-z]{2,}(?:[\s,'’-]+[A-Za-z]{2,}){2,}/.exec(bare)?.[0];
}
