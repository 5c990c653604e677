import { describe, expect, it } from 'vitest';
import { kazakhBackVowels, kazakhFrontVowels, kazakhLetters, kazakhVowels } from '../../src/lib/words/kazakh.ts';
import { toLatin } from '../../src/lib/words/transliterate.ts';
import { letterCount, normalise, wordsOf } from '../../src/lib/words/words.ts';
import { languageTable } from '../../src/lib/i18n/languages.ts';

describe('words', () => {
  it('are compared composed, in lower case, with «ё» as «е»', () => {
    expect(normalise('Объединённый')).toBe('объединенный');
    expect(normalise('Қазақстан')).toBe('қазақстан');
  });
  it('are the runs of letters of a text', () => {
    expect(wordsOf('Kanal-2016, the “Channel”')).toEqual(['kanal', 'the', 'channel']);
    expect(wordsOf('ҰҚШҰ-ның 2022')).toEqual(['ұқшұ', 'ның']);
  });
  it('count letters, not UTF-16 units', () => {
    expect(letterCount('қазақ')).toBe(5);
    expect(letterCount('𝒜b')).toBe(2);
  });
});

describe('the Kazakh alphabet', () => {
  it('has its back and front vowels among its vowels', () => {
    for (const vowel of kazakhBackVowels + kazakhFrontVowels) expect(kazakhVowels).toContain(vowel);
  });
  it('is what the Kazakh language declares as its own letters', () => {
    expect(languageTable.kk.letters).toBe(kazakhLetters);
  });
  it('has a Latin spelling for each letter Russian lacks, so a Kazakh name typed on an English page is searched', () => {
    for (const letter of kazakhLetters) expect(toLatin(letter), letter).toMatch(/^[a-z]+$/);
  });
});
