// The part of Pagefind's JS API (dist/pagefind/pagefind.js, written by the build) that the search page uses.

/** A part of a page under one of its headings that matched: its address ends in the heading's `#id`. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's title and its summary (its meta description: BaseLayout.astro). */
  meta: { title?: string; summary?: string };
  filters: { section?: string[] };
  sub_results?: PagefindSubResult[];
}

export interface PagefindResult {
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindInstance {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch | null>;
  /** Loads what a search for `term` needs (the index's chunks for its words) and searches nothing. */
  preload(term: string, options?: { filters?: Record<string, unknown> }): Promise<void>;
  /** Loads the filters and returns every value of each with its count of pages. */
  filters(): Promise<Record<string, Record<string, number>>>;
}
