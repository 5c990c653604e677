import { describe, expect, it } from 'vitest';
import { azGroups, azLetter } from '../../src/lib/az.ts';

const item = (title: string) => ({ title, path: title.toLowerCase(), section: 'Test' });

describe('azLetter', () => {
  it('files a title under its first letter, upper-cased', () => {
    expect(azLetter('permanent Council')).toBe('P');
  });
  it('skips leading quotes and punctuation', () => {
    expect(azLetter('"Kanal" (Channel)')).toBe('K');
  });
  it('files a title with no letter first under #', () => {
    expect(azLetter('2004')).toBe('#');
    expect(azLetter('')).toBe('#');
  });
  it('handles Cyrillic titles', () => {
    expect(azLetter('объединенный штаб', 'ru')).toBe('О');
  });
});

describe('azGroups', () => {
  it('groups by letter in alphabetical order, titles sorted within a letter', () => {
    const groups = azGroups([item('Secretariat'), item('CIS'), item('Secretary General'), item('Collective Air Forces')]);
    expect(groups.map((g) => g.letter)).toEqual(['C', 'S']);
    expect(groups[0]!.items.map((i) => i.title)).toEqual(['CIS', 'Collective Air Forces']);
    expect(groups[1]!.items.map((i) => i.title)).toEqual(['Secretariat', 'Secretary General']);
  });
  it('puts titles that start with no letter last', () => {
    expect(azGroups([item('2004'), item('Zeta'), item('Alpha')]).map((g) => g.letter)).toEqual(['A', 'Z', '#']);
  });
  it('gives no group for no items', () => {
    expect(azGroups([])).toEqual([]);
  });
});
