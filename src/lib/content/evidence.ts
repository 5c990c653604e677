/**
 * Evidence: the words of a source that support a statement (README, "Facts a reader can check"
 * and "Evidence"). The checker (./check.ts) holds every figure of a statement against them, so that a
 * number a source does not state cannot reach a page: the site once gave "15 tons" because an
 * address said 15, while the page's words said 1,742 kilograms.
 */

/**
 * A run of digits as it may be written: `1742`, `1,742`, `1 742` (a space, a no-break, narrow or
 * thin space, or an apostrophe between groups of three), `1.7` or `1,7`, `30.01.2013`.
 */
const digitRun = /\d+(?:[.,'’\u0020\u00A0\u2009\u202F]\d+)*/g;
const groupSeparator = /^[,'’\u0020\u00A0\u2009\u202F]$/;

/** A number in one form for comparing: no leading zeros, a decimal point, no trailing decimal zeros. */
function normalise(integer: string, fraction = ''): string {
  const whole = integer.replace(/^0+(?=\d)/, '');
  const decimals = fraction.replace(/0+$/, '');
  return decimals ? `${whole}.${decimals}` : whole;
}

/** A run split into its groups of digits and the separators between them. */
function pieces(run: string): { groups: string[]; separators: string[] } {
  return { groups: run.split(/[^\d]/), separators: run.match(/[^\d]/g) ?? [] };
}

/**
 * The numbers a run stands for, read as a statement is read: groups of three after a separator
 * make one number (`1,742` is 1742), one point or comma before other than three digits is a
 * decimal (`1,7`), and anything else (`30.01.2013`, a date) is several numbers.
 */
function strictReading(run: string): string[] {
  const { groups, separators } = pieces(run);
  if (separators.length === 0) return [normalise(run)];
  const thousands = separators.every((s) => groupSeparator.test(s)) && groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3);
  if (thousands) return [normalise(groups.join(''))];
  if (separators.length === 1 && /^[.,]$/.test(separators[0]!)) return [normalise(groups[0]!, groups[1])];
  return groups.map((group) => normalise(group));
}

/** The numbers of a text as a statement gives them, each with the words it was written in. */
export function numbersIn(text: string): { written: string; value: string }[] {
  return [...text.matchAll(digitRun)].flatMap(([run]) => {
    const values = strictReading(run);
    return values.length === 1 ? [{ written: run, value: values[0]! }] : values.map((value) => ({ written: value, value }));
  });
}

/**
 * Every number a quotation can be read to state: as a statement reads it, each group of digits
 * apart, and each pair either side of a point or comma as a decimal. A quotation is the source's
 * own words, in its own conventions (`1,742` is a thousands separator in English and a decimal
 * comma in Russian), so it is read generously; a statement is read strictly.
 */
export function numbersQuoted(text: string): Set<string> {
  const found = new Set<string>();
  for (const [run] of text.matchAll(digitRun)) {
    const { groups, separators } = pieces(run);
    for (const value of strictReading(run)) found.add(value);
    for (const group of groups) found.add(normalise(group));
    separators.forEach((separator, at) => /^[.,]$/.test(separator) && found.add(normalise(groups[at]!, groups[at + 1])));
  }
  return found;
}

/** The numbers of a date as precise as known (`2024-02-22`): its year, month and day. */
const numbersOfDate = (date: string): string[] => date.split('-').map((part) => normalise(part));

/**
 * The numbers a statement gives that none of its quotations states and that are not in the entry's
 * own dates (a development's `date`, a holding's `from` and `until`), as written in the statement, each once.
 */
export function unsupportedNumbers(statement: string, quotations: readonly string[], dates: readonly string[] = []): string[] {
  const quoted = new Set([...quotations.flatMap((quotation) => [...numbersQuoted(quotation)]), ...dates.flatMap(numbersOfDate)]);
  return [...new Set(numbersIn(statement).filter((number) => !quoted.has(number.value)).map((number) => number.written))];
}

/** The words of an MDX body as a reader gets them: without its components' tags and Markdown links' addresses. */
export const bodyText = (body: string): string =>
  body
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^#{1,6}\s/gm, '');
