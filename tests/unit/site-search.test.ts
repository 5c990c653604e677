// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { typingPauseMs } from '../../src/components/search/policy.ts';
import { fakeIndex, type FakePage } from './fixtures/pagefind.ts';
import { config, searchPageMarkup } from './fixtures/search-page.ts';

// The <site-search> element in a DOM (happy-dom), with the search page's markup and fake indexes
// in place of Pagefind's: what it shows for an answer, where it puts focus, what it writes in the
// address and the title, and how it follows typing, filters and the history.

const english: FakePage[] = [
  { url: '/operations/kanal/', title: 'Kanal (Channel)', section: 'Operations', text: 'Kanal is an anti-drug operation of the council.', summary: 'A regional anti-drug operation.' },
  { url: '/partners/osce/', title: 'OSCE', section: 'Partners', text: 'The OSCE observes Kanal.', summary: 'A cooperating organization.' },
  { url: '/members/kazakhstan/', title: 'Kazakhstan', section: 'Members', text: 'Kazakhstan is a member state of the council.', summary: 'A member state.' },
  ...Array.from({ length: 5 }, (_, at) => ({ url: `/bodies/council-${at}/`, title: `Council ${at}`, section: 'Bodies', text: `The council number ${at}.`, summary: `Council ${at}.` })),
];
const russian: FakePage[] = [{ url: '/ru/operations/kanal/', title: 'Канал', section: 'Операции', text: 'Канал — антинаркотическая операция.', summary: 'Операция.' }];
const sections = ['Operations', 'Partners', 'Members', 'Bodies'];

const state = vi.hoisted(() => ({
  failing: new Set<string>(),
  loads: [] as string[],
  preloads: [] as [string, string][],
  indexes: {} as Record<string, unknown>,
}));

vi.mock('../../src/components/search/pagefind.ts', () => ({
  pagefindIndexes: () => ({
    load: async (lang: string) => {
      state.loads.push(lang);
      if (state.failing.has(lang)) throw new Error(`no index for ${lang}`);
      return state.indexes[lang];
    },
    preload: (lang: string, text: string) => state.preloads.push([lang, text]),
  }),
}));

let element: HTMLElement;
const part = (name: string) => element.querySelector<HTMLElement>(`[data-${name}]`)!;
const input = () => element.querySelector<HTMLInputElement>('input[name="q"]')!;
const items = (list = part('list')) => [...list.querySelectorAll('li')];
const titles = (list?: HTMLElement) => items(list).map((item) => item.querySelector('[data-title]')!.getAttribute('href'));

