import { describe, expect, it } from 'vitest';
import { buildCatalog, entryPath, evidenceOf, pageItems, pagesCiting, quotationsOf, referencing, resolve, resolveAll, sourcesOf, type Item } from '../../src/lib/content/catalog.ts';
import { catalogOf, item, ref, refs } from './fixtures/catalog.ts';

describe('buildCatalog', () => {
  it('files entries under their collection, every collection present, even empty ones', () => {
    const catalog = buildCatalog([item('members', 'b'), item('sources', 's')]);
    expect(catalog.members.map((m) => m.id)).toEqual(['b']);
    expect(catalog.sources).toHaveLength(1);
    expect(catalog.bodies).toEqual([]);
    expect(catalog.developments).toEqual([]);
  });
  it('sorts by order, then by id, so that ties read the same on every build', () => {
    const catalog = buildCatalog([item('members', 'b', {}, 2), item('members', 'z', {}, 1), item('members', 'a', {}, 1)]);
    expect(catalog.members.map((m) => m.id)).toEqual(['a', 'z', 'b']);
  });
  it('sorts by order whatever order the entries come in, an entry without one first', () => {
    const catalog = buildCatalog([item('members', 'c', {}, 3), item('members', 'a', {}, 1), item('sources', 's', { order: undefined }), item('members', 'b', {}, 2), item('sources', 't', {}, 1)]);
    expect(catalog.members.map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(catalog.sources.map((s) => s.id)).toEqual(['s', 't']);
  });
  it('sorts entries of one date by order, then by id', () => {
    const catalog = buildCatalog([item('developments', 'b', { date: '2020-01-01' }), item('developments', 'a', { date: '2020-01-01' }), item('developments', 'c', { date: '2019' })]);
    expect(catalog.developments.map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });
  it('sorts dated entries by date, whatever their file names', () => {
    const catalog = buildCatalog([item('developments', 'a', { date: '2004-01-01' }), item('developments', 'b', { date: '1992-05' })]);
    expect(catalog.developments.map((e) => e.id)).toEqual(['b', 'a']);
  });
});

describe('resolve', () => {
  const catalog = catalogOf(item('members', 'a'), item('members', 'b'));
  it('finds the entry a reference names, and keeps the order of a list', () => {
    expect(resolve(catalog, ref('members', 'a')).id).toBe('a');
    expect(resolveAll(catalog, refs('members', ['b', 'a'])).map((m) => m.id)).toEqual(['b', 'a']);
  });
  it('throws, naming the reference, when there is none', () => {
    expect(() => resolve(catalog, ref('members', 'x'))).toThrow('No members entry "x" (expected a file content/en/members/x.mdx)');
  });
});

describe('referencing', () => {
  const forces = [item('forces', 'f1', { members: refs('members', ['a']) }), item('forces', 'f2')];
  it('finds entries whose list field points at the target', () => {
    expect(referencing(forces, (f) => f.data.members, ref('members', 'a')).map((f) => f.id)).toEqual(['f1']);
  });
  it('matches the collection as well as the id', () => {
    expect(referencing(forces, (f) => f.data.members, ref('bodies', 'a'))).toEqual([]);
  });
  it('finds entries whose single field points at the target, and skips those without it', () => {
    const operations = [item('operations', 'o1', { runBy: ref('bodies', 'x') }), item('operations', 'o2')];
    expect(referencing(operations, (o) => o.data.runBy, ref('bodies', 'x')).map((o) => o.id)).toEqual(['o1']);
  });
});

describe('entryPath', () => {
  it('is collection/id for a section entry and the collection for a single page', () => {
    expect(entryPath({ collection: 'bodies', id: 'secretariat' })).toBe('bodies/secretariat');
    expect(entryPath({ collection: 'about', id: 'overview' })).toBe('about');
  });
});

describe('pageItems and pagesCiting', () => {
  const catalog = catalogOf(
    item('about', 'overview'),
    item('sources', 'other'),
    item('bodies', 'b', { sources: refs('sources', ['other']) }),
    item('members', 'm'),
  );
  it('lists the entries that have a page, the overview first, no sources or events', () => {
    expect(pageItems(catalog).map((p: Item) => `${p.collection}/${p.id}`)).toEqual(['about/overview', 'bodies/b', 'activities/area', 'members/m']);
  });
  it('finds the pages that cite a source', () => {
    expect(pagesCiting(catalog, ref('sources', 'other')).map((p) => p.id)).toEqual(['b']);
    expect(pagesCiting(catalog, ref('sources', 'source')).map((p) => p.id)).toEqual(['overview', 'area', 'm']);
  });
});

describe('sourcesOf and quotationsOf', () => {
  it('gives the sources an entry names, then those its evidence quotes, each once', () => {
    const quoted = (source: string) => ({ source: ref('sources', source), says: `Words of ${source}.`, read: '2026-12-07' });
    const statement = item('statements', 's', { sources: refs('sources', ['a']), evidence: [quoted('b'), quoted('a'), quoted('b'), quoted('c')] });
    expect(sourcesOf(statement).map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(sourcesOf(item('developments', 'd', { evidence: [quoted('b')] })).map((s) => s.id)).toEqual(['b']);
  });
  it('gives an answer’s own quotations, then those of the entries it rests on, each once', () => {
    const quoted = (source: string) => ({ source: ref('sources', source), says: `Words of ${source}.`, read: '2026-12-07' });
    const catalog = catalogOf(
      item('sources', 'a'),
      item('sources', 'b'),
      item('sources', 'c'),
      item('developments', 'd', { evidence: [quoted('b'), quoted('a')] }),
      item('articles', 'x', { evidence: [quoted('c')] }),
    );
    const answer = item('questions', 'q', { evidence: [quoted('a')], restsOn: { developments: [ref('developments', 'd')], articles: [ref('articles', 'x')] } });
    expect(quotationsOf(catalog, answer).map((q) => q.source.id)).toEqual(['a', 'b', 'c']);
    expect(evidenceOf(answer, () => undefined).map((q) => q.source.id)).toEqual(['a']);
  });
  it('gives no quotations for an entry without evidence', () => {
    expect(quotationsOf(catalogOf(), item('bodies', 'b'))).toEqual([]);
  });
});

describe('pagesCiting, through developments', () => {
  it('finds the pages a development citing the source concerns, and only those', () => {
    const catalog = catalogOf(
      item('sources', 'news'),
      item('bodies', 'b'),
      item('bodies', 'c'),
      item('developments', 'd', { concerns: [ref('bodies', 'b')], evidence: [{ source: ref('sources', 'news'), says: 'News.', read: '2026-12-07' }] }),
    );
    expect(pagesCiting(catalog, ref('sources', 'news')).map((p) => p.id)).toEqual(['b']);
  });
});
