import { comparedAspects, comparedOrganizations } from '../../schemas/comparisons.ts';
import { articleAnchor } from './documents.ts';
import { resolve, type Catalog, type Item } from './catalog.ts';

/**
 * The comparison of the CSTO with NATO, the SCO and the CIS (`/compare/`): a table for each
 * aspect, a row for each organization, each cell what the sources state, or nothing where none
 * was found.
 */

export type Organization = (typeof comparedOrganizations)[number];
export type Aspect = (typeof comparedAspects)[number];

/** One aspect's table: each organization, in order, with its cell if the content has one. */
export interface AspectTable {
  aspect: Aspect;
  rows: { organization: Organization; cell: Item<'comparisons'> | undefined }[];
}

/**
 * The tables of the comparison, one an aspect, each with a row for every organization: a pair
 * the content does not state is an empty row, so the page says it was not found, never leaves
 * it out. Two entries for one pair would leave one unseen, so they throw.
 */
export function comparisonTables(cells: readonly Item<'comparisons'>[]): AspectTable[] {
  return comparedAspects.map((aspect) => ({
    aspect,
    rows: comparedOrganizations.map((organization) => {
      const found = cells.filter((cell) => cell.data.aspect === aspect && cell.data.organization === organization);
      if (found.length > 1) throw new Error(`Two comparisons entries state the ${aspect} of ${organization} (${found.map((cell) => cell.id).join(', ')}): keep one`);
      return { organization, cell: found[0] };
    }),
  }));
}

/** The path inside the site of the page that says more of a cell, if it names one: a page, or an article on its document's page. */
export function morePath(catalog: Catalog, cell: Item<'comparisons'>): string | undefined {
  if (cell.data.more) return cell.data.more;
  if (!cell.data.article) return undefined;
  const article = resolve(catalog, cell.data.article);
  return `documents/${article.data.document.id}#${articleAnchor(article.data.number)}`;
}
