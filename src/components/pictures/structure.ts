import { bodyKinds } from '../../schemas/bodies.ts';
import { entryPath, type Catalog, type Item } from '../../lib/content/catalog.ts';
import { bodyLinks, type BodyRelation } from '../../lib/content/relations.ts';

/** A body in the structure tree, with the bodies that hang from it and how. */
export interface StructureNode {
  body: Item<'bodies'>;
  path: string;
  /** How this body relates to its parent, as a string key: `fact.betweenItsSessions`, ... */
  relation?: BodyRelation;
  children: StructureNode[];
}

/**
 * The lines of accountability among the bodies, from the content's references
 * (src/lib/content/relations.ts): under each body, the bodies that work between its sessions,
 * that are accountable to it and that it manages. Roots are the bodies that hang from no other;
 * the content checker has failed the build on a cycle, which would leave a body out.
 */
export function structureTree(catalog: Catalog): StructureNode[] {
  // Each body's links come in the order the tree lists them (relations.ts, bodyLinks).
  const links = bodyLinks(catalog.bodies);
  // `above` guards the walk against a cycle all the same: a body never hangs below itself.
  const build = (body: Item<'bodies'>, relation?: BodyRelation, above = new Set<string>()): StructureNode => {
    const path = new Set(above).add(body.id);
    return {
      body,
      path: entryPath(body),
      relation,
      children: links
        .filter((link) => link.parent.id === body.id && !path.has(link.child.id))
        .map((link) => build(link.child, link.relation, path)),
    };
  };
  const children = new Set(links.map((link) => link.child.id));
  return catalog.bodies.filter((b) => !children.has(b.id)).map((b) => build(b));
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
