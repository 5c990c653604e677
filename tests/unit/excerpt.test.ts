import { describe, expect, it } from 'vitest';
import { fromPhrase, markedWords, parseExcerpt, shownResult } from '../../src/components/search/excerpt.ts';

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

describe('markedWords', () => {
  it('gives the words the index matched, as written there', () => {
    expect(markedWords('the <mark>Joint</mark> <mark>Staff.</mark> is')).toEqual(['Joint', 'Staff.']);
    expect(markedWords('nothing')).toEqual([]);
  });
});

describe('fromPhrase', () => {
  const text = (parts: { text: string; marked: boolean }[]) => parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');
  it('starts after the end of the phrase that comes before the first match, with an ellipsis', () => {
    expect(text(fromPhrase(parseExcerpt('Nations) Office on Drugs and Crime. 1 March 2019 Observers of the <mark>Kanal</mark> operation.')))).toBe(
      '… 1 March 2019 Observers of the [Kanal] operation.',
    );
  });
  it('marks a start inside a sentence with an ellipsis, and an end inside one', () => {
    expect(text(fromPhrase(parseExcerpt('of the <mark>Kanal</mark> operation and')))).toBe('…of the [Kanal] operation and…');
    expect(text(fromPhrase(parseExcerpt('<mark>kanal</mark> is')))).toBe('…[kanal] is…');
  });
  it('keeps a label with the value that matched', () => {
    expect(text(fromPhrase(parseExcerpt('Sources. Kind: <mark>Exercise</mark> (joint training).')))).toBe('… Kind: [Exercise] (joint training).');
  });
  it('leaves an excerpt that starts and ends a sentence as it is', () => {
    expect(text(fromPhrase(parseExcerpt('The <mark>Kanal</mark> operation.')))).toBe('The [Kanal] operation.');
    expect(text(fromPhrase(parseExcerpt('<mark>Kanal</mark> (Channel) is an operation.')))).toBe('[Kanal] (Channel) is an operation.');
  });
});

describe('shownResult', () => {
  const page = { url: '/operations/kanal/', excerpt: 'The <mark>operation</mark> against drugs.', meta: { title: 'Kanal (Channel)', summary: 'Regional action against drugs.' } };
  it('leads to the page’s top, with its title and summary', () => {
    expect(shownResult({ ...page, excerpt: 'nothing marked' })).toEqual({ url: '/operations/kanal/', title: 'Kanal (Channel)', summary: 'Regional action against drugs.' });
  });
  it('shows words matched before any heading under the summary, unless the summary has them', () => {
    expect(shownResult(page).match).toEqual({ excerpt: [{ text: 'The ', marked: false }, { text: 'operation', marked: true }, { text: ' against drugs.', marked: false }] });
    expect(shownResult({ ...page, excerpt: 'Action against <mark>drugs</mark> in the region.' }).match).toBeUndefined();
  });
  it('names the heading under which most words matched, linked to the first of them (a text fragment)', () => {
    const data = {
      ...page,
      sub_results: [
        { title: 'Kanal (Channel)', url: '/operations/kanal/', excerpt: 'The <mark>operation</mark>', locations: [1, 2, 3] },
        { title: 'Since the source', url: '/operations/kanal/#since-the-source', excerpt: 'Since <mark>Kanal-2016</mark>, once', locations: [40] },
        { title: 'Key facts', url: '/operations/kanal/#facts', excerpt: 'Kind: <mark>operation</mark> and <mark>operation</mark>.', locations: [50, 52] },
        { title: 'Sources', url: '/operations/kanal/#sources', excerpt: 'none', locations: [] },
      ],
    };
    const shown = shownResult(data);
    expect(shown.url).toBe('/operations/kanal/');
    expect(shown.match?.heading).toBe('Key facts');
    expect(shown.match?.url).toBe('/operations/kanal/#facts:~:text=Kind%3A-,operation');
  });
  it('keeps punctuation out of the linked word and escapes what a text directive reads as syntax', () => {
    const under = (excerpt: string) => shownResult({ ...page, sub_results: [{ title: 'S', url: '/x/#s', excerpt, locations: [1] }] }).match?.url;
    expect(under('Since <mark>Kanal-2016,</mark> & more')).toBe('/x/#s:~:text=Since-,Kanal%2D2016');
    expect(under('операция <mark>«Канал»</mark>')).toBe(`/x/#s:~:text=${encodeURIComponent('операция «')}-,${encodeURIComponent('Канал')}`);
    expect(under('only <mark>…</mark>')).toBe('/x/#s');
  });
});

