import { describe, expect, it } from 'vitest';
import { createSearcher, type Answer, type SearcherConfig, type SearchIndex } from '../../src/components/search/searcher.ts';
import { fewHere, firstShown } from '../../src/components/search/policy.ts';
import { vocabulary, type Vocabulary } from '../../src/lib/words/spelling.ts';
import { fakeIndex, type FakePage } from './fixtures/pagefind.ts';

const en = { lang: 'en', script: 'Latn', letters: '' } as const;
const ru = { lang: 'ru', script: 'Cyrl', letters: '' } as const;
const kk = { lang: 'kk', script: 'Cyrl', letters: 'әғқңөұүһі' } as const;

const english: FakePage[] = [
  { url: '/members/kazakhstan/', title: 'Kazakhstan', section: 'Member states', text: 'Kazakhstan is a member state of the Organization.', summary: 'A member state.' },
  { url: '/operations/kanal/', title: 'Kanal (Channel)', section: 'Operations', text: 'Kanal is a regional anti-drug operation. A coordinating council conducts it.' },
  { url: '/bodies/secretariat/', title: 'Secretariat', section: 'Bodies', text: 'The Secretariat is a permanent working body in Moscow.' },
];
const russian: FakePage[] = [
  { url: '/ru/operations/kanal/', title: 'Канал', section: 'Операции', text: 'Канал — региональная антинаркотическая операция против незаконного оборота, у границ и в регионе.' },
  { url: '/ru/members/kazakhstan/', title: 'Казахстан', section: 'Государства-члены', text: 'Казахстан — государство-член Организации.' },
];
const kazakh: FakePage[] = [{ url: '/kk/members/kazakhstan/', title: 'Қазақстан', section: 'Мүше мемлекеттер', text: 'Қазақстан Ұйымға мүше мемлекет, өңірде.' }];

const vocabularyOf = (pages: readonly FakePage[], lang: string) => vocabulary([...new Set(pages.flatMap((page) => page.text.toLowerCase().match(/\p{L}{3,}/gu) ?? []))], lang);

/** A searcher over fake indexes, with what each was asked. */
function searcher(here: typeof en | typeof ru | typeof kk, overrides: Partial<SearcherConfig> = {}) {
  const indexes = { en: fakeIndex(english), ru: fakeIndex(russian), kk: fakeIndex(kazakh) };
  const pages = { en: english, ru: russian, kk: kazakh };
  const config: SearcherConfig = {
    here,
    others: [en, ru, kk].filter((each) => each.lang !== here.lang),
    index: async (lang) => indexes[lang as keyof typeof indexes],
    vocabulary: async () => vocabularyOf(pages[here.lang], here.lang),
    ...overrides,
  };
  return { ...createSearcher(config), indexes };
}

const found = (answer: Answer) => {
  if (answer.kind !== 'found') throw new Error(`expected results, got ${answer.kind}`);
  return answer;
};
const urls = (answer: Answer) => found(answer).here.first.map((data) => data.url);
const none = { sections: [], exact: false };

