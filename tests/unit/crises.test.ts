import { describe, expect, it } from 'vitest';
import { resolve, type Item } from '../../src/lib/content/catalog.ts';
import { articlePath, crisesOf, crisisDates, shownWithCrisis } from '../../src/lib/content/crises.ts';
import { entryFacts, stated, type Fact } from '../../src/lib/content/facts.ts';
import type { CollectionName, SectionCollection } from '../../src/lib/content/registry.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { catalogOf, item, ref, refs } from './fixtures/catalog.ts';

const quoted = (says: string) => [{ source: ref('sources', 'source'), says, read: '2026-12-07' }];
const catalog = catalogOf(
  item('developments', 'treaty', { date: '1992-05-15' }),
  item('members', 'a'),
  item('members', 'b'),
  item('members', 'c'),
  item('bodies', 'council'),
  item('bodies', 'other-council'),
  item('forces', 'peacekeepers'),
  item('forces', 'rapid'),
  item('documents', 'treaty'),
  item('articles', 'treaty-4', { document: ref('documents', 'treaty'), number: '4' }),
  item('sessions', 'extraordinary', { council: ref('bodies', 'council'), date: '2022-01-10', kind: 'extraordinary' }),
  item('developments', 'asked', { date: '2022-01-05', evidence: quoted('He asked on 5 January.') }),
  item('developments', 'came', { date: '2022-01-06', evidence: quoted('They came on 6 January.') }),
  item('developments', 'left', { date: '2022-01-19', evidence: quoted('They left on 19 January.') }),
  item('crises', 'sent', {
    states: refs('members', ['a']),
    request: ref('developments', 'asked'),
    basis: refs('articles', ['treaty-4']),
    sessions: refs('sessions', ['extraordinary']),
    forces: refs('forces', ['peacekeepers']),
    arrived: ref('developments', 'came'),
    withdrawn: ref('developments', 'left'),
  }),
  item('crises', 'border', { states: refs('members', ['a', 'b']) }, 2),
);
const entry = <C extends SectionCollection>(collection: C, id: string) => resolve(catalog, ref(collection, id)) as Item<C>;
const shown = (facts: Fact[]) => Object.fromEntries(facts.map((fact) => [fact.label, fact.values.map((v) => (typeof v === 'string' ? v : `${v.text}${'path' in v ? ` -> ${v.path}` : ''}`))]));
const en = strings('en');

describe('crisisDates and shownWithCrisis', () => {
  it('resolves a crisis’s request, arrival and withdrawal, and leaves out those it has not', () => {
    const dates = crisisDates(catalog, entry('crises', 'sent'));
    expect([dates.request?.id, dates.arrived?.id, dates.withdrawn?.id]).toEqual(['asked', 'came', 'left']);
    expect(crisisDates(catalog, entry('crises', 'border'))).toEqual({ request: undefined, arrived: undefined, withdrawn: undefined });
  });

  it('shows a crisis’s dated steps with its page, so that their sources are the page’s; none for a page of another collection', () => {
    expect(shownWithCrisis(catalog, entry('crises', 'sent')).map((shownItem) => shownItem.id)).toEqual(['asked', 'came', 'left']);
    expect(shownWithCrisis(catalog, entry('crises', 'border'))).toEqual([]);
    expect(shownWithCrisis(catalog, entry('members', 'a'))).toEqual([]);
  });
});

describe('articlePath', () => {
  it('leads to the article’s heading on its document’s page', () => {
    expect(articlePath(resolve(catalog, ref('articles', 'treaty-4')))).toBe('documents/treaty#article-4');
  });
});

describe('crisesOf', () => {
  it('gives a member state the crises on its territory or at its request, a force those it was sent to, a council those its sessions dealt with', () => {
    const ids = (target: { collection: CollectionName; id: string }) => crisesOf(catalog, target).map((crisis) => crisis.id);
    expect(ids(ref('members', 'a'))).toEqual(['sent', 'border']);
    expect(ids(ref('members', 'b'))).toEqual(['border']);
    expect(ids(ref('members', 'c'))).toEqual([]);
    expect(ids(ref('forces', 'peacekeepers'))).toEqual(['sent']);
    expect(ids(ref('forces', 'rapid'))).toEqual([]);
    expect(ids(ref('bodies', 'council'))).toEqual(['sent']);
    expect(ids(ref('bodies', 'other-council'))).toEqual([]);
  });
});

describe('entryFacts of a crisis', () => {
  it('gives its states, its request with its sources’ words, its basis and sessions linked to where they are stated, its forces and its dates', () => {
    const facts = stated(entryFacts(catalog, entry('crises', 'sent'), en));
    expect(shown(facts)).toEqual({
      'Member states concerned': ['a -> members/a'],
      'Request for help': ['5 January 2022'],
      'Legal basis invoked': ['Article 4, treaty -> documents/treaty#article-4'],
      'Sessions of the Collective Security Council on it': ['10 January 2022: Extraordinary session -> bodies/council#year-2022'],
      'Forces sent': ['peacekeepers -> forces/peacekeepers'],
      'First units arrived': ['6 January 2022'],
      'Withdrawal completed': ['19 January 2022'],
    });
    const says = (label: string) => facts.find((fact) => fact.label === label)!.quotations!.map((quotation) => quotation.says);
    expect([says('Request for help'), says('First units arrived'), says('Withdrawal completed')]).toEqual([['He asked on 5 January.'], ['They came on 6 January.'], ['They left on 19 January.']]);
  });

  it('leaves out the facts a crisis has no value for', () => {
    expect(shown(stated(entryFacts(catalog, entry('crises', 'border'), en)))).toEqual({ 'Member states concerned': ['a -> members/a', 'b -> members/b'] });
  });

  it('lists the crises on the pages of the states, forces and councils in them', () => {
    expect(shown(stated(entryFacts(catalog, entry('members', 'b'), en)))['Crises it took part in']).toEqual(['border -> crises/border']);
    expect(shown(stated(entryFacts(catalog, entry('forces', 'peacekeepers'), en)))['Crises it took part in']).toEqual(['sent -> crises/sent']);
    expect(shown(stated(entryFacts(catalog, entry('bodies', 'council'), en)))['Crises it took part in']).toEqual(['sent -> crises/sent']);
    expect(shown(stated(entryFacts(catalog, entry('members', 'c'), en)))['Crises it took part in']).toBeUndefined();
  });
});
