import { describe, expect, it } from 'vitest';
import { knownWord, languagesMeant, matchedLoosely, prepareQuery, respellings, standsFor, wordsNotMatched } from '../../src/components/search/query.ts';
import { maxQueryLength } from '../../src/components/search/policy.ts';
import { vocabulary } from '../../src/lib/words/spelling.ts';

describe('prepareQuery', () => {
  it('treats nothing, or only white space, as no query', () => {
    expect(prepareQuery('')).toEqual({ kind: 'empty' });
    expect(prepareQuery('   \n\t ')).toEqual({ kind: 'empty' });
    expect(prepareQuery(null)).toEqual({ kind: 'empty' });
  });
  it('folds white space', () => {
    expect(prepareQuery('  joint \n staff ')).toEqual({ kind: 'ok', text: 'joint staff', truncated: false });
  });
  it('says a query of punctuation only has no words', () => {
    expect(prepareQuery('?!… — «»')).toEqual({ kind: 'no-words', text: '?!… — «»' });
  });
  it('accepts mixed scripts and diacritics', () => {
    expect(prepareQuery('Канал kanal Qazaqstan Қазақстан')).toMatchObject({ kind: 'ok', truncated: false });
    expect(prepareQuery('Sécurité')).toMatchObject({ kind: 'ok', text: 'Sécurité' });
  });
  it('cuts a very long query at a word boundary and says so', () => {
    const result = prepareQuery('drug trafficking '.repeat(120));
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.truncated).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(maxQueryLength);
    expect(result.text.endsWith('trafficking') || result.text.endsWith('drug')).toBe(true);
  });
  it('cuts a long query without spaces at the limit', () => {
    const result = prepareQuery('x'.repeat(2000));
    expect(result).toEqual({ kind: 'ok', text: 'x'.repeat(maxQueryLength), truncated: true });
  });
});

describe('languagesMeant', () => {
  const en = { lang: 'en', script: 'Latn', letters: '' } as const;
  const ru = { lang: 'ru', script: 'Cyrl', letters: '' } as const;
  const kk = { lang: 'kk', script: 'Cyrl', letters: 'әғқңөұүһі' } as const;
  it('reads a query in another script as meant for the first language of that script', () => {
    expect(languagesMeant('Канал', en, [ru, kk])).toEqual(['ru']);
    expect(languagesMeant('Kanal', ru, [en, kk])).toEqual(['en']);
    expect(languagesMeant('Kanal', kk, [en, ru])).toEqual(['en']);
  });
  it('reads a query with letters only one language has as meant for it, in the same script too', () => {
    expect(languagesMeant('Қазақстан', en, [ru, kk])).toEqual(['kk']);
    expect(languagesMeant('Қазақстан', ru, [en, kk])).toEqual(['kk']);
    expect(languagesMeant('кеңес', ru, [en, kk])).toEqual(['kk']); // ң
    expect(languagesMeant('совет', ru, [en, kk])).toEqual([]);
  });
  it('reads a query in this page’s own letters as meant for this page', () => {
    expect(languagesMeant('Қазақстан', kk, [en, ru])).toEqual([]);
    expect(languagesMeant('Канал', kk, [en, ru])).toEqual([]);
    expect(languagesMeant('2022', en, [ru, kk])).toEqual([]);
  });
});

describe('matchedLoosely', () => {
  it('is true when a word of the query is marked nowhere as typed', () => {
    expect(matchedLoosely('secretariate', [['Secretariat']])).toBe(true);
    expect(matchedLoosely('незаконный оборот', [['незаконному', 'обороту']])).toBe(true);
  });
  it('is false when every word is marked as typed, whatever its case and punctuation, short words aside', () => {
    expect(matchedLoosely('Secretariat of', [['secretariat.']])).toBe(false);
    expect(matchedLoosely('Канал', [['«Канал»']])).toBe(false);
  });
});

describe('respellings', () => {
  const english = vocabulary(['kazakhstan', 'kanal', 'nerushimoe', 'bratstvo', 'council'], 'en');
  const russian = vocabulary(['казахстан', 'канал', 'нерушимое', 'братство', 'совет'], 'ru');
  it('corrects unknown words to the site’s spelling', () => {
    expect(respellings('Kazakstan', 'Latn', english)).toEqual(['Kazakhstan']);
    expect(respellings('Nerushimoye Bratstvo', 'Latn', english)).toEqual(['Nerushimoe Bratstvo']);
  });
  it('tries a query in the other script in the page’s own, corrected where it is off', () => {
    expect(respellings('Kanal', 'Cyrl', russian)).toEqual(['Канал']);
    expect(respellings('Kazakstan', 'Cyrl', russian)).toEqual(['Казахстан']);
    expect(respellings('Канал', 'Latn', english)).toEqual(['Kanal']);
    expect(respellings('Нерушимое братство', 'Latn', english)).toEqual(['Nerushimoe bratstvo']);
  });
  it('offers nothing for a query that is already the site’s words', () => {
    expect(respellings('council', 'Latn', english)).toEqual([]);
  });
  it('offers nothing for a word the site has nothing close to, nor corrects a word of three letters', () => {
    expect(respellings('Afghanistan', 'Latn', english)).toEqual([]);
    expect(respellings('Azov', 'Latn', english)).toEqual([]);
    expect(respellings('kan', 'Latn', vocabulary(['kin', 'ken'], 'en'))).toEqual([]);
  });
});

