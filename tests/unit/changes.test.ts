import { describe, expect, it } from 'vitest';
import { changesByYear, latestChange } from '../../src/lib/content/changes.ts';
import { item, ref } from './fixtures/catalog.ts';

const development = (id: string, date: string, concerns = [ref('bodies', 'council')]) => item('developments', id, { date, concerns });
const ids = (years: ReturnType<typeof changesByYear>) => years.map(({ year, developments }) => [year, developments.map((d) => d.id)]);

describe('changesByYear', () => {
  it('groups developments by the year of their date, the newest year first and the newest first within it', () => {
    const given = [development('a', '2022-01-06'), development('b', '2024-02-22'), development('c', '2022-11-23'), development('d', '1992-05-15'), development('e', '2024-12-04')];
    expect(ids(changesByYear(given))).toEqual([
      [2024, ['e', 'b']],
      [2022, ['c', 'a']],
      [1992, ['d']],
    ]);
  });

  it('files a date known only to its month or year under that year, after the days it may include', () => {
    const given = [development('month', '2024-06'), development('day', '2024-06-12'), development('year', '2024'), development('may', '2024-05-08')];
    expect(ids(changesByYear(given))).toEqual([[2024, ['day', 'month', 'may', 'year']]]);
  });

  it('orders developments of the same day by id, whatever order they come in, and leaves the list it was given as it was', () => {
    const given = [development('z', '2025-11-27'), development('m', '2025-11-27')];
    expect(ids(changesByYear(given))).toEqual([[2025, ['m', 'z']]]);
    expect(given.map((d) => d.id)).toEqual(['z', 'm']);
  });

  it('gives no year for no developments', () => {
    expect(changesByYear([])).toEqual([]);
  });
});

describe('latestChange', () => {
  it('is the newest development, or none', () => {
    expect(latestChange([development('old', '2010-03'), development('new', '2025-11-27'), development('mid', '2022-01-06')])?.id).toBe('new');
    expect(latestChange([])).toBeUndefined();
  });
});

