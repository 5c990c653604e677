import { referencing, resolve, type Catalog, type Item, type PageItem } from './catalog.ts';
import { articleAnchor } from './documents.ts';

/**
 * The crises in which members asked for help: what a crisis's page shows beside its own words
 * (its dated request, arrival and withdrawal), and the crises that other pages list.
 */

/** The dated steps of a crisis that its key facts name, each a development with its evidence. */
export function crisisDates(catalog: Catalog, crisis: Item<'crises'>) {
  const { request, arrived, withdrawn } = crisis.data;
  const at = (ref: typeof request) => ref && resolve(catalog, ref);
  return { request: at(request), arrived: at(arrived), withdrawn: at(withdrawn) };
}

/** The entries whose words a crisis's page shows in its key facts, so that their sources are the page's too; none for another page. */
export function shownWithCrisis(catalog: Catalog, item: PageItem): Item[] {
  if (item.collection !== 'crises') return [];
  return Object.values(crisisDates(catalog, item as Item<'crises'>)).filter((dated) => dated !== undefined);
}

/** Where an article a crisis invoked is stated: its document's page, at the article's heading. */
export function articlePath(article: Item<'articles'>): string {
  return `documents/${article.data.document.id}#${articleAnchor(article.data.number)}`;
}

/**
 * The crises a page is part of: a member state's (its territory or its request), a force's (sent),
 * a council's (its sessions dealt with them).
 */
export function crisesOf(catalog: Catalog, page: Pick<Item, 'collection' | 'id'>): Item<'crises'>[] {
  const sessionsOf = (crisis: Item<'crises'>) => crisis.data.sessions.map((ref) => resolve(catalog, ref).data.council);
  return catalog.crises.filter(
    (crisis) =>
      referencing([crisis], (c) => c.data.states, page).length > 0 ||
      referencing([crisis], (c) => c.data.forces, page).length > 0 ||
      referencing([crisis], sessionsOf, page).length > 0,
  );
}
