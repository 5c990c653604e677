import { readSearchState } from './url-state.ts';

/**
 * Marks the search page's <site-search> as asked before the first frame when its address holds a
 * query, so the place of the answer is a screen high before the answer arrives and the footer does
 * not jump (./SiteSearch.astro); a page opened without a query keeps no blank screen under its form.
 */
export function markAsked(element: HTMLElement | null | undefined, search: string): void {
  if (element && readSearchState(search).query.trim() !== '') element.dataset.asked = '';
}
