import { describe, expect, it } from 'vitest';
import { indexLetter, letterGroups } from '../../src/lib/a-to-z.ts';

const item = (title: string) => ({ title, path: title.toLowerCase(), section: 'Test' });

describe('indexLetter', () => {
  it('files a title under its first letter, upper-cased', () => {
    expect(indexLetter('permanent Council')).toBe('P');
  });
  it('skips leading quotes and punctuation', () => {
    expect(indexLetter('"Kanal" (Channel)')).toBe('K');
    expect(indexLetter('(«Kanal»)')).toBe('K');
  });
  it('files a title with no letter first under #', () => {
    expect(indexLetter('2004')).toBe('#');
    expect(indexLetter('')).toBe('#');
  });
  it('handles Cyrillic titles', () => {
    expect(indexLetter('объединенный штаб', 'ru')).toBe('О');
  });
});

describe('letterGroups', () => {
  it('groups by letter in alphabetical order, titles sorted within a letter', () => {
    const groups = letterGroups([item('Secretariat'), item('CIS'), item('Secretary General'), item('Collective Air Forces')]);
    expect(groups.map((g) => g.letter)).toEqual(['C', 'S']);
    expect(groups[0]!.items.map((i) => i.title)).toEqual(['CIS', 'Collective Air Forces']);
    expect(groups[1]!.items.map((i) => i.title)).toEqual(['Secretariat', 'Secretary General']);
  });
  it('orders the numbers in titles by their value', () => {
    expect(letterGroups([item('Exercise 10'), item('Exercise 2'), item('exercise 3')])[0]!.items.map((i) => i.title)).toEqual(['Exercise 2', 'exercise 3', 'Exercise 10']);
  });
  it('puts titles that start with no letter last', () => {
    expect(letterGroups([item('2004'), item('Zeta'), item('Alpha')]).map((g) => g.letter)).toEqual(['A', 'Z', '#']);
  });
  it('gives no group for no items', () => {
    expect(letterGroups([])).toEqual([]);
  });
});

describe('letterGroups in Russian', () => {
  it('orders Cyrillic letters as the Russian alphabet does', () => {
    expect(letterGroups([item('Япония'), item('Армения'), item('Ёлка'), item('Евразия')], 'ru').map((g) => g.letter)).toEqual(['А', 'Е', 'Ё', 'Я']);
  });
});

describe('letterGroups in Kazakh', () => {
  it('files each Kazakh letter apart and in the Kazakh alphabet’s order: Ә after А, Ғ after Г, Қ after К, Ң after Н, Ө after О, Ұ and Ү after У, Һ after Х, І after Ы', () => {
    const titles = ['Іздеу', 'Ынтымақ', 'Һижра', 'Хатшылық', 'Үкімет', 'Ұйым', 'Ушақ', 'Өңір', 'Орган', 'Ңа', 'Наурыз', 'Қазақстан', 'Канал', 'Ғалым', 'Гүл', 'Әскери', 'Армения'];
    expect(letterGroups(titles.map(item), 'kk').map((g) => g.letter)).toEqual(['А', 'Ә', 'Г', 'Ғ', 'К', 'Қ', 'Н', 'Ң', 'О', 'Ө', 'У', 'Ұ', 'Ү', 'Х', 'Һ', 'Ы', 'І']);
  });
});
