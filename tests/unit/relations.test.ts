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

describe('linkCycles, beyond the cycle itself', () => {
  const cyclesOf = (...bodies: ReturnType<typeof item<'bodies'>>[]) =>
    linkCycles(bodies, bodyLinks(bodies)).map((cycle) => cycle.map((link) => `${link.child.id}>${link.parent.id}`));

  it('gives a cycle without the body that leads into it', () => {
    expect(cyclesOf(item('bodies', 'c', { reportsTo: ref('bodies', 'a') }), item('bodies', 'a', { reportsTo: ref('bodies', 'b') }), item('bodies', 'b', { reportsTo: ref('bodies', 'a') }))).toEqual([['a>b', 'b>a']]);
  });

  it('gives each of two separate cycles, whatever their bodies are called', () => {
    expect(cyclesOf(item('bodies', 'a', { reportsTo: ref('bodies', 'bc') }), item('bodies', 'bc', { reportsTo: ref('bodies', 'a') }), item('bodies', 'ab', { reportsTo: ref('bodies', 'c') }), item('bodies', 'c', { reportsTo: ref('bodies', 'ab') }))).toEqual([
      ['a>bc', 'bc>a'],
      ['ab>c', 'c>ab'],
    ]);
  });
});

describe('bodyLinks, in the structure’s order', () => {
  it('gives each parent’s lines between its sessions first, then those accountable to it, then the one it manages, whatever order the bodies come in', () => {
    const bodies = [
      item('bodies', 'council', { manages: ref('bodies', 'staff') }),
      item('bodies', 'staff'),
      item('bodies', 'general', { reportsTo: ref('bodies', 'council') }),
      item('bodies', 'permanent', { actsBetweenSessionsOf: ref('bodies', 'council') }),
    ];
    expect(bodyLinks(bodies).map((l) => `${l.parent.id} ${l.relation} ${l.child.id}`)).toEqual([
      'council fact.betweenItsSessions permanent',
      'council fact.accountableToIt general',
      'council fact.manages staff',
    ]);
  });
});
