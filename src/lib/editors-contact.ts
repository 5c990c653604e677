/**
 * How to reach the guide's editors, from the build setting `EDITORS_CONTACT` (README,
 * "Deploying"): an e-mail address or a web address. Empty or unset, the guide names no contact.
 */
export interface EditorsContact {
  href: string;
  /** What the link shows: the address itself, as a reader would type it. */
  label: string;
}

/** The contact a setting names, or nothing for an empty one; a setting that is neither an e-mail nor a web address fails the build. */
export function editorsContact(setting: string | undefined): EditorsContact | undefined {
  const value = setting?.trim() ?? '';
  if (value === '') return undefined;
  if (/^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/.test(value)) return { href: `mailto:${value}`, label: value };
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url && (url.protocol === 'https:' || url.protocol === 'http:')) return { href: url.href, label: value };
  throw new Error(`EDITORS_CONTACT is "${value}": give an e-mail address (editors@example.org) or a web address (https://example.org/contact), or leave it empty`);
}
