// The search itself, apart from the page: what a query finds here and in the site's other
// languages, respelt when it finds nothing or only loosely, and honest when its words are not on
// the site. It knows the index only as `SearchIndex` (Pagefind's, loaded by ./pagefind.ts), so the
// unit tests run it against a fake one; the element (./site-search.ts) shows what it answers.
import type { PagefindResult, PagefindResultData, PagefindSearch } from './pagefind-api.ts';
import { clearlyMoreThere, fewHere, firstShown } from './policy.ts';
import { markedWords } from './excerpt.ts';
import { knownWord, languagesMeant, matchedLoosely, prepareQuery, respellings, wordsNotMatched, type TypedLanguage } from './query.ts';
import { vocabulary as emptyVocabulary, type Vocabulary } from '../../lib/words/spelling.ts';
import { stemmedQuery } from '../../lib/words/stems.ts';
import { scriptOf, type Script } from '../../lib/words/words.ts';

/** What the searcher asks of an index: a search, with filters. */
export interface SearchIndex {
  search(query: string, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch | null>;
}

export interface SearcherConfig {
  /** The page's language, its script and the letters only it has. */
  here: TypedLanguage;
  /** The site's other languages, whose indexes are searched when a query is meant for one. */
  others: readonly TypedLanguage[];
  /** A language's index, loaded on first use; it rejects when the index cannot be loaded. */
  index(lang: string): Promise<SearchIndex>;
  /** The page language's words, for corrections and for telling a word the site has from one it has not. */
  vocabulary(): Promise<Vocabulary>;
}

/** What one index found for a query: every result, the data of the first ones, and the count in each section. */
export interface Found {
  results: readonly PagefindResult[];
  first: readonly PagefindResultData[];
  sections: Readonly<Record<string, number>>;
}

/** Results in another language of the site. */
export interface FoundThere {
  lang: string;
  found: Found;
}

export type Answer =
  | { kind: 'empty' }
  | { kind: 'no-words'; text: string }
  /** The index of the page's language could not be loaded. */
  | { kind: 'unavailable'; truncated: boolean }
  | {
      kind: 'found';
      /** The query as searched: white space folded, cut to its limit (`truncated`). */
      query: string;
      truncated: boolean;
      /** The words the results are for: the query, or what it was respelt as. */
      shown: string;
      here: Found;
      /** Other languages' results, each when worth showing; they follow the page's own. */
      others: Promise<FoundThere[]>;
    };

const nothing: Found = { results: [], first: [], sections: {} };

/** The words each of the first results' excerpts marked, page and parts. */
const marksOf = (found: Found) => found.first.map((data) => [data.excerpt, ...(data.sub_results ?? []).map((sub) => sub.excerpt)].flatMap(markedWords));

export function createSearcher(config: SearcherConfig) {
  const { here, others } = config;

  /**
   * The results for a query in one index: its words as typed, and (for Russian and Kazakh) by
   * their stems, as prefixes, so that every form of a word finds what any form of it does; the
   * stems' results count when they are more.
   */
  async function find(index: SearchIndex, lang: string, text: string, filters?: Record<string, unknown>): Promise<Found> {
    const typed = await index.search(text, { filters });
    const stemmed = stemmedQuery(text, lang);
    const byStems = stemmed && typed ? await index.search(stemmed, { filters }) : null;
    const best = byStems && typed && byStems.results.length > typed.results.length ? byStems : typed;
    if (!best) return nothing;
    return { results: best.results, first: await Promise.all(best.results.slice(0, firstShown).map((result) => result.data())), sections: best.totalFilters.section ?? {} };
  }

  /**
   * The results, unless some word of the query is not on the site: the excerpts did not match it
   * (as itself or a form close to it) and, where the language's words are at hand, it is not one
   * of them either. Pagefind would otherwise answer "Afghanistan" with every page that has an "a".
   */
  function honest(text: string, found: Found, words?: Vocabulary): Found {
    if (found.results.length === 0) return found;
    const unmatched = wordsNotMatched(text, marksOf(found));
    const absent = unmatched.filter((word) => words === undefined || !knownWord(word, words));
    return absent.length === 0 ? found : nothing;
  }

  /** The page language's words, or none when they cannot be had (the excerpts then decide alone). */
  const words = () => config.vocabulary().catch(() => emptyVocabulary([], here.lang));

  /** A search in another language's index: meant for it, or tried in it. Its failure leaves it out. */
  async function findThere(lang: string, text: string): Promise<Found> {
    const found = await find(await config.index(lang), lang, text);
    return honest(text, found);
  }

  /**
   * Results in the other languages worth showing: those the query is meant for (their search
   * started with this one), and, for a query that finds next to nothing here, a language of its
   * script that finds clearly more.
   */
  async function inOtherLanguages(text: string, countHere: number, meant: Map<string, Promise<Found>>): Promise<FoundThere[]> {
    const searches = others.map((other) => {
      const started = meant.get(other.lang);
      // Unless it was meant for it, a query goes to a language of its own script only: Latin
      // words found on a Russian page are names and titles, not what the reader was after.
      if (!started && (countHere >= fewHere || scriptOf(text) !== other.script)) return undefined;
      const there = started ?? findThere(other.lang, text);
      return there.then(
        (found) => ({ lang: other.lang, found, meant: started !== undefined }),
        () => undefined,
      );
    });
    const settled = await Promise.all(searches);
    return settled.flatMap((there) => {
      if (!there) return [];
      const count = there.found.results.length;
      return count > 0 && (there.meant || count > clearlyMoreThere * countHere) ? [{ lang: there.lang, found: there.found }] : [];
    });
  }

  /**
   * Answers a query: what it finds here, with the sections chosen, respelt when it finds nothing
   * or only loosely (unless the reader asked for the words as typed), and nothing when its words
   * are not on the site; with the other languages' results to follow.
   */
  async function answer(raw: string, { sections, exact }: { sections: readonly string[]; exact: boolean }): Promise<Answer> {
    const query = prepareQuery(raw);
    if (query.kind !== 'ok') return query;
    const { text, truncated } = query;
    // A query in another language's letters searches that language too: beside this search,
    // rather than after it, so the answer waits for the slower of the two and not for both.
    const meant = new Map(languagesMeant(text, here, others).map((lang) => [lang, findThere(lang, text)] as const));
    for (const there of meant.values()) there.catch(() => undefined); // a failure there leaves that language out

    let index: SearchIndex;
    try {
      index = await config.index(here.lang);
    } catch {
      return { kind: 'unavailable', truncated };
    }
    // Always name the section filter, even with none chosen: only then does Pagefind count per section.
    const filters = { section: { any: sections } };
    let found = await find(index, here.lang, text, filters);
    let shown = text;
    const loose = found.results.length === 0 || matchedLoosely(text, marksOf(found));
    const vocabulary = loose ? await words() : undefined;
    // Found nothing, or a word only loosely: the words in this page's script, or spelt as the site
    // spells them, unless the reader asked for them as typed.
    if (loose && !exact) {
      for (const respelt of respellings(text, here.script, vocabulary!)) {
        const again = honest(respelt, await find(index, here.lang, respelt, filters), vocabulary);
        if (again.results.length > 0) {
          [found, shown] = [again, respelt];
          break;
        }
      }
    }
    if (shown === text) found = honest(text, found, vocabulary);
    return { kind: 'found', query: text, truncated, shown, here: found, others: inOtherLanguages(text, found.results.length, meant) };
  }

  /** The data of the results after the first ones shown. */
  const rest = (found: Found): Promise<PagefindResultData[]> => Promise.all(found.results.slice(found.first.length).map((result) => result.data()));

  return { answer, rest };
}

export type Searcher = ReturnType<typeof createSearcher>;
