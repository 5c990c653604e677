import { describe, expect, it } from 'vitest';
import { articleAnchor, articlesOf, documentDatedBy, shownWith, textsOf } from '../../src/lib/content/documents.ts';
import { catalogOf, item, ref, refs } from './fixtures/catalog.ts';

const catalog = catalogOf(
  item('developments', 'signed', { date: '1992-05-15' }),
  item('developments', 'in-force', { date: '1994-04-20' }),
  item('documents', 'treaty', { inForce: ref('developments', 'in-force'), texts: refs('sources', ['source']) }),
  item('documents', 'charter', { kind: 'charter', signed: ref('developments', 'charter-signed') }),
  item('articles', 'treaty-11', { number: '11' }),
  item('articles', 'treaty-4-amended', { number: '4', wording: 'amended' }, 1),
  item('articles', 'treaty-4-original', { number: '4', wording: 'original' }, 2),
  item('articles', 'treaty-1-second', { number: '1' }, 2),
  item('articles', 'treaty-1-first', { number: '1' }, 1),
  item('articles', 'charter-3', { document: ref('documents', 'charter'), number: '3' }),
  item('members', 'a'),
);
const treaty = catalog.documents.find((document) => document.id === 'treaty')!;

describe('articlesOf', () => {
  it('gives a document its own articles by number, as numbers (4 before 11), each under the id a link points at', () => {
    expect(articlesOf(catalog, treaty).map((article) => [article.number, article.anchor])).toEqual([
      ['1', 'article-1'],
      ['4', 'article-4'],
      ['11', 'article-11'],
    ]);
    expect(articleAnchor('4')).toBe('article-4');
  });

  it('puts an article’s wording as signed before its wording as amended, and otherwise keeps the order the content gives', () => {
    const wordings = (number: string) => articlesOf(catalog, treaty).find((article) => article.number === number)!.wordings.map((wording) => wording.id);
    expect(wordings('4')).toEqual(['treaty-4-original', 'treaty-4-amended']);
    expect(wordings('1')).toEqual(['treaty-1-first', 'treaty-1-second']);
  });

  it('gives a document with no articles none', () => {
    expect(articlesOf(catalog, ref('documents', 'none'))).toEqual([]);
  });
});

describe('shownWith and textsOf', () => {
  it('give a document’s page its dates, its articles and its texts, whose sources the page lists', () => {
    expect(shownWith(catalog, treaty).map((shown) => `${shown.collection}/${shown.id}`)).toEqual([
      'developments/signed',
      'developments/in-force',
      'articles/treaty-1-first',
      'articles/treaty-1-second',
      'articles/treaty-4-original',
      'articles/treaty-4-amended',
      'articles/treaty-11',
    ]);
    expect(textsOf(treaty)).toEqual([ref('sources', 'source')]);
  });

  it('give any other page nothing more', () => {
    const member = catalog.members[0]!;
    expect(shownWith(catalog, member)).toEqual([]);
    expect(textsOf(member)).toEqual([]);
  });
});

describe('documentDatedBy', () => {
  it('finds the document a development signs or brings into force, and none for another development', () => {
    expect(documentDatedBy(catalog, ref('developments', 'signed'))?.id).toBe('treaty');
    expect(documentDatedBy(catalog, ref('developments', 'in-force'))?.id).toBe('treaty');
    expect(documentDatedBy(catalog, ref('developments', 'other'))).toBeUndefined();
  });
});