describe('the searcher', () => {
  it('finds the pages with the query’s words, and counts them per section', async () => {
    const answer = found(await searcher(en).answer('  kanal ', none));
    expect(answer.query).toBe('kanal');
    expect(answer.shown).toBe('kanal');
    expect(urls(answer)).toEqual(['/operations/kanal/']);
    expect(answer.here.sections).toEqual({ Operations: 1 });
  });

  it('says a query is empty, or has no words', async () => {
    expect(await searcher(en).answer('   ', none)).toEqual({ kind: 'empty' });
    expect(await searcher(en).answer('?!', none)).toEqual({ kind: 'no-words', text: '?!' });
  });

  it('finds nothing for a word that is not on the site, though the index matches its first letter everywhere', async () => {
    const { answer, indexes } = searcher(en);
    for (const word of ['Afghanistan', 'Azov', 'Amazon', 'Azure']) {
      const answered = found(await answer(word, none));
      expect(answered.here.results, word).toEqual([]);
      expect(answered.shown, word).toBe(word);
    }
    // The fake index, like Pagefind, does answer them: with every page that has an "a".
    expect((await indexes.en.search('Afghanistan'))!.results.length).toBe(english.length);
    expect(found(await answer('Afghanistan', { sections: [], exact: true })).here.results).toEqual([]);
  });

  it('finds nothing for a Russian or Kazakh word that is not on the site', async () => {
    // As Pagefind does, the fake index answers them by their first letter.
    expect((await fakeIndex(russian).search('Узбекистан'))!.results.length).toBeGreaterThan(0);
    expect((await fakeIndex(kazakh).search('Өзбекстан'))!.results.length).toBeGreaterThan(0);
    expect(found(await searcher(ru).answer('Узбекистан', none)).here.results).toEqual([]);
    expect(found(await searcher(ru).answer('Вьетнам', none)).here.results).toEqual([]);
    expect(found(await searcher(kk).answer('Өзбекстан', none)).here.results).toEqual([]);
  });

  it('respells a misspelt word as the site spells it, and says so', async () => {
    const answer = found(await searcher(en).answer('Kazakstan', none));
    expect(answer.shown).toBe('Kazakhstan');
    expect(urls(answer)).toEqual(['/members/kazakhstan/']);
  });

  it('keeps the words as typed when the reader asks for them, with what they match closely', async () => {
    const answer = found(await searcher(en).answer('Kazakstan', { sections: [], exact: true }));
    expect(answer.shown).toBe('Kazakstan');
    expect(urls(answer)).toEqual(['/members/kazakhstan/']);
  });

  it('searches a word typed in the other script in the page’s own', async () => {
    const answer = found(await searcher(ru).answer('Kanal', none));
    expect(answer.shown).toBe('Канал');
    expect(urls(answer)).toEqual(['/ru/operations/kanal/']);
  });

  it('searches Russian words by their stems too, and keeps the stems’ results when they are more', async () => {
    const { answer, indexes } = searcher(ru);
    await answer('незаконный', none);
    expect(indexes.ru.searches).toContain('незаконн');
  });

  it('narrows by the sections chosen, and still counts every section', async () => {
    const answer = found(await searcher(en).answer('the', { sections: ['Bodies'], exact: false }));
    expect(urls(answer)).toEqual(['/bodies/secretariat/']);
    expect(answer.here.sections).toEqual({ 'Member states': 1, Bodies: 1 });
  });

  it('searches the language a query is meant for, beside this one', async () => {
    const answer = found(await searcher(en).answer('Қазақстан', none));
    const others = await answer.others;
    expect(others.map((there) => [there.lang, there.found.first.map((data) => data.url)])).toEqual([['kk', ['/kk/members/kazakhstan/']]]);
  });

  it('tries a language of the query’s script when it finds next to nothing here, and shows it when it finds clearly more', async () => {
    // Cyrillic without Kazakh letters is meant for the Kazakh page; it finds nothing there, and the Russian page.
    const russianWord = found(await searcher(kk).answer('операция', none));
    expect(russianWord.here.results).toEqual([]);
    expect((await russianWord.others).map((there) => [there.lang, there.found.first.map((data) => data.url)])).toEqual([['ru', ['/ru/operations/kanal/']]]);
    // A Russian spelling of a Kazakh name is respelt as the Kazakh page writes it, and stays there.
    const respelt = found(await searcher(kk).answer('Казахстан', none));
    expect([respelt.shown, await respelt.others]).toEqual(['Қазақстан', []]);
    const many = found(await searcher(en).answer('the', none));
    expect(many.here.results.length).toBeGreaterThanOrEqual(fewHere - 1);
    expect(await many.others).toEqual([]);
  });

  it('leaves out another language whose index cannot be loaded', async () => {
    const indexes = { en: fakeIndex(english), kk: fakeIndex(kazakh) };
    const { answer } = searcher(en, { index: async (lang) => (lang === 'kk' ? Promise.reject(new Error('offline')) : indexes[lang as 'en']) });
    expect(await found(await answer('Қазақстан', none)).others).toEqual([]);
  });

  it('says search is unavailable when the page language’s index cannot be loaded, and tries again next time', async () => {
    let fail = true;
    const index = fakeIndex(english);
    const { answer } = searcher(en, { index: async () => (fail ? Promise.reject(new Error('404')) : index) });
    expect(await answer('kanal', none)).toEqual({ kind: 'unavailable', truncated: false });
    fail = false;
    expect(urls(await answer('kanal', none))).toEqual(['/operations/kanal/']);
  });

  it('lets any other failure through, rather than call it a missing index', async () => {
    const broken: SearchIndex = { search: async () => Promise.reject(new TypeError('a bug')) };
    await expect(searcher(en, { index: async () => broken }).answer('kanal', none)).rejects.toThrow('a bug');
  });

  it('decides by the excerpts alone when the words cannot be had', async () => {
    const { answer } = searcher(en, { vocabulary: async (): Promise<Vocabulary> => Promise.reject(new Error('404')) });
    expect(found(await answer('Afghanistan', none)).here.results).toEqual([]);
    expect(urls(await answer('kanal', none))).toEqual(['/operations/kanal/']);
  });

  it('gives the data of the first results, then of the rest', async () => {
    const pages = Array.from({ length: firstShown + 2 }, (_, at) => ({ url: `/p${at}/`, title: `P${at}`, section: 'Bodies', text: 'council' }));
    const { answer, rest } = createSearcher({ here: en, others: [], index: async () => fakeIndex(pages), vocabulary: async () => vocabularyOf(pages, 'en') });
    const answered = found(await answer('council', none));
    expect(answered.here.first.map((data) => data.url)).toEqual(pages.slice(0, firstShown).map((page) => page.url));
    expect((await rest(answered.here)).map((data) => data.url)).toEqual(pages.slice(firstShown).map((page) => page.url));
  });
});

