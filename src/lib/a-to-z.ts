import type { IndexedPage } from './site-map.ts';

/** The letter an item is filed under: its first letter, upper-cased; anything else under "#". */
export function indexLetter(title: string, locale = 'en'): string {
  const first = title.replace(/^[^\p{L}\p{N}]+/u, '').charAt(0).toLocaleUpperCase(locale);
  return /\p{L}/u.test(first) ? first : '#';
}

/** Groups items by letter, letters in alphabetical order, items in each by title. */
export function letterGroups(items: readonly IndexedPage[], locale = 'en'): { letter: string; items: IndexedPage[] }[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const groups = new Map<string, IndexedPage[]>();
  for (const item of [...items].sort((a, b) => collator.compare(a.title, b.title))) {
    const letter = indexLetter(item.title, locale);
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : collator.compare(a, b)))
    .map(([letter, grouped]) => ({ letter, items: grouped }));
}
