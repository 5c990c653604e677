// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { pagefindIndexes } from '../../src/components/search/pagefind.ts';
import { excerptLength, ranking } from '../../src/components/search/policy.ts';

// The loader of Pagefind's indexes, against a stand-in module (fixtures/pagefind/pagefind.js)
// served from the project as the site serves dist/pagefind/.
const base = '/tests/unit/fixtures/';
type Calls = unknown[][];
const declare = globalThis as { pagefindFails?: boolean };

afterEach(() => {
  delete declare.pagefindFails;
  document.documentElement.lang = '';
});

describe('pagefindIndexes', () => {
  it('starts the page language’s index once, with the policy’s options, its filters and a first search', async () => {
    document.documentElement.lang = 'en';
    const indexes = pagefindIndexes(base, 'en');
    const index = (await indexes.load('en')) as unknown as { calls: Calls };
    expect(await indexes.load('en')).toBe(index);
    expect(index.calls).toEqual([
      ['options', { baseUrl: base, excerptLength, ranking }],
      ['init', 'en'],
      ['filters'],
      ['search', 'a', { filters: { section: { any: [] } } }],
    ]);
  });

  it('starts another language’s index from its own copy of the module, with <html lang> naming that language only while it starts', async () => {
    document.documentElement.lang = 'en';
    const indexes = pagefindIndexes(base, 'en');
    const own = (await indexes.load('en')) as unknown as { calls: Calls };
    const russian = (await indexes.load('ru')) as unknown as { calls: Calls };
    expect(russian).not.toBe(own);
    expect(russian.calls).toEqual([
      ['options', { baseUrl: base, excerptLength, ranking }],
      ['init', 'ru'],
    ]);
    expect(document.documentElement.lang).toBe('en');
  });

  it('tries again after a failed load', async () => {
    const indexes = pagefindIndexes(base, 'kk');
    declare.pagefindFails = true;
    await expect(indexes.load('kk')).rejects.toThrow('the index is missing');
    delete declare.pagefindFails;
    await expect(indexes.load('kk')).resolves.toBeDefined();
  });

  it('readies a search as the reader types, and keeps a failure for the search to report', async () => {
    const indexes = pagefindIndexes(base, 'en');
    indexes.preload('en', 'kanal');
    const index = (await indexes.load('en')) as unknown as { calls: Calls };
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(index.calls.at(-1)).toEqual(['preload', 'kanal']);
    declare.pagefindFails = true;
    expect(() => indexes.preload('xx', 'kanal')).not.toThrow();
  });
});
