/** A page as the A to Z index lists it. */
export interface AzItem {
  title: string;
  path: string;
  /** The section it belongs to, shown beside the title. */
  section: string;
}

/** The letter an item is filed under: its first letter, upper-cased; anything else under "#". */
export function azLetter(title: string, locale = 'en'): string {
  const first = title.replace(/^[^\p{L}\p{N}]+/u, '').charAt(0).toLocaleUpperCase(locale);
  return /\p{L}/u.test(first) ? first : '#';
}

/** Groups items by letter, letters in alphabetical order, items in each by title. */
export function azGroups(items: readonly AzItem[], locale = 'en'): { letter: string; items: AzItem[] }[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const groups = new Map<string, AzItem[]>();
  for (const item of [...items].sort((a, b) => collator.compare(a.title, b.title))) {
    const letter = azLetter(item.title, locale);
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : collator.compare(a, b)))
    .map(([letter, grouped]) => ({ letter, items: grouped }));
}
