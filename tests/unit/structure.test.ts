import { describe, expect, it } from 'vitest';
import { bodiesByKind, structureChart, structureTree, type StructureNode } from '../../src/components/pictures/structure.ts';
import { catalogOf, item, ref } from './fixtures/catalog.ts';

/** The tree as nested ids, the way a reader would outline it. */
const outline = (nodes: StructureNode[]): unknown[] =>
  nodes.map((node) => (node.children.length ? { [node.body.id]: outline(node.children) } : node.body.id));

const catalog = catalogOf(
  item('bodies', 'council', {}, 1),
  item('bodies', 'secretariat', { kind: 'permanent-working-body' }, 5),
  item('bodies', 'general', { kind: 'official', reportsTo: ref('bodies', 'council'), manages: ref('bodies', 'secretariat') }, 4),
  item('bodies', 'permanent', { actsBetweenSessionsOf: ref('bodies', 'council') }, 2),
  item('bodies', 'ministers', {}, 3),
  item('bodies', 'drugs', { kind: 'coordinating-council' }, 6),
);

describe('structureTree', () => {
  it('hangs each body from the one it works between the sessions of, answers to, or is managed by', () => {
    const tree = structureTree(catalog);
    expect(outline(tree)).toEqual([{ council: ['permanent', { general: ['secretariat'] }] }, 'ministers', 'drugs']);
    const general = tree[0]!.children[1]!;
    expect(general.relation).toBe('fact.accountableToIt');
    expect(general.children[0]!.relation).toBe('fact.manages');
    expect(general.path).toBe('bodies/general');
  });
  it('lists the bodies that work between the sessions before those accountable, whatever their order', () => {
    const swapped = catalogOf(
      item('bodies', 'council', {}, 1),
      item('bodies', 'general', { reportsTo: ref('bodies', 'council') }, 2),
      item('bodies', 'permanent', { actsBetweenSessionsOf: ref('bodies', 'council') }, 3),
    );
    expect(outline(structureTree(swapped))).toEqual([{ council: ['permanent', 'general'] }]);
  });
  it('is empty with no bodies', () => {
    expect(structureTree(catalogOf())).toEqual([]);
  });
  it('never walks round a cycle (the content checker rejects one; the tree does not hang on it)', () => {
    const looped = catalogOf(
      item('bodies', 'root'),
      item('bodies', 'a', { reportsTo: ref('bodies', 'root'), manages: ref('bodies', 'b') }),
      item('bodies', 'b', { manages: ref('bodies', 'a') }),
    );
    expect(outline(structureTree(looped))).toEqual([{ root: [{ a: ['b'] }] }]);
  });
});

describe('structureChart', () => {
  it('puts the bodies with others under them first, then the other bodies a row per kind, in the order of kinds', () => {
    const tiers = structureChart(catalog);
    expect(tiers.map((tier) => [tier.kind ?? 'tree', ...tier.nodes.map((node) => node.body.id)])).toEqual([
      ['tree', 'council'],
      ['council', 'ministers'],
      ['coordinating-council', 'drugs'],
    ]);
  });
});

describe('bodiesByKind', () => {
  it('groups the bodies by kind, in the order of kinds, leaving out kinds with none', () => {
    expect(bodiesByKind(catalog).map((g) => [g.kind, g.bodies.map((b) => b.id)])).toEqual([
      ['council', ['council', 'permanent', 'ministers']],
      ['official', ['general']],
      ['permanent-working-body', ['secretariat']],
      ['coordinating-council', ['drugs']],
    ]);
  });
});
