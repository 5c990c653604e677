import type { EntryRef } from '../../schemas/shared.ts';
import { referencing, resolve, type Catalog, type Item, type PageItem } from './catalog.ts';

/**
 * The founding documents' pages: a document's key articles (entries of `articles`, each a wording
 * of an article with its evidence) and what its page shows beside its own words.
 */

/** The id of an article's heading on its document's page, for links to it: `article-4`. */
export const articleAnchor = (number: string): string => `article-${number}`;

/** An article as its document's page shows it: its number, its heading's id, its wordings (as signed, then as amended). */
export interface ArticleGroup {
  number: string;
  anchor: string;
  wordings: Item<'articles'>[];
}

/** The key articles of a document, in the order of their numbers; an article's wordings as signed first, then as amended. */
export function articlesOf(catalog: Catalog, document: Pick<Item, 'collection' | 'id'>): ArticleGroup[] {
  const articles = referencing(catalog.articles, (article) => article.data.document, document);
  const numbers = [...new Set(articles.map((article) => article.data.number))].sort((a, b) => Number(a) - Number(b));
  const rank = (article: Item<'articles'>) => ['original', undefined, 'amended'].indexOf(article.data.wording);
  return numbers.map((number) => ({
    number,
    anchor: articleAnchor(number),
    wordings: articles.filter((article) => article.data.number === number).sort((a, b) => rank(a) - rank(b) || a.data.order - b.data.order),
  }));
}

/**
 * The entries whose words a document's page shows beside its own: the developments of its
 * signing and entry into force and its articles, so that their sources are the page's too; none
 * for a page of another collection.
 */
export function shownWith(catalog: Catalog, item: PageItem): Item[] {
  if (item.collection !== 'documents') return [];
  const { signed, inForce } = (item as Item<'documents'>).data;
  const dates = [signed, ...(inForce ? [inForce] : [])].map((ref) => resolve(catalog, ref));
  return [...dates, ...articlesOf(catalog, item).flatMap((group) => group.wordings)];
}

/** Where a document's text is published (sources, each in its language); none for a page of another collection. */
export const textsOf = (item: PageItem): EntryRef<'sources'>[] => (item.collection === 'documents' ? (item as Item<'documents'>).data.texts : []);


/** The document whose signing or entry into force a development is, if any: where a line about it links. */
export function documentDatedBy(catalog: Catalog, development: Pick<Item, 'collection' | 'id'>): Item<'documents'> | undefined {
  const is = (ref: { id: string } | undefined) => ref?.id === development.id && development.collection === 'developments';
  return catalog.documents.find((document) => is(document.data.signed) || is(document.data.inForce));
}
