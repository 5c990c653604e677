import { referencing, type Item } from './catalog.ts';

/** How a body hangs from another in the structure, as the string key that names the relation. */
export type BodyRelation = 'fact.betweenItsSessions' | 'fact.accountableToIt' | 'fact.manages';

/** A line of the structure: `child` hangs from `parent` by `relation`, written in `field` of the entry `writtenIn`. */
export interface BodyLink {
  parent: Item<'bodies'>;
  child: Item<'bodies'>;
  relation: BodyRelation;
  /** The entry and field where the content states it (the manager states `manages`, the others their parent). */
  writtenIn: Item<'bodies'>;
  field: 'actsBetweenSessionsOf' | 'reportsTo' | 'manages';
}

/**
 * Every line of the structure among `bodies`, from their references: a body that works between
 * the sessions of another or is accountable to it hangs from it; a body hangs from the one that
 * manages it. References to bodies not in the list are left out. Each parent's lines come in that
 * order (between its sessions, accountable to it, managed by it), the order the structure lists them.
 */
export function bodyLinks(bodies: readonly Item<'bodies'>[]): BodyLink[] {
  const links: BodyLink[] = [];
  for (const parent of bodies) {
    for (const child of referencing(bodies, (b) => b.data.actsBetweenSessionsOf, parent)) {
      links.push({ parent, child, relation: 'fact.betweenItsSessions', writtenIn: child, field: 'actsBetweenSessionsOf' });
    }
    for (const child of referencing(bodies, (b) => b.data.reportsTo, parent)) {
      links.push({ parent, child, relation: 'fact.accountableToIt', writtenIn: child, field: 'reportsTo' });
    }
    for (const child of bodies.filter((b) => b.id === parent.data.manages?.id)) {
      links.push({ parent, child, relation: 'fact.manages', writtenIn: parent, field: 'manages' });
    }
  }
  return links;
}

/**
 * The cycles among the links (A answers to B, B to A), each once, as the links that make it. A
 * body in a cycle has no place in a tree, so the checker fails the build on one rather than let
 * the chart and the tree drop it.
 */
export function linkCycles(bodies: readonly Item<'bodies'>[], links: readonly BodyLink[]): BodyLink[][] {
  const up = new Map<string, BodyLink[]>();
  for (const link of links) up.set(link.child.id, [...(up.get(link.child.id) ?? []), link]);
  const cycles = new Map<string, BodyLink[]>();
  // Walks up from `ids.at(-1)`; `steps[i]` leads from `ids[i]` to `ids[i + 1]`.
  const climb = (ids: string[], steps: BodyLink[]) => {
    for (const link of up.get(ids.at(-1)!) ?? []) {
      const at = ids.indexOf(link.parent.id);
      if (at < 0) climb([...ids, link.parent.id], [...steps, link]);
      else {
        const cycle = [...steps.slice(at), link];
        const key = cycle.map((step) => step.child.id).sort().join(" ");
        if (!cycles.has(key)) cycles.set(key, cycle);
      }
    }
  };
  for (const body of bodies) climb([body.id], []);
  return [...cycles.values()];
}
