import { describe, expect, it } from 'vitest';
import { stemmedQuery, stemWord } from '../../src/lib/words/stems.ts';

describe('stemWord and stemmedQuery', () => {
  it('gives the forms of a Russian adjective one stem', () => {
    expect(new Set(['незаконный', 'незаконному', 'незаконного', 'незаконной', 'незаконными'].map((word) => stemWord(word, 'ru')))).toEqual(new Set(['незаконн']));
  });
  it('cuts noun endings, keeping at least four letters', () => {
    expect(stemWord('наркотиков', 'ru')).toBe('наркотик');
    expect(stemWord('миграции', 'ru')).toBe('миграц');
    expect(stemWord('органы', 'ru')).toBe('орган');
    expect(stemWord('совета', 'ru')).toBe('совет');
  });
  it('cuts the longest ending that leaves four letters', () => {
    expect(stemWord('армией', 'ru')).toBe('арми');
  });
  it('leaves short words, Latin words, words with digits and words joined by a hyphen alone', () => {
    expect(stemWord('силы', 'ru')).toBe('силы');
    expect(stemWord('армии', 'ru')).toBe('армии');
    expect(stemWord('военно-политического', 'ru')).toBe('военно-политического');
    expect(stemWord('Kanal', 'ru')).toBe('Kanal');
    expect(stemWord('ОДКБ', 'ru')).toBe('ОДКБ');
    expect(stemWord('2022', 'ru')).toBe('2022');
  });
  it('stems every word of a query, or says there is nothing to stem', () => {
    expect(stemmedQuery('незаконный оборот наркотиков', 'ru')).toBe('незаконн оборот наркотик');
    expect(stemmedQuery('Kanal 2022', 'ru')).toBeUndefined();
    expect(stemmedQuery(' незаконный  оборот ', 'ru')).toBe('незаконн оборот');
  });
});

describe('Kazakh stems', () => {
  const stem = (word: string) => stemWord(word, 'kk');
  it('takes off a case, a possessive and a plural, so that the forms of a word meet', () => {
    expect(new Set(['Қазақстанның', 'Қазақстанға', 'Қазақстандағы', 'Қазақстанда'].map(stem))).toEqual(new Set(['Қазақстан']));
    expect(new Set(['кеңестері', 'кеңестерінің', 'кеңестерге'].map(stem))).toEqual(new Set(['кеңес']));
    expect(new Set(['органдары', 'органдарының', 'органдар'].map(stem))).toEqual(new Set(['орган']));
    expect(stem('операцияларға')).toBe('операция');
    expect(stem('айналымына')).toBe('айналым'); // a case that only follows a possessive
    expect(stem('Беларусьпен')).toBe('Беларусь');
  });
  it('takes off a suffix only in the vowels of the stem (harmony) and where the sound before it suits it', () => {
    expect(stem('Тәжікстанның')).toBe('Тәжікстан'); // -ның is back: Тәжікстан keeps its -тан after a front vowel
    expect(stem('Тәжікстан')).toBe('Тәжікстан');
    expect(stem('Ресейдің')).toBe('Ресей');
    expect(stem('Ұйымның')).toBe('Ұйым'); // -ым is not taken for a possessive
    expect(stem('жүйесінің')).toBe('жүйе');
    expect(stem('Қазақстанге')).toBe('Қазақстанге'); // -ге is front: Қазақстан ends in a back vowel
    expect(stem('курсы')).toBe('курс'); // -сы follows a vowel, -ы a consonant
    expect(stem('айналымын')).toBe('айналым'); // -н, a case with no vowel, after a possessive
  });
  it('leaves a stem of three letters with a vowel, and Latin words and short words as they are', () => {
    expect(stem('күштерінің')).toBe('күш');
    expect(stem('әуе')).toBe('әуе');
    expect(stem('суда')).toBe('суда');
    expect(stem('ТМДның')).toBe('ТМДның');
    expect(stem('ҰҚШҰ-ның')).toBe('ҰҚШҰ-ның');
    expect(stem('Kanal')).toBe('Kanal');
    expect(stemmedQuery('Қазақстанның кеңестері', 'kk')).toBe('Қазақстан кеңес');
    expect(stemmedQuery('Қазақстанның кеңестері', 'en')).toBeUndefined();
  });
});
