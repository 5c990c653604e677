import { describe, expect, it } from 'vitest';
import { absoluteUrl, href } from '../../src/lib/i18n/href.ts';
import { localize } from '../../src/lib/i18n/localize.ts';
import { strings } from '../../src/lib/i18n/strings.ts';

// Vitest runs with Astro's default base path, "/".
describe('href and absoluteUrl', () => {
  it('put a path inside the site under the base path, a page with its slash and a file without', () => {
    expect(href()).toBe('/');
    expect(href('bodies')).toBe('/bodies/');
    expect(href('favicon.svg')).toBe('/favicon.svg');
  });
  it('give the address of a page in a language on the site', () => {
    expect(absoluteUrl(new URL('https://example.org/'), 'kk', 'about')).toBe('https://example.org/kk/about/');
    expect(absoluteUrl(new URL('https://example.org/'), 'en')).toBe('https://example.org/');
  });
});

describe('localize', () => {
  it('speaks the page’s language and links to its pages in it', () => {
    const russian = localize('ru');
    expect(russian.lang).toBe('ru');
    expect(russian.page('bodies')).toBe('/ru/bodies/');
    expect(russian.page()).toBe('/ru/');
    expect(localize(undefined).page('a-z')).toBe('/a-z/');
  });
});

describe('pluralForms', () => {
  it('gives every plural form of a string, for the browser to choose from', () => {
    expect(strings('en').pluralForms('search.count')).toEqual({ one: '{count} result for “{query}”', other: '{count} results for “{query}”' });
  });
});
