/**
 * Links to a passage of a page, as text fragments (`#:~:text=`, WICG Scroll to Text Fragment): a
 * browser that supports them scrolls to the words and marks them; one that does not ignores the
 * directive and opens the page. Used by the build (a quotation's link to its source) and by search
 * in the browser (a result's link to its words), so no Node or DOM API here.
 */

// In a text directive, "-", "&" and "," have meanings of their own and are escaped too.
export const textDirectivePart = (text: string): string =>
  encodeURIComponent(text).replace(/[-&,]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

/** The address with a text directive added: after its own fragment, if it has one. */
export const withTextDirective = (url: string, directive: string): string => `${url}${url.includes('#') ? '' : '#'}:~:text=${directive}`;

/** How many words of a long passage name its start and its end: enough to be unique on a page, few enough to survive small differences in between. */
const wordsAtEachEnd = 5;

/**
 * A link to a quotation in the page it comes from. A short quotation is matched whole; a long
 * one by its first and last words (`text=start,end`); one with words left out (" … ") from the
 * start of its first part to the end of its last.
 */
export function linkToQuotation(url: string, quotation: string): string {
  const parts = quotation.split(/\s*…\s*/).map((part) => part.trim()).filter(Boolean);
  const words = (part: string | undefined) => (part ?? '').split(/\s+/).filter(Boolean);
  const [first, last] = [words(parts[0]), words(parts.at(-1))];
  const whole = parts.length === 1 && first.length <= 2 * wordsAtEachEnd;
  const directive = whole
    ? textDirectivePart(first.join(' '))
    : `${textDirectivePart(first.slice(0, wordsAtEachEnd).join(' '))},${textDirectivePart(last.slice(-wordsAtEachEnd).join(' '))}`;
  return withTextDirective(url, directive);
}
