import { describe, expect, it } from 'vitest';
import { comparisonTables, morePath } from '../../src/lib/content/comparison.ts';
import { catalogOf, item, ref } from './fixtures/catalog.ts';

const catalog = catalogOf(
  item('articles', 'treaty-4', { document: ref('documents', 'treaty'), number: '4' }),
  item('comparisons', 'nato-seat', { organization: 'nato', aspect: 'seat', more: 'partners/nato' }),
  item('comparisons', 'csto-defence', { organization: 'csto', aspect: 'defence', article: ref('articles', 'treaty-4') }),
  item('comparisons', 'cis-members', { organization: 'cis', aspect: 'members' }),
);
const cell = (id: string) => catalog.comparisons.find((each) => each.id === id)!;

describe('comparisonTables', () => {
  it('gives a table for every aspect, in order, each with a row for every organization, the CSTO first', () => {
    const tables = comparisonTables(catalog.comparisons);
    expect(tables.map((table) => table.aspect)).toEqual(['members', 'founded', 'seat', 'defence', 'decisions', 'record']);
    for (const table of tables) expect(table.rows.map((row) => row.organization)).toEqual(['csto', 'nato', 'sco', 'cis']);
  });

  it('puts each cell in its aspect’s table on its organization’s row, and leaves a pair with no entry empty rather than out', () => {
    const seat = comparisonTables(catalog.comparisons).find((table) => table.aspect === 'seat')!;
    expect(seat.rows.map((row) => row.cell?.id)).toEqual([undefined, 'nato-seat', undefined, undefined]);
    const members = comparisonTables(catalog.comparisons).find((table) => table.aspect === 'members')!;
    expect(members.rows.map((row) => row.cell?.id)).toEqual([undefined, undefined, undefined, 'cis-members']);
  });

  it('throws, naming both, on two entries for one organization and aspect, one of which no table would show', () => {
    const twice = [...catalog.comparisons, item('comparisons', 'nato-seat-again', { organization: 'nato', aspect: 'seat' })];
    expect(() => comparisonTables(twice)).toThrow(/seat of nato \(nato-seat, nato-seat-again\)/);
  });
});

describe('morePath', () => {
  it('leads to the page a cell names, or to its article on the article’s document’s page', () => {
    expect(morePath(catalog, cell('nato-seat'))).toBe('partners/nato');
    expect(morePath(catalog, cell('csto-defence'))).toBe('documents/treaty#article-4');
  });

  it('gives nothing for a cell that names no page', () => {
    expect(morePath(catalog, cell('cis-members'))).toBeUndefined();
  });
});