describe('excerpts in detail', () => {
  const text = (parts: { text: string; marked: boolean }[]) => parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');
  it('decodes numeric references in decimal and in hex, and leaves what is no character as written', () => {
    expect(text(parseExcerpt('&#65;&#x42;&#X43; &#0; &#x110000; &bogus; &#xZZ;'))).toBe('ABC &#0; &#x110000; &bogus; &#xZZ;');
  });
  it('splits marks at the start, at the end, side by side and over lines, and drops empty ones', () => {
    expect(parseExcerpt('<mark>A</mark><mark>b\nc</mark> d <mark></mark><mark>e</mark>')).toEqual([
      { text: 'A', marked: true },
      { text: 'b\nc', marked: true },
      { text: ' d ', marked: false },
      { text: 'e', marked: true },
    ]);
  });
  it('starts at a match that follows the end of a phrase, and keeps the text runs joined', () => {
    expect(fromPhrase(parseExcerpt('the end. <mark>Kanal</mark> is an operation.'))).toEqual([
      { text: '… ', marked: false },
      { text: 'Kanal', marked: true },
      { text: ' is an operation.', marked: false },
    ]);
  });
  it('reads a start after spaces, and a close after a full stop, as a sentence’s', () => {
    expect(text(fromPhrase(parseExcerpt('  The <mark>Kanal</mark> operation.)  ')))).toBe('  The [Kanal] operation.)  ');
    expect(text(fromPhrase(parseExcerpt('<mark>Kanal</mark> “the operation.”')))).toBe('[Kanal] “the operation.”');
    expect(text(fromPhrase(parseExcerpt('The <mark>Kanal</mark> operation and more')))).toBe('The [Kanal] operation and more…');
  });
  it('shows where words matched when the summary has only some of them', () => {
    const data = { url: '/x/', excerpt: 'The <mark>Kanal</mark> <mark>observers</mark>.', meta: { title: 'X', summary: 'About Kanal.' } };
    expect(shownResult(data).match?.excerpt.filter((part) => part.marked).map((part) => part.text)).toEqual(['Kanal', 'observers']);
    expect(shownResult({ ...data, meta: {} })).toMatchObject({ title: '/x/', summary: '' });
  });
  it('counts a part under a heading only when it holds a match, the most first, whatever order they come in', () => {
    const data = {
      url: '/x/',
      excerpt: 'Top <mark>word</mark>.',
      meta: { title: 'X', summary: 'S.' },
      sub_results: [
        { title: 'None', url: '/x/#none', excerpt: 'No match.' },
        { title: 'One', url: '/x/#one', excerpt: 'One <mark>word</mark>.', locations: [3] },
        { title: 'Two', url: '/x/#two', excerpt: 'Two <mark>word</mark> <mark>word</mark>.', locations: [5, 7] },
        { title: 'Empty', url: '/x/#empty', excerpt: 'e', locations: [] },
        { title: 'Top', url: '/x/', excerpt: 'Top <mark>word</mark>.', locations: [1, 2, 3] },
      ],
    };
    expect(shownResult(data).match?.heading).toBe('Two');
    expect(shownResult({ ...data, sub_results: data.sub_results.slice(0, 1) }).match?.heading).toBeUndefined();
  });
  it('links the words with up to three words before them, and without a prefix at the excerpt’s start', () => {
    const under = (excerpt: string) => shownResult({ url: '/x/', excerpt: 'e', meta: {}, sub_results: [{ title: 'S', url: '/x/#s', excerpt, locations: [1] }] }).match?.url;
    expect(under('one two  three four <mark>five</mark> six')).toBe('/x/#s:~:text=two%20three%20four-,five');
    expect(under('<mark>First</mark> word')).toBe('/x/#s:~:text=First');
  });
});
