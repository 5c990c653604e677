import { entryPath, referencing, type Catalog, type Item } from './catalog.ts';
import { bodyKinds } from '../schemas/bodies.ts';

/** A body in the structure tree, with the bodies that hang from it and how. */
export interface StructureNode {
  body: Item<'bodies'>;
  path: string;
  /** How this body relates to its parent, as a string key: `fact.betweenItsSessions`, ... */
  relation?: 'fact.betweenItsSessions' | 'fact.accountableToIt' | 'fact.manages';
  children: StructureNode[];
}

/**
 * The lines of accountability among the bodies, from the content's references: under each body,
 * the bodies that work between its sessions, that are accountable to it and that it manages.
 * Roots are the bodies that answer to no other body.
 */
export function structureTree(catalog: Catalog): StructureNode[] {
  const bodies = catalog.bodies;
  const build = (body: Item<'bodies'>, relation?: StructureNode['relation'], seen = new Set<string>()): StructureNode => {
    const next = new Set(seen).add(body.id);
    const child = (items: Item<'bodies'>[], how: NonNullable<StructureNode['relation']>) =>
      items.filter((item) => !next.has(item.id)).map((item) => build(item, how, next));
    const managed = body.data.manages ? bodies.filter((b) => b.id === body.data.manages?.id) : [];
    return {
      body,
      path: entryPath(body),
      relation,
      children: [
        ...child(referencing(bodies, (b) => b.data.actsBetweenSessionsOf, body), 'fact.betweenItsSessions'),
        ...child(referencing(bodies, (b) => b.data.reportsTo, body), 'fact.accountableToIt'),
        ...child(managed, 'fact.manages'),
      ],
    };
  };
  const isChild = (b: Item<'bodies'>) =>
    b.data.reportsTo !== undefined ||
    b.data.actsBetweenSessionsOf !== undefined ||
    bodies.some((other) => other.data.manages?.id === b.id);
  return bodies.filter((b) => !isChild(b)).map((b) => build(b));
}

/** The bodies grouped by kind, in the order of `bodyKinds`, leaving out kinds with no body. */
export function bodiesByKind(catalog: Catalog): { kind: (typeof bodyKinds)[number]; bodies: Item<'bodies'>[] }[] {
  return bodyKinds
    .map((kind) => ({ kind, bodies: catalog.bodies.filter((b) => b.data.kind === kind) }))
    .filter((group) => group.bodies.length > 0);
}

/** A row of the structure chart: the tree under the highest body, then the other bodies by kind. */
export interface ChartTier {
  /** The kind of the bodies in this row; the first row, the tree, has none. */
  kind?: (typeof bodyKinds)[number];
  nodes: StructureNode[];
}

/**
 * The structure chart, from the same references as the tree: first the bodies that have others
 * under them (the Council, with the Permanent Council, the Secretary General and the Secretariat),
 * then the bodies that stand on their own, a row per kind in the order of `bodyKinds`.
 */
export function structureChart(catalog: Catalog): ChartTier[] {
  const roots = structureTree(catalog);
  const alone = roots.filter((node) => node.children.length === 0);
  return [
    { nodes: roots.filter((node) => node.children.length > 0) },
    ...bodyKinds.map((kind) => ({ kind, nodes: alone.filter((node) => node.body.data.kind === kind) })),
  ].filter((tier) => tier.nodes.length > 0);
}
