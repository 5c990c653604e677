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
