import { describe, expect, it } from 'vitest';
import { chairIn, chairOfYearReviewed, councilYears, holderOn, holdersOf } from '../../src/lib/content/offices.ts';
import { catalogOf, item, ref } from './fixtures/catalog.ts';

const holder = (id: string, from: string, until?: string, office = 'office') => item('holders', id, { office: ref('bodies', office), from, ...(until && { until }) });

describe('holdersOf', () => {
  it('gives the holders of one office, newest first, whatever order the files come in', () => {
    const catalog = catalogOf(holder('first', '2003-04-28', '2016-12-31'), holder('third', '2020-01-01'), holder('second', '2017-01'), holder('elsewhere', '2021', undefined, 'other'));
    expect(holdersOf(catalog, ref('bodies', 'office')).map((h) => h.id)).toEqual(['third', 'second', 'first']);
    expect(holdersOf(catalog, ref('bodies', 'nobody'))).toEqual([]);
  });
});

describe('holderOn', () => {
  const holders = [holder('old', '2003-04-28', '2016-12-31'), holder('acting', '2017-01-01', '2017-05-02'), holder('next', '2017-05-02', '2018-11-02'), holder('now', '2026-01-01')];

  it('finds the holder whose time covers the day, a holding being over on the day it ends', () => {
    expect(holderOn(holders, '2010-06-01')?.id).toBe('old');
    expect(holderOn(holders, '2016-12-31')).toBeUndefined();
    expect(holderOn(holders, '2017-05-02')?.id).toBe('next');
    expect(holderOn(holders, '2026-11-28')?.id).toBe('now');
  });

  it('finds none before the first or in a gap, and the later begun of two that overlap', () => {
    expect(holderOn(holders, '2000-01-01')).toBeUndefined();
    expect(holderOn(holders, '2019-01-01')).toBeUndefined();
    expect(holderOn([holder('a', '2020-01-01'), holder('b', '2021-01-01')], '2022-01-01')?.id).toBe('b');
  });
});

describe('councilYears and chairIn', () => {
  const session = (id: string, date: string, council = 'council') => item('sessions', id, { date, council: ref('bodies', council) });
  const chair = (year: number, council = 'council') => item('chairs', `chair-${year}`, { year, council: ref('bodies', council) });
  const catalog = catalogOf(session('late', '2022-11-23'), session('early', '2022-01-10'), session('old', '2019-11-28'), session('other', '2018-01-01', 'other'), chair(2022), chair(2026), chair(2017, 'other'));

  it('gives the council’s years with a session or a chair, newest first, sessions in date order', () => {
    const years = councilYears(catalog, ref('bodies', 'council'));
    expect(years.map((y) => [y.year, y.chair?.id, y.sessions.map((s) => s.id)])).toEqual([
      [2026, 'chair-2026', []],
      [2022, 'chair-2022', ['early', 'late']],
      [2019, undefined, ['old']],
    ]);
  });

  it('finds a year’s chair of the council asked for only', () => {
    expect(chairIn(catalog, ref('bodies', 'council'), 2022)?.id).toBe('chair-2022');
    expect(chairIn(catalog, ref('bodies', 'council'), 2017)).toBeUndefined();
  });
});

describe('chairOfYearReviewed', () => {
  it('is the chair of the year the About page was reviewed in', () => {
    const catalog = catalogOf(item('chairs', 'chair-2025', { year: 2025 }), item('chairs', 'chair-2026', { year: 2026 }));
    expect(chairOfYearReviewed(catalog, item('about', 'overview', { reviewed: '2026-11-28' })).id).toBe('chair-2026');
  });

  it('throws, naming the file to add, when the content does not say who chairs that year', () => {
    const catalog = catalogOf(item('chairs', 'chair-2025', { year: 2025 }));
    expect(() => chairOfYearReviewed(catalog, item('about', 'overview', { reviewed: '2026-11-28' }))).toThrow('add content/en/chairs/2026.yaml');
  });
});
