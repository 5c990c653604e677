import { describe, expect, it } from 'vitest';
import { readSearchState, searchQueryString, withQuery } from '../../src/components/search/url-state.ts';

describe('search state in the URL', () => {
  it('reads the query and every chosen section', () => {
    expect(readSearchState('?q=joint+staff&section=Bodies&section=Forces')).toEqual({ query: 'joint staff', sections: ['Bodies', 'Forces'], exact: false });
  });
  it('leaves out an empty section', () => {
    expect(readSearchState('?q=a&section=&section=Bodies').sections).toEqual(['Bodies']);
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
