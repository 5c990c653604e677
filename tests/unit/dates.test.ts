import { describe, expect, it } from 'vitest';
import { formatDate, yearOf } from '../../src/lib/i18n/dates.ts';

describe('formatDate', () => {
  it('writes a date as precisely as it is known, in each language', () => {
    expect(formatDate('1992-05-15', 'en')).toBe('15 May 1992');
    expect(formatDate('2008-09', 'en')).toBe('September 2008');
    expect(formatDate('2004', 'ru')).toBe('2004');
    expect(formatDate('1992-05-15', 'ru')).toBe('15 мая 1992\u00A0г.');
    expect(formatDate('2008-09', 'ru')).toBe('сентябрь 2008\u00A0г.');
    expect(formatDate('2008-09', 'kk')).toBe('2008\u00A0ж. қыркүйек');
    expect(formatDate('2026-11-28', 'kk')).toBe('2026\u00A0ж. 28 қараша');
  });
  it('gives the year of a date', () => {
    expect(yearOf('2008-09')).toBe(2008);
  });
});