/** Waits until the element has answered its search (the rest of long lists included). */
async function settled() {
  await vi.waitFor(() => {
    if ('searching' in element.dataset) throw new Error('still searching');
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Puts the search page's markup in the document, whole, as the browser has it when the element's module runs. */
function render() {
  const page = document.createElement('div');
  page.innerHTML = searchPageMarkup(sections);
  document.body.replaceChildren(...page.childNodes);
  element = document.querySelector('site-search')!;
}

/** Opens the search page at `address`: the element reads the query there and answers it. */
async function open(address: string) {
  history.replaceState(null, '', address);
  document.title = 'Search | CSTO guide';
  render();
  await settled();
}

beforeAll(async () => {
  await import('../../src/components/site/language-links.ts');
  await import('../../src/components/search/site-search.ts');
});

beforeEach(() => {
  state.failing.clear();
  state.loads.length = 0;
  state.preloads.length = 0;
  state.indexes = { en: fakeIndex(english), ru: fakeIndex(russian), kk: fakeIndex([]) };
  const words = [...new Set(english.flatMap((page) => page.text.toLowerCase().match(/\p{L}{3,}/gu) ?? []))];
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(words))));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('<site-search> on arrival', () => {
  it('answers the query in the address: each result’s page, section and summary, and the count', async () => {
    await open('/search/?q=kanal');
    expect(input().value).toBe('kanal');
    expect(titles()).toEqual(['/operations/kanal/', '/partners/osce/']);
    const first = items()[0]!;
    expect(first.querySelector('[data-title]')!.textContent).toBe('Kanal (Channel)');
    expect(first.querySelector('[data-section]')!.textContent).toBe('Operations');
    expect(first.querySelector('[data-summary]')!.textContent).toBe('A regional anti-drug operation.');
    expect(first.querySelector('[data-match] mark')!.textContent).toBe('Kanal');
    expect(part('status').textContent).toBe('2 results for “kanal”');
    expect(part('results').hidden).toBe(false);
    expect(part('none').hidden).toBe(true);
  });

  it('names the query and its count in the page’s title, and brings the reader to the answer', async () => {
    await open('/search/?q=kanal');
    expect(document.title).toBe('kanal: 2 results – Search | CSTO guide');
    expect(document.activeElement).toBe(part('status'));
  });

  it('leaves focus alone and the title as it is when the page opens without a query', async () => {
    await open('/search/');
    expect(document.activeElement).not.toBe(part('status'));
    expect(document.title).toBe('Search | CSTO guide');
    expect(part('status').textContent).toBe('');
    // And loads no index before the reader shows an intent to search.
    expect(state.loads).toEqual([]);
  });

  it('says nothing was found for a word the site does not have, with the ways to browse', async () => {
    await open('/search/?q=Afghanistan');
    expect(items()).toEqual([]);
    expect(part('status').textContent).toBe('No results for “Afghanistan”.');
    expect(part('none').hidden).toBe(false);
    expect(part('results').hidden).toBe(true);
    expect(document.title).toBe('Afghanistan: no results – Search | CSTO guide');
  });

  it('shows a correction, and a link to the words as typed that asks for no correction', async () => {
    await open('/search/?q=Kazakstan');
    expect(part('status').textContent).toBe('Showing 1 result for “Kazakhstan”.');
    const link = part('correction').querySelector('a')!;
    expect(part('correction').hidden).toBe(false);
    expect(link.textContent).toBe('Search for “Kazakstan” instead');
    expect(link.getAttribute('href')).toBe('/search/?q=Kazakstan&exact=1');
  });

  it('takes the words as typed when the address asks for them', async () => {
    await open('/search/?q=Kazakstan&exact=1');
    expect(part('status').textContent).toBe('1 result for “Kazakstan”');
    expect(part('correction').hidden).toBe(true);
    expect(part('correction').querySelector('a')).toBeNull();
  });

  it('says a query without letters or digits has none, and that a long one was cut', async () => {
    await open('/search/?q=%3F%21');
    expect(part('status').textContent).toBe('Type a word: “?!” has no letters or digits.');
    await open(`/search/?q=${'council '.repeat(40)}`);
    expect(part('truncated').hidden).toBe(false);
    expect(part('truncated').textContent).toBe('Only the first 200 characters were used.');
  });

  it('says search is not available when the index cannot be loaded, and finds again once it can', async () => {
    state.failing.add('en');
    await open('/search/?q=kanal');
    expect(part('unavailable').hidden).toBe(false);
    expect(items()).toEqual([]);
    state.failing.clear();
    input().value = 'osce';
    input().form!.requestSubmit();
    await settled();
    expect(part('unavailable').hidden).toBe(true);
    expect(titles()).toEqual(['/partners/osce/']);
  });
});

describe('<site-search> as the reader searches', () => {
  it('asks for a search with Enter: a new entry in the history, focus on the answer', async () => {
    await open('/search/');
    const before = history.length;
    input().value = 'council';
    input().form!.requestSubmit();
    await settled();
    expect(location.search).toBe('?q=council');
    expect(history.length).toBe(before + 1);
    expect(document.activeElement).toBe(part('status'));
  });

  it('searches after a pause in typing, replacing the address, and loads the index when the box takes focus', async () => {
    await open('/search/');
    input().dispatchEvent(new Event('focus'));
    expect(state.loads).toEqual(['en']);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    input().value = 'os';
    input().dispatchEvent(new Event('input'));
    input().value = 'osce';
    input().dispatchEvent(new Event('input'));
    expect(state.preloads).toContainEqual(['en', 'osce']);
    vi.advanceTimersByTime(typingPauseMs - 1);
    expect(location.search).toBe('');
    vi.advanceTimersByTime(1);
    vi.useRealTimers();
    await settled();
    expect(location.search).toBe('?q=osce');
    expect(titles()).toEqual(['/partners/osce/']);
    // Typing leaves focus in the box.
    expect(document.activeElement).not.toBe(part('status'));
  });

  it('loads the index of a language the reader types in, ahead of Enter', async () => {
    await open('/search/');
    input().value = 'Канал';
    input().dispatchEvent(new Event('input'));
    expect(state.preloads).toEqual([
      ['en', 'Канал'],
      ['ru', 'Канал'],
    ]);
  });

  it('runs no late search from typing once the reader pressed Enter', async () => {
    await open('/search/');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    input().value = 'kanal';
    input().dispatchEvent(new Event('input'));
    input().form!.requestSubmit();
    vi.useRealTimers();
    await settled();
    const shown = items()[0];
    await new Promise((resolve) => setTimeout(resolve, typingPauseMs + 50));
    expect(items()[0]).toBe(shown);
  });

  it('shows the filters that narrow the results, with their counts, and searches again with the one chosen', async () => {
    await open('/search/?q=council');
    const filters = part('filters') as HTMLDetailsElement;
    expect(filters.hidden).toBe(false);
    expect(element.querySelector('[data-count="Bodies"]')!.textContent).toBe('5');
    expect(element.querySelector('[data-count="Members"]')!.textContent).toBe('1');
    expect(element.querySelector<HTMLElement>('[data-filter="Partners"]')!.hidden).toBe(true);
    const members = element.querySelector<HTMLInputElement>('input[value="Members"]')!;
    members.checked = true;
    members.dispatchEvent(new Event('change', { bubbles: true }));
    await settled();
    expect(location.search).toBe('?q=council&section=Members');
    expect(titles()).toEqual(['/members/kazakhstan/']);
  });

  it('opens the filters when the address has one chosen', async () => {
    await open('/search/?q=council&section=Bodies');
    expect((part('filters') as HTMLDetailsElement).open).toBe(true);
    expect(element.querySelector<HTMLInputElement>('input[value="Bodies"]')!.checked).toBe(true);
  });

  it('shows the first results at once and the rest after them', async () => {
    await open('/search/?q=council');
    expect(part('status').textContent).toBe('7 results for “council”');
    expect(items()).toHaveLength(7);
  });

  it('lists another language’s results under their heading when the query is meant for it', async () => {
    await open('/search/?q=%D0%9A%D0%B0%D0%BD%D0%B0%D0%BB');
    const russianBlock = element.querySelector<HTMLElement>('[data-other="ru"]')!;
    expect(russianBlock.hidden).toBe(false);
    expect(russianBlock.querySelector('h2')!.textContent).toBe('Results in Russian (1)');
    expect(titles(russianBlock.querySelector('ol')!)).toEqual(['/ru/operations/kanal/']);
    expect(element.querySelector<HTMLElement>('[data-other="kk"]')!.hidden).toBe(true);
  });

  it('takes the language switch to the same search in the other languages', async () => {
    await open('/search/?q=osce');
    expect([...document.querySelectorAll('a[data-language-link]')].map((link) => link.getAttribute('href'))).toEqual(['/ru/search/?q=osce', '/kk/search/?q=osce']);
  });

  it('follows the history back to an earlier search', async () => {
    await open('/search/?q=kanal');
    input().value = 'osce';
    input().form!.requestSubmit();
    await settled();
    history.replaceState(null, '', '/search/?q=kanal');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settled();
    expect(input().value).toBe('kanal');
    expect(titles()).toEqual(['/operations/kanal/', '/partners/osce/']);
  });

  it('shows the answer to the last search only, when an earlier one answers later', async () => {
    let release: () => void = () => undefined;
    const slow = fakeIndex(english);
    state.indexes.en = {
      search: async (query: string, options?: { filters?: Record<string, unknown> }) => {
        if (query === 'kanal') await new Promise<void>((resolve) => (release = resolve));
        return slow.search(query, options);
      },
    };
    history.replaceState(null, '', '/search/?q=kanal');
    render();
    input().value = 'osce';
    input().form!.requestSubmit();
    await settled();
    release();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(titles()).toEqual(['/partners/osce/']);
  });

  it('builds results from text: a title with markup in it stays text', async () => {
    state.indexes.en = fakeIndex([{ url: '/x/', title: '<img src=x onerror=alert(1)>', section: 'Bodies', text: 'hostile council' }]);
    await open('/search/?q=hostile');
    expect(items()[0]!.querySelector('[data-title]')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(element.querySelector('img')).toBeNull();
  });

  it('keeps its configuration in one attribute, as SiteSearch.astro writes it', () => {
    expect(JSON.parse(new DOMParser().parseFromString(searchPageMarkup(sections), 'text/html').querySelector('site-search')!.getAttribute('data-config')!)).toEqual(config);
  });
});

describe('<site-search> in detail', () => {
  it('keeps the browser from leaving the page on Enter', async () => {
    await open('/search/');
    input().value = 'kanal';
    const submit = new Event('submit', { cancelable: true });
    input().form!.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    await settled();
  });

  it('cancels the search typing set for later when the reader presses Enter', async () => {
    await open('/search/');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    input().value = 'kanal';
    input().dispatchEvent(new Event('input'));
    input().form!.requestSubmit();
    await vi.advanceTimersByTimeAsync(typingPauseMs * 2);
    vi.useRealTimers();
    await settled();
    // One search only: the address was written once, by Enter (a later one would replace it).
    expect(state.loads.length).toBe(1);
    const first = items()[0];
    await settled();
    expect(items()[0]).toBe(first);
  });

  it('fetches the words for corrections once, when the reader starts to type, and again after a failure', async () => {
    await open('/search/');
    const fetched = vi.mocked(fetch);
    fetched.mockResolvedValueOnce(new Response('missing', { status: 404 }));
    input().value = 'k';
    input().dispatchEvent(new Event('input'));
    input().value = 'ka';
    input().dispatchEvent(new Event('input'));
    expect(fetched).toHaveBeenCalledTimes(1);
    // The failed fetch is forgotten: a query found loosely fetches the words again.
    await new Promise((resolve) => setTimeout(resolve, 0));
    input().value = 'Kazakstan';
    input().form!.requestSubmit();
    await settled();
    expect(fetched).toHaveBeenCalledTimes(2);
    expect(part('status').textContent).toBe('Showing 1 result for “Kazakhstan”.');
  });

  it('loads the index once on focus', async () => {
    await open('/search/');
    input().dispatchEvent(new Event('focus'));
    input().dispatchEvent(new Event('focus'));
    expect(state.loads).toEqual(['en']);
  });

  it('leaves a change of anything but a section filter alone', async () => {
    await open('/search/?q=kanal');
    const before = state.loads.length;
    input().dispatchEvent(new Event('change', { bubbles: true }));
    await settled();
    expect(state.loads.length).toBe(before);
  });

  it('brings no focus on going back in the history, nor on arriving with an empty query', async () => {
    await open('/search/?q=%20%20');
    expect(document.activeElement).not.toBe(part('status'));
    await open('/search/?q=kanal');
    (document.activeElement as HTMLElement).blur();
    history.replaceState(null, '', '/search/?q=osce');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settled();
    expect(titles()).toEqual(['/partners/osce/']);
    expect(document.activeElement).not.toBe(part('status'));
  });

  it('adds no entry to the history for the search already in the address', async () => {
    await open('/search/?q=kanal');
    const before = history.length;
    input().form!.requestSubmit();
    await settled();
    expect(history.length).toBe(before);
  });

  it('marks itself as searching until the answer, other languages’ included, shows', async () => {
    let release: () => void = () => undefined;
    const index = fakeIndex(english);
    state.indexes.en = { search: async (query: string, options?: { filters?: Record<string, unknown> }) => (await new Promise<void>((resolve) => (release = resolve)), index.search(query, options)) };
    history.replaceState(null, '', '/search/?q=osce');
    render();
    await vi.waitFor(() => expect(state.loads).toContain('en'));
    expect(element.dataset.searching).toBe('');
    release();
    await settled();
    expect(element.dataset.searching).toBeUndefined();
    expect(titles()).toEqual(['/partners/osce/']);
  });

  it('clears what an earlier answer showed when a query has no words', async () => {
    await open('/search/?q=Kazakstan');
    input().value = '?!';
    input().form!.requestSubmit();
    await settled();
    for (const name of ['results', 'filters', 'correction', 'none', 'truncated', 'unavailable']) expect(part(name).hidden, name).toBe(true);
    expect(items()).toEqual([]);
    expect(document.title).toBe('Search | CSTO guide');
  });

  it('hides the filters when they would narrow nothing, and opens them when one is chosen', async () => {
    await open('/search/?q=osce');
    expect(part('filters').hidden).toBe(true);
    await open('/search/?q=kanal&section=Partners');
    expect((part('filters') as HTMLDetailsElement).open).toBe(true);
    // A chosen filter stays shown, so the choice can be undone.
    expect(element.querySelector<HTMLElement>('[data-filter="Partners"]')!.hidden).toBe(false);
    // Closed by the reader, it stays closed on the next search.
    (part('filters') as HTMLDetailsElement).open = false;
    input().value = 'council';
    input().form!.requestSubmit();
    await settled();
    expect((part('filters') as HTMLDetailsElement).open).toBe(false);
  });

  it('says where a result’s words matched under a heading, linked there, and nothing more when its summary says them', async () => {
    state.indexes.en = fakeIndex([
      { url: '/x/', title: 'X', section: 'Bodies', text: 'Observers of Kanal.', excerptText: 'Intro.', summary: 'X.', parts: [{ title: 'Since the source', url: '/x/#since', text: 'Observers of Kanal.' }] },
      { url: '/y/', title: 'Y', section: 'Bodies', text: 'Kanal.', summary: 'About Kanal.' },
    ]);
    await open('/search/?q=kanal');
    const [x, y] = items();
    const link = x!.querySelector('[data-match] a')!;
    expect(link.textContent).toBe('In “Since the source”:');
    expect(link.getAttribute('href')).toBe('/x/#since:~:text=Observers%20of-,Kanal');
    expect(x!.querySelector('[data-match]')!.textContent).toBe('In “Since the source”: Observers of Kanal.');
    expect(y!.querySelector('[data-match]')).toBeNull();
    expect(x!.querySelector('[data-section]')!.textContent).toBe('Bodies');
  });

  it('keeps each list’s results in order when the rest follow, and a long other-language list too', async () => {
    state.indexes.ru = fakeIndex(Array.from({ length: 6 }, (_, at) => ({ url: `/ru/${at}/`, title: `${at}`, section: 'Органы', text: 'Канал' })));
    await open('/search/?q=%D0%9A%D0%B0%D0%BD%D0%B0%D0%BB');
    const russianList = element.querySelector<HTMLElement>('[data-other="ru"] ol')!;
    expect(titles(russianList)).toEqual(['/ru/0/', '/ru/1/', '/ru/2/', '/ru/3/', '/ru/4/', '/ru/5/']);
  });
});
