// Loading Pagefind's index, for the page's language and for the site's others: once each, again
// after a failure, and ahead of the search as the reader types. The one place that knows how
// Pagefind is started.
import type { PagefindInstance } from './pagefind-api.ts';
import { excerptLength, ranking } from './policy.ts';

/**
 * Starts an instance in `lang`. Pagefind takes its language from <html lang> when it starts
 * (`createInstance` spreads the options, then sets `language` from the page, so no option can
 * name it: pagefind_web_js/lib/public_search_api.ts), so the attribute names the other language
 * for the one synchronous call that starts the instance, and nothing renders in between.
 */
async function startIn(instance: PagefindInstance, lang: string): Promise<void> {
  const root = document.documentElement;
  const own = root.lang;
  if (own === lang) return instance.init();
  root.lang = lang;
  let started: Promise<void>;
  try {
    started = instance.init();
  } finally {
    root.lang = own;
  }
  return started;
}

/**
 * The index of each language of the site, loaded on first use from `base`. Each language has its
 * own copy of Pagefind's module (`pagefind.js?language=ru`): instances made with `createInstance`
 * share one worker and its state, and once the first has searched, a second found 1 page for
 * «Канал» where its own copy finds 9. A load that failed is tried again on the next use.
 */
export function pagefindIndexes(base: string, pageLang: string) {
  const loading = new Map<string, Promise<PagefindInstance>>();

  function load(lang: string): Promise<PagefindInstance> {
    let index = loading.get(lang);
    if (!index) {
      const address = `${base}pagefind/pagefind.js${lang === pageLang ? '' : `?language=${lang}`}`;
      index = import(/* @vite-ignore */ address).then(async (pagefind: PagefindInstance) => {
        await pagefind.options({ baseUrl: base, excerptLength, ranking });
        await startIn(pagefind, lang);
        if (lang === pageLang) {
          // Every search here names the section filter (searcher.ts): load the filters with the
          // index, and run one search, which readies Pagefind's search itself (in its worker), so
          // the reader's first query does not wait for it.
          await pagefind.filters();
          await pagefind.search('a', { filters: { section: { any: [] } } });
        }
        return pagefind;
      });
      index.catch(() => loading.delete(lang));
      loading.set(lang, index);
    }
    return index;
  }

  /** Loads what a search for `text` needs in `lang` (the index's chunks for its words); shows nothing, and a failure waits for the search. */
  function preload(lang: string, text: string): void {
    load(lang)
      .then((pagefind) => pagefind.preload(text))
      .catch(() => undefined);
  }

  return { load, preload };
}
