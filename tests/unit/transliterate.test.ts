import { describe, expect, it } from 'vitest';
import { toCyrillic, toLatin, transliterate } from '../../src/lib/words/transliterate.ts';
import { scriptOf } from '../../src/lib/words/words.ts';

describe('scriptOf', () => {
  it('names the script most letters are in, and none for a text without letters of either', () => {
    expect(scriptOf('Kanal')).toBe('Latn');
    expect(scriptOf('Канал 2015')).toBe('Cyrl');
    expect(scriptOf('ОДКБ CSTO')).toBe('Latn');
    expect(scriptOf('2015 —')).toBeUndefined();
  });
});

describe('toLatin: BGN/PCGN without diacritics', () => {
  it('writes the site’s Russian names as English texts commonly do', () => {
    expect(toLatin('Канал')).toBe('Kanal');
    expect(toLatin('Нелегал')).toBe('Nelegal');
    expect(toLatin('Нерушимое братство')).toBe('Nerushimoye bratstvo');
    expect(toLatin('Взаимодействие')).toBe('Vzaimodeystviye');
    expect(toLatin('Ереван')).toBe('Yerevan');
    expect(toLatin('Щит Союза')).toBe('Shchit Soyuza');
    expect(toLatin('Казахстан')).toBe('Kazakhstan');
    expect(toLatin('Ёлка')).toBe('Yelka');
    expect(toLatin('«Ереван»')).toBe('«Yerevan»');
  });
  it('leaves other characters as they are', () => {
    expect(toLatin('CSTO-2015!')).toBe('CSTO-2015!');
  });
});

describe('toCyrillic', () => {
  it('reads the romanisation back, digraphs first, with «й» after a vowel and «ы» after a consonant', () => {
    expect(toCyrillic('Kanal')).toBe('Канал');
    expect(toCyrillic('Vzaimodeystviye')).toBe('Взаимодействие');
    expect(toCyrillic('Nerushimoye Bratstvo')).toBe('Нерушимое Братство');
    expect(toCyrillic('Kazakhstan')).toBe('Казахстан');
    expect(toCyrillic('Kyrgyzstan')).toBe('Кыргызстан');
    expect(toCyrillic('Tajikistan')).toBe('Таджикистан');
    expect(toCyrillic('Yerevan')).toBe('Ереван');
    expect(toCyrillic('Sovetskiy Tsentr')).toBe('Советский Центр');
    expect(toCyrillic('Kuznets')).toBe('Кузнец');
    expect(toCyrillic('Yrys')).toBe('Ырыс');
    expect(toCyrillic('Jizzakh Xenon')).toBe('Джиззах Ксенон');
  });
  it('round-trips the romanisation of Russian words', () => {
    for (const word of ['канал', 'нелегал', 'взаимодействие', 'казахстан', 'щит', 'союза', 'ереван', 'братство', 'центр']) expect(toCyrillic(toLatin(word))).toBe(word);
  });
  it('leaves other characters as they are', () => {
    expect(toCyrillic('2015 — «Канал»')).toBe('2015 — «Канал»');
    expect(transliterate('Kanal', 'Latn')).toBe('Kanal');
  });
});
