import { describe, expect, it } from 'vitest';
import { bodyLinks, linkCycles } from '../../src/lib/content/relations.ts';
import { item, ref } from './fixtures/catalog.ts';

const council = item('bodies', 'council');
const permanent = item('bodies', 'permanent', { actsBetweenSessionsOf: ref('bodies', 'council') });
const general = item('bodies', 'general', { reportsTo: ref('bodies', 'council'), manages: ref('bodies', 'secretariat') });
const secretariat = item('bodies', 'secretariat');

describe('bodyLinks', () => {
  it('reads each relation in the direction the structure shows it, naming where the content states it', () => {
    const links = bodyLinks([council, permanent, general, secretariat]);
    expect(links.map((l) => [l.parent.id, l.child.id, l.relation, `${l.writtenIn.id}.${l.field}`])).toEqual([
      ['council', 'permanent', 'fact.betweenItsSessions', 'permanent.actsBetweenSessionsOf'],
      ['council', 'general', 'fact.accountableToIt', 'general.reportsTo'],
      ['general', 'secretariat', 'fact.manages', 'general.manages'],
    ]);
  });
  it('has nothing to say of bodies that stand alone', () => {
    expect(bodyLinks([item('bodies', 'a'), item('bodies', 'b')])).toEqual([]);
  });
});

describe('linkCycles', () => {
  const cyclesOf = (...bodies: ReturnType<typeof item<'bodies'>>[]) =>
    linkCycles(bodies, bodyLinks(bodies)).map((cycle) => cycle.map((link) => `${link.child.id}>${link.parent.id}`));

  it('finds none in a tree', () => {
    expect(cyclesOf(council, permanent, general, secretariat)).toEqual([]);
  });
  it('finds A answering to B and B to A, once', () => {
    expect(cyclesOf(item('bodies', 'a', { reportsTo: ref('bodies', 'b') }), item('bodies', 'b', { reportsTo: ref('bodies', 'a') }))).toEqual([['a>b', 'b>a']]);
  });
  it('finds a body that answers to itself', () => {
    expect(cyclesOf(item('bodies', 'a', { reportsTo: ref('bodies', 'a') }))).toEqual([['a>a']]);
  });
  it('finds a cycle through different relations, management included', () => {
    const cycle = cyclesOf(
      item('bodies', 'a', { manages: ref('bodies', 'b'), reportsTo: ref('bodies', 'c') }),
      item('bodies', 'b'),
      item('bodies', 'c', { actsBetweenSessionsOf: ref('bodies', 'b') }),
    );
    expect(cycle).toHaveLength(1);
    expect(cycle[0]).toHaveLength(3);
  });
});
