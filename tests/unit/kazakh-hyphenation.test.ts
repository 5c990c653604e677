import { describe, expect, it } from 'vitest';
import { hyphenateKazakh } from '../../src/lib/kazakh-hyphenation.ts';

const broken = (word: string) => hyphenateKazakh(word, { hyphenChar: '-', minWordLength: 0 });

describe('hyphenateKazakh', () => {
  // The examples of the rules it follows (tarbie.kz, «Сөздердің тасымалдануы»; dereksiz.org).
  it('breaks before the one consonant between vowels, and between two', () => {
    expect(broken('орналастыру')).toBe('ор-на-лас-ты-ру');
    expect(broken('алақан')).toBe('ала-қан');
  });
  it('of three consonants, carries the third and leaves two on the line', () => {
    expect(broken('құмырсқа')).toBe('құ-мырс-қа');
    expect(broken('күңгірттеу')).toBe('күң-гірт-теу');
    expect(broken('жаңғыртты')).toBe('жаң-ғырт-ты');
  });
  it('reads у between vowels as a consonant that begins the next syllable, and у, и after a consonant as vowels', () => {
    expect(broken('дауыс')).toBe('да-уыс');
    expect(broken('сауат')).toBe('са-уат');
    expect(broken('дайындық')).toBe('да-йын-дық');
    expect(broken('буын')).toBe('бу-ын');
    expect(broken('қиын')).toBe('қи-ын');
    expect(broken('қауіпсіздік')).toBe('қа-уіп-сіз-дік');
    expect(broken('Еуропалық')).toBe('Еу-ро-па-лық');
    expect(broken('тауда')).toBe('тау-да');
  });
  it('breaks loanwords by their syllables, the signs ь and ъ with the letter before them', () => {
    expect(broken('проект')).toBe('про-ект');
    expect(broken('поэма')).toBe('по-э-ма');
    expect(broken('съездің')).toBe('съез-дің');
    expect(broken('рөлінде')).toBe('рө-лін-де');
    expect(broken('вексель')).toBe('век-сель');
    expect(broken('батальон')).toBe('ба-та-льон');
    expect(broken('субъект')).toBe('су-бъект');
  });
  it('leaves no single letter on a line or alone on the next, and never breaks a word of one syllable', () => {
    expect(broken('армия')).toBe('ар-мия');
    expect(broken('оюлы')).toBe('ою-лы');
    expect(broken('атом')).toBe('атом');
    expect(broken('төрт')).toBe('төрт');
    expect(broken('пункт')).toBe('пункт');
    expect(broken('стратегия')).toBe('стра-те-гия');
  });
  it('keeps capitals as they are, and shorter words than asked whole', () => {
    expect(broken('ҰЖЫМДЫҚ')).toBe('ҰЖЫМ-ДЫҚ');
    expect(broken('Қазақстанның')).toBe('Қа-зақс-тан-ның');
    expect(hyphenateKazakh('Ұйымның', { hyphenChar: '-', minWordLength: 8 })).toBe('Ұйымның');
    expect(hyphenateKazakh('Ұйымның', { hyphenChar: '-', minWordLength: 7 })).toBe('Ұйым-ның');
  });
});
