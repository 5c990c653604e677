import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/lib/catalog.ts';
import { bodiesByKind, structureTree, type StructureNode } from '../../src/lib/structure.ts';
import { realCatalog } from './real-catalog.ts';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await realCatalog();
});

/** The tree as nested ids, the way a reader would outline it. */
const outline = (nodes: StructureNode[]): unknown[] =>
  nodes.map((node) => (node.children.length ? { [node.body.id]: outline(node.children) } : node.body.id));

describe('structureTree', () => {
  it('puts the Permanent Council and the Secretary General under the Council, the Secretariat under the Secretary General', () => {
    const tree = structureTree(catalog);
    expect(outline(tree)[0]).toEqual({
      'collective-security-council': ['permanent-council', { 'secretary-general': ['secretariat'] }],
    });
    const general = tree[0]!.children.find((node) => node.body.id === 'secretary-general')!;
    expect(general.relation).toBe('fact.accountableToIt');
    expect(general.children[0]!.relation).toBe('fact.manages');
  });

  it('shows every body exactly once', () => {
    const ids: string[] = [];
    const walk = (nodes: StructureNode[]) => nodes.forEach((node) => (ids.push(node.body.id), walk(node.children)));
    walk(structureTree(catalog));
    expect(ids.sort()).toEqual(catalog.bodies.map((body) => body.id).sort());
  });
});

describe('bodiesByKind', () => {
  it('groups the ten bodies by kind, leaving out kinds with none', () => {
    const groups = bodiesByKind(catalog);
    expect(groups.map((g) => [g.kind, g.bodies.length])).toEqual([
      ['council', 4],
      ['committee', 1],
      ['official', 1],
      ['permanent-working-body', 2],
      ['coordinating-council', 2],
    ]);
  });
});