describe('the searcher’s choices', () => {
  const many = (count: number, text: string, prefix: string): FakePage[] => Array.from({ length: count }, (_, at) => ({ url: `${prefix}${at}/`, title: `${at}`, section: 'Bodies', text }));

  it('keeps the results of a word matched only outside the excerpts, when it is a word of the site', async () => {
    const pages: FakePage[] = [{ url: '/x/', title: 'X', section: 'Bodies', text: 'Kanal council and the observers', excerptText: 'Kanal council' }];
    const { answer } = createSearcher({ here: en, others: [], index: async () => fakeIndex(pages), vocabulary: async () => vocabularyOf(pages, 'en') });
    expect(urls(await answer('kanal observers', none))).toEqual(['/x/']);
  });

  it('reads the marks of a page’s parts as well as of its top', async () => {
    const pages: FakePage[] = [{ url: '/x/', title: 'X', section: 'Bodies', text: 'Intro. Kanal observers.', excerptText: 'Intro.', parts: [{ title: 'Observers', url: '/x/#observers', text: 'Kanal observers.' }] }];
    let asked = 0;
    const { answer } = createSearcher({ here: en, others: [], index: async () => fakeIndex(pages), vocabulary: async () => (asked++, vocabulary([], 'en')) });
    expect(urls(await answer('observers', none))).toEqual(['/x/']);
    // Matched as typed: the words were not needed.
    expect(asked).toBe(0);
  });

  it('fetches the words only when a query finds nothing or finds its words only loosely', async () => {
    let asked = 0;
    const { answer } = searcher(en, { vocabulary: async () => (asked++, vocabularyOf(english, 'en')) });
    await answer('kanal', none);
    expect(asked).toBe(0);
    await answer('kanl', none);
    expect(asked).toBe(1);
  });

  it('keeps the stems’ results only when they find more than the words as typed', async () => {
    const pages: FakePage[] = [
      { url: '/a/', title: 'A', section: 'Bodies', text: 'незаконного оборота' },
      { url: '/b/', title: 'B', section: 'Bodies', text: 'незаконный оборот' },
    ];
    // As typed, the word meets one page; by its stem, both.
    const { answer } = createSearcher({ here: ru, others: [], index: async () => fakeIndex(pages), vocabulary: async () => vocabularyOf(pages, 'ru') });
    expect(urls(await answer('незаконный', none))).toEqual(['/a/', '/b/']);
    // Stems that find as many as the words as typed leave the words' results.
    const index = fakeIndex(pages);
    const stemsFindOther: SearchIndex = { search: (query, options) => index.search(query === 'незаконн' ? 'незаконного' : query, options) };
    const typed = createSearcher({ here: ru, others: [], index: async () => stemsFindOther, vocabulary: async () => vocabularyOf(pages, 'ru') });
    expect(urls(await typed.answer('незаконный', none))).toEqual(['/b/']);
  });

  it('shows another language of the query’s script only when this one finds fewer than a few, and that one clearly more', async () => {
    const here = many(fewHere - 1, 'операция', '/ru/'); // fewer than fewHere
    const there = many(2 * (fewHere - 1) + 1, 'операция', '/kk/'); // clearly more
    const config = (kazakhPages: FakePage[]): SearcherConfig => ({
      here: ru,
      others: [en, kk],
      index: async (lang) => fakeIndex(lang === 'ru' ? here : lang === 'kk' ? kazakhPages : []),
      vocabulary: async () => vocabularyOf(here, 'ru'),
    });
    const shown = found(await createSearcher(config(there)).answer('операция', none));
    expect((await shown.others).map((each) => [each.lang, each.found.results.length])).toEqual([['kk', there.length]]);
    // Twice as many is not clearly more.
    const notMore = found(await createSearcher(config(there.slice(1))).answer('операция', none));
    expect(await notMore.others).toEqual([]);
    // And a query that finds a few here is not tried there.
    const enough = found(await createSearcher({ ...config(there), index: async (lang) => fakeIndex(lang === 'ru' ? many(fewHere, 'операция', '/ru/') : there) }).answer('операция', none));
    expect(await enough.others).toEqual([]);
  });

  it('tries no respelling that finds nothing, and keeps the query as typed then', async () => {
    const pages: FakePage[] = [{ url: '/x/', title: 'X', section: 'Bodies', text: 'council' }];
    const { answer } = createSearcher({ here: en, others: [], index: async () => fakeIndex(pages), vocabulary: async () => vocabulary(['council', 'counsel'], 'en') });
    const answered = found(await answer('counsil', none));
    expect([answered.shown, urls(answered)]).toEqual(['council', ['/x/']]);
    const nothingClose = found(await answer('zzzz', none));
    expect([nothingClose.shown, nothingClose.here.results]).toEqual(['zzzz', []]);
  });
});
