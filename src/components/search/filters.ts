/**
 * The section filters worth showing for a query: those that would narrow its results (a section
 * with results, when results come from more than one section) and any the reader has chosen, so
 * that a choice can always be undone. `counts` are the results per section with none chosen.
 */
export function usefulFilters(counts: Readonly<Record<string, number>>, chosen: readonly string[]): string[] {
  const withResults = Object.keys(counts).filter((section) => (counts[section] ?? 0) > 0);
  const narrowing = withResults.length > 1 ? withResults : [];
  return [...new Set([...narrowing, ...chosen])];
}
