import { searchSection } from '../site-map.ts';
import type { EntryRef } from '../../schemas/shared.ts';
import type { PageCollection } from './registry.ts';
import type { TextKey } from '../i18n/spec.ts';
import { entryPath, resolve, type Catalog, type Item, type PageItem } from './catalog.ts';

/** The questions whose answers say more on pages of one section, under that section's title. */
export interface QuestionGroup {
  /** The section's title: its key in the strings. */
  title: TextKey;
  questions: Item<'questions'>[];
}

/**
 * The questions page in sections: each question under the section of the page its answer leads to
 * (a member state's under "Member states"), sections in the order of their first question, the
 * questions in theirs. Its contents list then names a few sections, not every question.
 */
export function questionGroups(catalog: Catalog): QuestionGroup[] {
  const groups = new Map<TextKey, Item<'questions'>[]>();
  for (const question of catalog.questions) {
    const more = resolve(catalog, question.data.more as EntryRef<PageCollection>) as PageItem;
    const section = searchSection(entryPath(more));
    if (!section) throw new Error(`questions/${question.id}: its page (${entryPath(more)}) is in no section of the site map`);
    groups.set(section.title, [...(groups.get(section.title) ?? []), question]);
  }
  return [...groups].map(([title, questions]) => ({ title, questions }));
}
