import { describe, expect, it } from 'vitest';
import { correctionsOf, correctsVersion, versionsNamed } from '../../src/lib/content/corrections.ts';
import { newestFirst } from '../../src/lib/content/dating.ts';
import { catalogOf, item, ref } from './fixtures/catalog.ts';

const concerning = (id: string, date: string, page = 'council', versions?: ('en' | 'ru' | 'kk')[]) =>
  item('corrections', id, { date, concerns: [ref('bodies', page)], ...(versions ? { versions } : {}) });

describe('correctsVersion', () => {
  it('holds a correction naming no languages for every language, and one naming some for those only', () => {
    expect(correctsVersion(concerning('all', '2026-12-07'), 'kk')).toBe(true);
    expect(correctsVersion(concerning('some', '2026-12-07', 'council', ['ru', 'kk']), 'ru')).toBe(true);
    expect(correctsVersion(concerning('some', '2026-12-07', 'council', ['ru', 'kk']), 'en')).toBe(false);
  });
});

describe('correctionsOf', () => {
  const catalog = catalogOf(
    item('bodies', 'council'),
    item('bodies', 'staff'),
    concerning('older', '2026-11-30'),
    concerning('b-same-day', '2026-12-07'),
    concerning('a-same-day', '2026-12-07'),
    concerning('russian-only', '2026-12-08', 'council', ['ru']),
    concerning('elsewhere', '2026-12-09', 'staff'),
  );

  it('gives the corrections of a page in a language, newest first, then by id', () => {
    expect(correctionsOf(catalog, ref('bodies', 'council'), 'en').map((c) => c.id)).toEqual(['a-same-day', 'b-same-day', 'older']);
    expect(correctionsOf(catalog, ref('bodies', 'council'), 'ru').map((c) => c.id)).toEqual(['russian-only', 'a-same-day', 'b-same-day', 'older']);
    expect(correctionsOf(catalog, ref('bodies', 'staff'), 'kk').map((c) => c.id)).toEqual(['elsewhere']);
  });

  it('gives none for a page nothing corrected', () => {
    expect(correctionsOf(catalog, ref('activities', 'area'), 'en')).toEqual([]);
  });
});

describe('newestFirst', () => {
  it('orders a copy, leaving the list it was given as it was', () => {
    const list = [concerning('z', '2026-01-01'), concerning('y', '2026-03-01'), concerning('x', '2026-03-01')];
    expect(newestFirst(list).map((c) => c.id)).toEqual(['x', 'y', 'z']);
    expect(list.map((c) => c.id)).toEqual(['z', 'y', 'x']);
  });
});

describe('versionsNamed', () => {
  it('names the language versions a correction concerns, in the page’s language', () => {
    const some = concerning('some', '2026-12-07', 'council', ['ru', 'kk']);
    expect(versionsNamed(some, 'en')).toBe('Russian and Kazakh');
    expect(versionsNamed(some, 'ru')).toBe('русский и казахский');
    expect(versionsNamed(some, 'kk')).toBe('орыс тілі және қазақ тілі');
    expect(versionsNamed(concerning('one', '2026-12-07', 'council', ['en']), 'ru')).toBe('английский');
  });

  it('says nothing of a correction that concerns every language, named or not', () => {
    expect(versionsNamed(concerning('unnamed', '2026-12-07'), 'en')).toBeUndefined();
    expect(versionsNamed(concerning('named', '2026-12-07', 'council', ['en', 'ru', 'kk']), 'en')).toBeUndefined();
  });
});