describe('standsFor', () => {
  it('takes a matched word for the query’s word when it is the same word, whatever its case and «ё»', () => {
    expect(standsFor('Kanal', 'kanal')).toBe(true);
    expect(standsFor('UN', 'UN')).toBe(true);
    expect(standsFor('объединённый', 'Объединенный')).toBe(true);
  });
  it('takes a word that shares enough of its start: a misspelling, a longer or another form', () => {
    expect(standsFor('Kazakstan', 'Kazakhstan')).toBe(true);
    expect(standsFor('secretariate', 'Secretariat')).toBe(true);
    expect(standsFor('армении', 'Армения')).toBe(true);
    expect(standsFor('Қазақстанның', 'Қазақстан')).toBe(true);
  });
  it('never takes the letter or two Pagefind cut an unknown word down to, nor a short word that begins it', () => {
    expect(standsFor('Afghanistan', 'a')).toBe(false);
    expect(standsFor('Узбекистан', 'у')).toBe(false);
    expect(standsFor('Theocracy', 'the')).toBe(false);
    expect(standsFor('Azerbaijan', 'Azer')).toBe(false); // 4 letters, but under half of the word
    expect(standsFor('UN', 'U')).toBe(false);
  });
});

describe('wordsNotMatched', () => {
  it('names the query’s words that no excerpt matched as themselves or a close form', () => {
    expect(wordsNotMatched('Afghanistan', [['a', 'A'], ['a']])).toEqual(['afghanistan']);
    expect(wordsNotMatched('Kanal Afghanistan', [['Kanal', 'a']])).toEqual(['afghanistan']);
    expect(wordsNotMatched('Kazakstan', [['Kazakhstan']])).toEqual([]);
  });
  it('leaves out words of one or two letters, unless the query has no other', () => {
    expect(wordsNotMatched('Kanal of', [['Kanal']])).toEqual([]);
    expect(wordsNotMatched('UN', [['U']])).toEqual(['un']);
    expect(wordsNotMatched('UN', [['UN']])).toEqual([]);
  });
  it('names nothing for a query of digits, which the index matches as they are', () => {
    expect(wordsNotMatched('2022', [['2022']])).toEqual([]);
  });
});

describe('knownWord', () => {
  const english = vocabulary(['kazakhstan', 'kanal', 'council'], 'en');
  const kazakh = vocabulary(['қазақстан', 'кеңес'], 'kk');
  it('knows the site’s words, their beginnings and, in Russian and Kazakh, their other forms', () => {
    expect(knownWord('Kanal', english)).toBe(true);
    expect(knownWord('kazakh', english)).toBe(true);
    expect(knownWord('Қазақстанның', kazakh)).toBe(true);
    expect(knownWord('кеңестері', kazakh)).toBe(true);
  });
  it('does not know a word the site does not have', () => {
    expect(knownWord('Afghanistan', english)).toBe(false);
    expect(knownWord('Өзбекстан', kazakh)).toBe(false);
  });
});

describe('queries in detail', () => {
  it('keeps a query of exactly the limit whole, and cuts one without an early space at the limit', () => {
    expect(prepareQuery('x'.repeat(maxQueryLength))).toEqual({ kind: 'ok', text: 'x'.repeat(maxQueryLength), truncated: false });
    const early = `ab ${'x'.repeat(maxQueryLength)}`;
    expect(prepareQuery(early)).toEqual({ kind: 'ok', text: early.slice(0, maxQueryLength), truncated: true });
  });
  it('takes a word sharing exactly enough letters, and a longer form of a short word', () => {
    expect(standsFor('abcd', 'abcdx')).toBe(true);
    expect(standsFor('kazakh', 'Kazakhstan')).toBe(true);
    expect(standsFor('abcdefghij', 'abcdex')).toBe(true);
    expect(standsFor('abcdefghijk', 'abcdex')).toBe(false);
  });
  it('counts a word of three letters as one the index matches by its letters', () => {
    expect(wordsNotMatched('CSC of', [['C']])).toEqual(['csc']);
    expect(matchedLoosely('CSC', [['CSCE']])).toBe(true);
    expect(matchedLoosely('kanal secretariate', [['Kanal', 'Secretariat']])).toBe(true);
    expect(matchedLoosely('of', [[]])).toBe(false);
  });
  it('knows a word by its start, not by its end', () => {
    expect(knownWord('stan', vocabulary(['kazakhstan'], 'en'))).toBe(false);
    expect(knownWord('миграции', vocabulary(['миграция'], 'ru'))).toBe(true);
    expect(knownWord('ции', vocabulary(['миграция'], 'ru'))).toBe(false);
  });
});
