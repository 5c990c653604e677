// The numbers search runs by, each with its reason. The searcher (./searcher.ts), the loader
// (./pagefind.ts) and the element (./site-search.ts) read them here; the ranking queries of the
// browser tests (tests/e2e/search-queries.ts, run by search-ranking.spec.ts) are the regression
// net for the ranking.

/**
 * Pagefind's ranking: favour pages whose words match the query closely and count repeats little,
 * so "Armenia" and «Армения» find the member state before the forces named after it, whose pages
 * repeat the (inflected) name. Tuned over the ranking queries, which are therefore a regression
 * net for this choice, not proof of it.
 */
export const ranking = { termSimilarity: 3, pageLength: 0.5, termFrequency: 0.1 };

/** Words of an excerpt: about two lines of a result, enough to show a match in its sentence. */
export const excerptLength = 24;

/** The results shown at once: each needs a file of its own, so the rest of a long list follows. */
export const firstShown = 4;

/** The pause in typing after which the query runs: a word typed at a steady pace is not searched letter by letter. */
export const typingPauseMs = 300;

/** The longest query sent to the index; longer text is cut at a word boundary and said so. */
export const maxQueryLength = 200;

/**
 * When a query in another language's script, not otherwise meant for it, is searched there too:
 * when it finds fewer than this here (a handful of pages that name it in passing)…
 */
export const fewHere = 3;

/** …and its results there are shown only when they are more than this many times those here. */
export const clearlyMoreThere = 2;

/**
 * How much of a query's word a word the index matched must share from its start to count as that
 * word, when the two differ. Pagefind, finding no word that begins with a term, tries the term
 * shorter and shorter, down to one letter: "Afghanistan" ends as "a" and matches every page. A
 * match counts when it shares at least `minSharedLetters` letters with the query's word and at
 * least `minSharedShare` of it: "Kazakstan" meets "Kazakhstan" (5 of 9), "secretariate"
 * "Secretariat"; "Afghanistan" does not meet "a", nor "Theocracy" "the" (3 letters).
 */
export const minSharedLetters = 4;
export const minSharedShare = 0.5;

/**
 * The edits a correction may make to a word of this many letters, against the site's own words:
 * none up to three letters (too many words are that close: "nat" is one letter from "not" and
 * "net"), one up to six, two from seven ("Kazakstan" → "Kazakhstan", "Vzaimodeystviye" →
 * "Vzaimodeistviye").
 */
export function allowedEdits(letters: number): number {
  return letters <= 3 ? 0 : letters <= 6 ? 1 : 2;
}
