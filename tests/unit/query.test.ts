import { afterEach, describe, expect, it, vi } from 'vitest';
import { debounce, languagesMeant, matchedLoosely, maxQueryLength, parseExcerpt, prepareQuery, readSearchState, respellings, resultLink, searchQueryString, usefulFilters, withQuery } from '../../src/components/search/query.ts';
import { stemmedQuery, stemWord } from '../../src/components/search/stems.ts';
import { vocabulary } from '../../src/components/search/spelling.ts';

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

describe('search state in the URL', () => {
  it('reads the query and every chosen section', () => {
    expect(readSearchState('?q=joint+staff&section=Bodies&section=Forces')).toEqual({ query: 'joint staff', sections: ['Bodies', 'Forces'], exact: false });
  });
  it('reads no query as an empty one', () => {
    expect(readSearchState('')).toEqual({ query: '', sections: [], exact: false });
  });
  it('carries a search for the words as typed, without corrections', () => {
    expect(searchQueryString({ query: 'Kazakstan', sections: [], exact: true })).toBe('?q=Kazakstan&exact=1');
    expect(readSearchState('?q=Kazakstan&exact=1')).toEqual({ query: 'Kazakstan', sections: [], exact: true });
    expect(searchQueryString({ query: '', sections: [], exact: true })).toBe('');
  });
  it('round-trips, hostile text included', () => {
    const state = { query: '<script>alert("x")</script> & Канал', sections: ['Operations and exercises'], exact: false };
    expect(readSearchState(searchQueryString(state))).toEqual(state);
  });
  it('leaves out what is empty', () => {
    expect(searchQueryString({ query: '', sections: [] })).toBe('');
  });
});

describe('withQuery', () => {
  it('carries the words to the search page in another language, and nothing else of the address', () => {
    expect(withQuery('http://localhost/ru/search/', ' канал ')).toBe('http://localhost/ru/search/?q=%D0%BA%D0%B0%D0%BD%D0%B0%D0%BB');
    expect(withQuery('/search/?q=old&section=Bodies#results', 'new words')).toBe('/search/?q=new+words');
    expect(withQuery('/search/?q=old', '  ')).toBe('/search/');
  });
});

describe('parseExcerpt', () => {
  it('splits marked and unmarked text', () => {
    expect(parseExcerpt('the <mark>Joint</mark> <mark>Staff</mark> is')).toEqual([
      { text: 'the ', marked: false },
      { text: 'Joint', marked: true },
      { text: ' ', marked: false },
      { text: 'Staff', marked: true },
      { text: ' is', marked: false },
    ]);
  });
  it('decodes entities into text, so escaped markup stays text', () => {
    expect(parseExcerpt('&lt;img src=x onerror=alert(1)&gt; &amp; &#39;q&#39; &#x41;')).toEqual([
      { text: "<img src=x onerror=alert(1)> & 'q' A", marked: false },
    ]);
  });
  it('keeps any tag other than mark as visible text', () => {
    expect(parseExcerpt('<b>bold</b>')).toEqual([{ text: '<b>bold</b>', marked: false }]);
  });
  it('gives nothing for an empty excerpt', () => {
    expect(parseExcerpt('')).toEqual([]);
  });
});

describe('debounce', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  it('runs once, with the last arguments, after input pauses', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const later = debounce(run, 200);
    later('a');
    later('ab');
    vi.advanceTimersByTime(199);
    expect(run).not.toHaveBeenCalled();
    later('abc');
    vi.advanceTimersByTime(200);
    expect(run).toHaveBeenCalledOnce();
    expect(run).toHaveBeenCalledWith('abc');
  });
  it('runs nothing once cancelled, and runs again when called after that', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const later = debounce(run, 200);
    later('a');
    later.cancel();
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    later('b');
    vi.advanceTimersByTime(200);
    expect(run).toHaveBeenCalledExactlyOnceWith('b');
  });
});

