import { describe, expect, it } from 'vitest';
import { buildCatalog, byOrder, entryPath, referencing, resolve, type Item } from '../../src/lib/catalog.ts';

const source = (id: string, order: number) =>
  ({ collection: 'sources', id, data: { title: id, publisher: 'p', language: 'en', order } }) as Item<'sources'>;
const member = (id: string, order: number) =>
  ({ collection: 'members', id, data: { title: id, summary: 's', order, isoCode: '000', sources: [] } }) as Item<'members'>;

describe('byOrder', () => {
  it('sorts by order, then by id so that ties read the same on every build', () => {
    expect(byOrder([source('b', 2), source('z', 1), source('a', 1)]).map((s) => s.id)).toEqual(['a', 'z', 'b']);
  });
});

describe('buildCatalog', () => {
  it('files entries under their collection, sorted, with every collection present', () => {
    const catalog = buildCatalog([member('b', 2), source('s', 1), member('a', 1)]);
    expect(catalog.members.map((m) => m.id)).toEqual(['a', 'b']);
    expect(catalog.sources).toHaveLength(1);
    expect(catalog.bodies).toEqual([]);
  });
});

describe('resolve', () => {
  it('finds the entry a reference names', () => {
    expect(resolve(buildCatalog([member('a', 1)]), { collection: 'members', id: 'a' }).id).toBe('a');
  });
  it('throws, naming the reference, when there is none', () => {
    expect(() => resolve(buildCatalog([]), { collection: 'members', id: 'x' })).toThrow('No members entry "x"');
  });
});

describe('referencing', () => {
  it('finds entries whose single or list field points at the target', () => {
    const items = [
      { collection: 'forces', id: 'f1', data: { members: [{ collection: 'members', id: 'a' }] } },
      { collection: 'forces', id: 'f2', data: { members: [] } },
    ] as unknown as Item<'forces'>[];
    expect(referencing(items, (f) => f.data.members, { collection: 'members', id: 'a' }).map((f) => f.id)).toEqual(['f1']);
    expect(referencing(items, (f) => f.data.members, { collection: 'bodies', id: 'a' })).toEqual([]);
  });
});

describe('entryPath', () => {
  it('is collection/id for an entry and "about" for the overview', () => {
    expect(entryPath({ collection: 'bodies', id: 'secretariat' })).toBe('bodies/secretariat');
    expect(entryPath({ collection: 'about', id: 'overview' })).toBe('about');
  });
});
