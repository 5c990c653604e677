// The language switch on the search page: each link leads to the same search in its language.
// The search element (../search/site-search.ts) tells the page its query; the links are this
// component's own (LanguageSwitch.astro, `data-language-link`).
import { searchQueryEvent, withQuery } from '../search/url-state.ts';

document.addEventListener(searchQueryEvent, (event) => {
  const { query } = (event as CustomEvent<{ query: string }>).detail;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-link]')) link.setAttribute('href', withQuery(link.getAttribute('href') ?? '', query));
});