describe('usefulFilters', () => {
  it('offers the sections that have results, when there are several', () => {
    expect(usefulFilters({ Bodies: 3, Forces: 0, Operations: 2 }, [])).toEqual(['Bodies', 'Operations']);
  });
  it('offers none when every result is in one section, or there are none', () => {
    expect(usefulFilters({ Bodies: 3, Forces: 0 }, [])).toEqual([]);
    expect(usefulFilters({ Bodies: 0, Forces: 0 }, [])).toEqual([]);
    expect(usefulFilters({}, [])).toEqual([]);
  });
  it('keeps a chosen section, even with no results, so the choice can be undone', () => {
    expect(usefulFilters({ Bodies: 0, Forces: 0 }, ['Forces'])).toEqual(['Forces']);
    expect(usefulFilters({ Bodies: 3, Forces: 1 }, ['Forces'])).toEqual(['Bodies', 'Forces']);
  });
});

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
  it('leaves short words, Latin words and words with digits alone', () => {
    expect(stemWord('силы', 'ru')).toBe('силы');
    expect(stemWord('Kanal', 'ru')).toBe('Kanal');
    expect(stemWord('ОДКБ', 'ru')).toBe('ОДКБ');
    expect(stemWord('2022', 'ru')).toBe('2022');
  });
  it('stems every word of a query, or says there is nothing to stem', () => {
    expect(stemmedQuery('незаконный оборот наркотиков', 'ru')).toBe('незаконн оборот наркотик');
    expect(stemmedQuery('Kanal 2022', 'ru')).toBeUndefined();
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
  });
  it('leaves a stem of three letters with a vowel, and Latin words and short words as they are', () => {
    expect(stem('күштерінің')).toBe('күш');
    expect(stem('әуе')).toBe('әуе');
    expect(stem('Kanal')).toBe('Kanal');
    expect(stemmedQuery('Қазақстанның кеңестері', 'kk')).toBe('Қазақстан кеңес');
    expect(stemmedQuery('Қазақстанның кеңестері', 'en')).toBeUndefined();
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

describe('resultLink', () => {
  const page = { url: '/operations/kanal/', excerpt: 'The <mark>operation</mark> against drugs' };
  it('leads to the page, with a text fragment for the first matched word and the words before it', () => {
    expect(resultLink(page)).toEqual({ url: '/operations/kanal/#:~:text=The-,operation', excerpt: page.excerpt });
    expect(resultLink({ url: '/x/', excerpt: 'one two three four <mark>five</mark> six' }).url).toBe('/x/#:~:text=two%20three%20four-,five');
    expect(resultLink({ url: '/x/', excerpt: '<mark>First</mark> word' }).url).toBe('/x/#:~:text=First');
  });
  it('leads to the heading under which most words matched, with its excerpt', () => {
    const data = {
      ...page,
      sub_results: [
        { url: '/operations/kanal/', excerpt: 'The <mark>operation</mark>', locations: [1, 2, 3] },
        { url: '/operations/kanal/#since-the-source', excerpt: 'Since <mark>Kanal-2016</mark>, once', locations: [40] },
        { url: '/operations/kanal/#facts', excerpt: 'Kind: <mark>operation</mark> and <mark>operation</mark>', locations: [50, 52] },
        { url: '/operations/kanal/#sources', excerpt: 'none', locations: [] },
      ],
    };
    expect(resultLink(data)).toEqual({ url: '/operations/kanal/#facts:~:text=Kind%3A-,operation', excerpt: 'Kind: <mark>operation</mark> and <mark>operation</mark>' });
  });
  it('keeps punctuation out of the word, escapes what a text directive reads as syntax, and leaves the page bare when nothing is marked', () => {
    expect(resultLink({ url: '/x/', excerpt: 'Since <mark>Kanal-2016,</mark> & more' }).url).toBe('/x/#:~:text=Since-,Kanal%2D2016');
    expect(resultLink({ url: '/ru/x/', excerpt: 'операция <mark>«Канал»</mark>' }).url).toBe(`/ru/x/#:~:text=${encodeURIComponent('операция «')}-,${encodeURIComponent('Канал')}`);
    expect(resultLink({ url: '/x/', excerpt: 'nothing marked' }).url).toBe('/x/');
    expect(resultLink({ url: '/x/', excerpt: 'only <mark>…</mark>' }).url).toBe('/x/');
  });
});

describe('matchedLoosely', () => {
  it('is true when a word of the query is marked nowhere as typed', () => {
    expect(matchedLoosely('secretariate', ['The <mark>Secretariat</mark> works'])).toBe(true);
    expect(matchedLoosely('незаконный оборот', ['<mark>незаконному</mark> <mark>обороту</mark>'])).toBe(true);
  });
  it('is false when every word is marked as typed, whatever its case and punctuation, short words aside', () => {
    expect(matchedLoosely('Secretariat of', ['the <mark>secretariat.</mark>'])).toBe(false);
    expect(matchedLoosely('Канал', ['операция <mark>«Канал»</mark>'])).toBe(false);
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
});
