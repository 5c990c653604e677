import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/lib/catalog.ts';
import { bodiesByKind, structureChart, structureTree, type StructureNode } from '../../src/lib/structure.ts';
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

describe('structureChart', () => {
  it('puts the Council with the bodies under it first, then the other bodies a row per kind', () => {
    const tiers = structureChart(catalog);
    expect(tiers.map((tier) => [tier.kind ?? 'tree', ...tier.nodes.map((node) => node.body.id)])).toEqual([
      ['tree', 'collective-security-council'],
      ['council', 'council-of-foreign-ministers', 'council-of-defense-ministers'],
      ['committee', 'committee-of-secretaries-of-security-councils'],
      ['permanent-working-body', 'joint-staff'],
      ['coordinating-council', 'coordinating-council-on-countering-illegal-drug-trafficking', 'coordinating-council-on-countering-illegal-migration'],
    ]);
    expect(outline(tiers[0]!.nodes)).toEqual(outline(structureTree(catalog).slice(0, 1)));
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
