// What a search's address holds: the query, the sections chosen, and whether the reader asked for
// the words as typed. The element (./site-search.ts) reads and writes it; the language switch
// carries the query to the other languages' search pages.

/**
 * The query and chosen sections carried in a search URL (`?q=...&section=...`), and whether the
 * reader asked for the words as typed, without corrections (`&exact=1`).
 */
export interface SearchState {
  query: string;
  sections: string[];
  exact?: boolean;
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return { query: params.get('q') ?? '', sections: params.getAll('section').filter((s) => s !== ''), exact: params.get('exact') === '1' };
}

/** The query string for a search state: `?q=joint+staff&section=Bodies`; empty parts are left out. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query !== '') params.set('q', state.query);
  for (const section of state.sections) params.append('section', section);
  if (state.exact && state.query !== '') params.set('exact', '1');
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * The address of the search page in another language, carrying the reader's words (but not the
 * sections chosen, whose names are in this page's language): `/ru/search/?q=kanal`.
 */
export function withQuery(href: string, query: string): string {
  const path = href.replace(/[?#].*$/, '');
  return `${path}${searchQueryString({ query: query.trim(), sections: [] })}`;
}

/**
 * The event the search element sends with each query it runs (`detail: { query }`): the language
 * switch (components/site/language-links.ts) carries the query to the other languages' search pages.
 */
export const searchQueryEvent = 'search:query';
