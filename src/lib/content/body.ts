/**
 * What an MDX body says of its shape, read from its text: the pages it links to (`<Ref to>`), the
 * statements it shows (`<Statement id>`) and its headings. The checker compares them across
 * languages and checks them against the entries that exist; pages list the sources of the
 * statements they show.
 */

/** The targets of the `<Ref to="…">` links in an MDX body, sorted, each once. */
export const refTargets = (body: string): string[] => [...new Set([...body.matchAll(/<Ref\s+to=["']([^"']+)["']/g)].map((match) => match[1]!))].sort();

/** The statements an MDX body shows (`<Statement id="…" />`), in order, each once. */
export const statementIds = (body: string): string[] => [...new Set([...body.matchAll(/<Statement\s+id=["']([^"']+)["']/g)].map((match) => match[1]!))];

/** The Markdown headings of an MDX body, as their levels: `['##', '##']`. */
export const headingLevels = (body: string): string[] => [...body.matchAll(/^(#{1,6})\s/gm)].map((match) => match[1]!);
