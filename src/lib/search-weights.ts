/**
 * How Pagefind weighs a page's words when it ranks results. A heading's words weigh by its level,
 * every other word 1 (Pagefind's own weights, in its pagefind/src/fossick/parser.rs: h1 7, h2 6,
 * h3 5, h4 4, h5 3, h6 2); an element's `data-pagefind-weight` sets its words' weight instead.
 */
export const headingWeights = { h1: 7, h2: 6, h3: 5, h4: 4, h5: 3, h6: 2 } as const;

/**
 * The weight of a page's names: its title, the other names it goes by ("Also known as") and the
 * facts that are names, weighed alike and above any heading, so that a name finds its page.
 */
export const titleWeight = 10;
