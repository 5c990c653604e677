// The part of Pagefind's JS API (dist/pagefind/pagefind.js, written by the build) that the search page uses.

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: { section?: string[] };
}

export interface PagefindResult {
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  totalFilters: Record<string, Record<string, number>>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch | null>;
}
