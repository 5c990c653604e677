import { describe, expect, it } from 'vitest';
import { allowedEdits } from '../../src/components/search/policy.ts';
import { correctQuery, correctWord, editDistance, vocabulary } from '../../src/lib/words/spelling.ts';
import { wordsOf } from '../../src/lib/words/words.ts';
import { indexedText, vocabularyOf } from '../../src/integrations/search-vocabulary.ts';

// A small vocabulary, weightiest first, as the build writes one (vocabularyOf).
const words = vocabulary(['kazakhstan', 'secretariat', 'council', 'armenia', 'kanal', 'nelegal', 'vzaimodeistvie', 'казахстан', 'совет', 'армения', 'counsel', 'staff', 'stuff'], 'ru');

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and a swap of neighbours as one edit each', () => {
    expect(editDistance('kazakstan', 'kazakhstan', 2)).toBe(1);
    expect(editDistance('secretariate', 'secretariat', 2)).toBe(1);
    expect(editDistance('cuoncil', 'council', 2)).toBe(1);
    expect(editDistance('kazahstan', 'kazakhstan', 2)).toBe(1);
    expect(editDistance('армения', 'арменя', 2)).toBe(1);
    expect(editDistance('казакстан', 'казахстан', 2)).toBe(1);
  });
  it('counts a swap only of the same two letters, the other way round', () => {
    expect(editDistance('ax', 'ya', 2)).toBe(2);
    expect(editDistance('xa', 'ay', 2)).toBe(2);
    expect(editDistance('ab', 'ba', 2)).toBe(1);
  });
  it('gives up past its limit', () => {
    expect(editDistance('abcd', 'wxyz', 1)).toBe(2);
    expect(editDistance('nato', 'csto', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('same', 'same', 0)).toBe(0);
  });
});

describe('allowedEdits', () => {
  it('allows none up to three letters, one up to six, two from seven', () => {
    expect([1, 2, 3].map(allowedEdits)).toEqual([0, 0, 0]);
    expect([4, 5, 6].map(allowedEdits)).toEqual([1, 1, 1]);
    expect([7, 9, 15].map(allowedEdits)).toEqual([2, 2, 2]);
  });
});

describe('correctWord', () => {
  it('corrects a misspelt word to the closest site word, in Latin and in Cyrillic', () => {
    expect(correctWord('Kazakstan', words, allowedEdits)).toBe('kazakhstan');
    expect(correctWord('secretariate', words, allowedEdits)).toBe('secretariat');
    expect(correctWord('Vzaimodeystviye', words, allowedEdits)).toBe('vzaimodeistvie');
    expect(correctWord('казакстан', words, allowedEdits)).toBe('казахстан');
    expect(correctWord('Армения'.replace('я', 'иа'), words, allowedEdits)).toBe('армения');
  });
  it('never corrects a word the site uses, nor the beginning of one (a partial word)', () => {
    expect(correctWord('counsel', words, allowedEdits)).toBeUndefined();
    expect(correctWord('Council', words, allowedEdits)).toBeUndefined();
    expect(correctWord('secr', words, allowedEdits)).toBeUndefined();
    expect(correctWord('казах', words, allowedEdits)).toBeUndefined();
  });
  it('leaves alone another form of a known word, whose stem begins it, but corrects a word that only ends a known one', () => {
    const russian = vocabulary(['казахстан', 'армения'], 'ru');
    expect(correctWord('казахстана', russian, allowedEdits)).toBeUndefined();
    expect(correctWord('армении', russian, allowedEdits)).toBeUndefined();
    expect(correctWord('taff', vocabulary(['staff'], 'en'), allowedEdits)).toBe('staff');
  });
  it('takes a closer word that comes after a farther one', () => {
    expect(correctWord('secretarit', vocabulary(['secretary', 'secretariat'], 'en'), allowedEdits)).toBe('secretariat');
  });
  it('prefers the weightier of equally close words', () => {
    expect(correctWord('staf', vocabulary(['staff', 'stag'], 'en'), allowedEdits)).toBeUndefined(); // a prefix of "staff"
    expect(correctWord('stxff', words, allowedEdits)).toBe('staff');
    expect(correctWord('stxff', vocabulary(['stuff', 'staff'], 'en'), allowedEdits)).toBe('stuff');
  });
  it('leaves alone a word with nothing close, and words too short to guess', () => {
    expect(correctWord('xylophone', words, allowedEdits)).toBeUndefined();
    expect(correctWord('zz', words, allowedEdits)).toBeUndefined();
  });
});

describe('correctQuery', () => {
  it('corrects each unknown word, keeps the others and the reader’s capitals', () => {
    expect(correctQuery('Kazakstan secretariate', words, allowedEdits)).toBe('Kazakhstan secretariat');
    expect(correctQuery('council of Kazakstan', words, allowedEdits)).toBe('council of Kazakhstan');
  });
  it('says nothing when no word changes', () => {
    expect(correctQuery('council', words, allowedEdits)).toBeUndefined();
    expect(correctQuery('qqqqqqqq', words, allowedEdits)).toBeUndefined();
  });
});

describe('the build’s vocabulary', () => {
  const page = (body: string) => `<!doctype html><html><head><title>Ignored</title><script>var hidden = 1</script></head><body><header>Menu</header><main data-pagefind-body>${body}</main><footer>Footer words</footer></body></html>`;

  it('reads what Pagefind indexes: the body, without what it ignores, scripts and templates', () => {
    const runs = indexedText(page('<h1 data-pagefind-weight="10">Secretariat</h1><p>Works <span data-pagefind-ignore>skipped</span> daily</p><template>hidden</template>'));
    expect(runs.map((run) => run.text).join(' ')).toBe('Secretariat Works   daily');
  });
  it('leaves out styles, scripts and what shows without JavaScript, inside the body too', () => {
    const runs = indexedText(page('<p>Shown</p><style>.hidden{}</style><script>var code</script><noscript>Fallback</noscript><template>Inert</template>'));
    expect(runs.map((run) => run.text)).toEqual(['Shown']);
  });
  it('takes a weight only when it is a number above zero', () => {
    expect(indexedText(page('<h2 data-pagefind-weight="0">Zero</h2><p data-pagefind-weight="x">Text</p><h3 data-pagefind-weight="2.5">Part</h3>'))).toEqual([
      { text: 'Zero', weight: 6 },
      { text: 'Text', weight: 1 },
      { text: 'Part', weight: 2.5 },
    ]);
  });
  it('weighs text as Pagefind does: its own weight, else its heading level, else 1', () => {
    const runs = indexedText(page('<h1 data-pagefind-weight="10">Title</h1><h2>Part</h2><p>Text</p>'));
    expect(runs).toEqual([
      { text: 'Title', weight: 10 },
      { text: 'Part', weight: 6 },
      { text: 'Text', weight: 1 },
    ]);
  });
  it('is empty for a page without a body to index', () => {
    expect(indexedText('<html><body><p>Not indexed</p></body></html>')).toEqual([]);
  });
  it('lists each word of three letters or more once, the weightiest first, in lower case, «ё» as «е»', () => {
    const first = indexedText(page('<h1 data-pagefind-weight="10">Kazakhstan</h1><p>The council of Kazakhstan, in 2015: Её</p>'));
    const second = indexedText(page('<p>Council council</p>'));
    expect(vocabularyOf([first, second])).toEqual(['kazakhstan', 'council', 'the']);
    expect(wordsOf('Ёлка и ёж')).toEqual(['елка', 'и', 'еж']);
  });
});
