import { describe, expect, it } from 'vitest';
import { resolve, type Item } from '../../src/lib/content/catalog.ts';
import { entryFacts, stated, relatedGroups, type Fact } from '../../src/lib/content/facts.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import type { SectionCollection } from '../../src/lib/content/registry.ts';
import { catalogOf, item, ref, refs } from './fixtures/catalog.ts';

const catalog = catalogOf(
  item('bodies', 'council', { abbreviation: 'CC', composition: 'the heads of state', since: 2004 }),
  item('bodies', 'general', { kind: 'official', composition: 'one official', reportsTo: ref('bodies', 'council'), manages: ref('bodies', 'secretariat') }),
  item('bodies', 'secretariat', { kind: 'permanent-working-body' }),
  item('bodies', 'permanent', { actsBetweenSessionsOf: ref('bodies', 'council'), areas: refs('activities', ['area']) }),
  item('operations', 'kanal', { translation: 'Channel', runBy: ref('bodies', 'permanent'), observerPartners: refs('partners', ['interpol']), aims: ['to find'], participants: ['the member states'], observers: ['Uzbekistan'] }),
  item('operations', 'drill', { kind: 'exercise', forces: refs('forces', ['rapid']) }),
  item('forces', 'rapid', { members: refs('members', ['a', 'b']), status: 'operating', region: 'the North' }),
  item('members', 'a', { officialName: 'The Republic of A' }),
  item('members', 'b'),
  item('members', 'c'),
  // A state that left: no longer among the member states.
  item('members', 'd', { membership: [{ change: 'joined', development: ref('developments', 'joined') }, { change: 'left', development: ref('developments', 'left') }] }),
  item('developments', 'treaty', { date: '1992-05-15' }),
  item('developments', 'joined', { date: '1993-09' }),
  item('developments', 'left', { date: '1999-04' }),
  item('partners', 'interpol', { kind: 'observer', fullName: 'International Criminal Police Organization' }),
  item('developments', 'treaty-signed', { date: '1992-05-15', evidence: [{ source: ref('sources', 'source'), says: 'Signed in Tashkent on May 15, 1992.', read: '2026-12-07' }] }),
  item('developments', 'treaty-in-force', { date: '1994-04-20' }),
  item('developments', 'protocol-signed', { date: '1999-04-02' }),
  item('documents', 'treaty', { signed: ref('developments', 'treaty-signed'), inForce: ref('developments', 'treaty-in-force'), place: 'Tashkent', signatories: refs('members', ['a']), otherSignatories: ['Uzbekistan'] }),
  item('documents', 'protocol', { kind: 'protocol', signed: ref('developments', 'protocol-signed'), place: 'Moscow', amends: ref('documents', 'treaty') }),
);
const entry = (collection: SectionCollection, id: string) => resolve(catalog, ref(collection, id)) as Item<SectionCollection>;
/** The values of each fact, as the text a reader sees and the path a link goes to. */
const shown = (facts: Fact[]) =>
  Object.fromEntries(
    facts.map((fact) => [fact.label, fact.values.map((v) => (typeof v === 'string' ? v : 'path' in v ? `${v.text} -> ${v.path}` : `${v.text} [lang=${v.lang}]`))]),
  );
const en = strings('en');

describe('entryFacts', () => {
  it('gives a body its own facts and both sides of every relation, leaving out facts with no value', () => {
    expect(shown(stated(entryFacts(catalog, entry('bodies', 'council'), en)))).toEqual({
      Abbreviation: ['CC'],
      Role: ['Council'],
      'Who sits on it': ['the heads of state'],
      'Operational since': ['2004'],
      'Works between its sessions': ['permanent -> bodies/permanent'],
      'Accountable to it': ['general -> bodies/general'],
    });
    expect(shown(stated(entryFacts(catalog, entry('bodies', 'general'), en)))).toEqual({
      Role: ['Official'],
      'Who holds the office': ['one official'],
      'Accountable to': ['council -> bodies/council'],
      Manages: ['secretariat -> bodies/secretariat'],
    });
    expect(shown(stated(entryFacts(catalog, entry('bodies', 'permanent'), en)))).toMatchObject({
      'Works between the sessions of': ['council -> bodies/council'],
      Runs: ['kanal -> operations/kanal'],
      'Area of activity': ['area -> activities/area'],
    });
    expect(shown(stated(entryFacts(catalog, entry('bodies', 'secretariat'), en)))).toEqual({ Role: ['Permanent working body'], 'Managed by': ['general -> bodies/general'] });
  });

  it('gives an operation its body, its area, its aims and its observers, and an exercise its forces', () => {
    expect(shown(stated(entryFacts(catalog, entry('operations', 'kanal'), en)))).toEqual({
      'In English': ['Channel'],
      Kind: ['Operation'],
      'Run by': ['permanent -> bodies/permanent'],
      'Area of activity': ['area -> activities/area'],
      Aims: ['to find'],
      'Who takes part': ['the member states'],
      Observers: ['Uzbekistan'],
      'Observer organizations': ['interpol -> partners/interpol'],
    });
    expect(shown(stated(entryFacts(catalog, entry('operations', 'drill'), en)))).toMatchObject({ Kind: ['Exercise (joint training)'], 'Forces that train': ['rapid -> forces/rapid'] });
  });

  it('gives a force its members, status and training, and a partner what it observes', () => {
    expect(shown(stated(entryFacts(catalog, entry('forces', 'rapid'), en)))).toEqual({
      Kind: ['Forces established on a broad coalition basis'],
      Region: ['the North'],
      'Member states': ['a -> members/a', 'b -> members/b'],
      'Status, as the source states it': ['Operating'],
      'Joint training': ['drill -> operations/drill'],
      'Area of activity': ['area -> activities/area'],
    });
    expect(shown(stated(entryFacts(catalog, entry('partners', 'interpol'), en)))).toEqual({
      'Full name': ['International Criminal Police Organization'],
      Cooperation: ['Observer in a CSTO operation'],
      Observes: ['kanal -> operations/kanal'],
      'Area of activity': ['area -> activities/area'],
    });
  });

  it('gives a member state its official name, its years in the CSTO, its status and periods, and the forces that name it', () => {
    expect(shown(stated(entryFacts(catalog, entry('members', 'a'), en)))).toEqual({
      'Official name': ['The Republic of A'],
      'In the CSTO (before 2002, the Treaty)': ['15 May 1992 – today'],
      Status: ['Member state'],
      'In the Treaty and the Organization': ['15 May 1992 – today: Member state'],
      'Forces and systems': ['rapid -> forces/rapid'],
      'Founding documents it signed': ['treaty -> documents/treaty'],
    });
  });

  it('gives a document its signing, with its place and what its sources say, its entry into force, who signed it and what it amends, both ways', () => {
    const facts = stated(entryFacts(catalog, entry('documents', 'treaty'), en));
    expect(shown(facts)).toEqual({
      Kind: ['Treaty'],
      Signed: ['15 May 1992, Tashkent'],
      'In force since': ['20 April 1994'],
      'Signed by': ['a -> members/a', 'Uzbekistan'],
      'Extended or amended by': ['protocol -> documents/protocol'],
    });
    expect(facts.find((fact) => fact.label === 'Signed')!.quotations!.map((quoted) => quoted.says)).toEqual(['Signed in Tashkent on May 15, 1992.']);
    expect(shown(stated(entryFacts(catalog, entry('documents', 'protocol'), en)))).toEqual({ Kind: ['Protocol'], Signed: ['2 April 1999, Moscow'], 'Extends or amends': ['treaty -> documents/treaty'] });
    expect(shown(stated(entryFacts(catalog, entry('members', 'b'), en)))['Founding documents it signed']).toBeUndefined();
  });

  it('gives a state that left its status and each period, and no list of member states', () => {
    expect(shown(stated(entryFacts(catalog, entry('members', 'd'), en)))).toEqual({
      'In the CSTO (before 2002, the Treaty)': ['September 1993 – April 1999'],
      Status: ['Former party to the Treaty'],
      'In the Treaty and the Organization': ['September 1993 – April 1999: Member state', 'April 1999 – today: Former party to the Treaty'],
    });
  });

  it('marks the facts that are names of the entry, and no others', () => {
    const names = (collection: SectionCollection, id: string) => stated(entryFacts(catalog, entry(collection, id), en)).filter((fact) => fact.isName).map((fact) => fact.label);
    expect(names('members', 'a')).toEqual(['Official name']);
    expect(names('partners', 'interpol')).toEqual(['Full name']);
    expect(names('bodies', 'council')).toEqual([]);
  });

  it('gives an area of activity no facts: its page lists what is in it', () => {
    expect(stated(entryFacts(catalog, entry('activities', 'area'), en))).toEqual([]);
  });

  it('lists on a member state no other member states: that is navigation, the members page has it', () => {
    expect(stated(entryFacts(catalog, entry('members', 'c'), en)).map((fact) => fact.label)).not.toContain('Other member states');
  });

  it('labels facts in Russian and marks the English name of an operation as English', () => {
    const facts = shown(stated(entryFacts(catalog, entry('operations', 'kanal'), strings('ru'))));
    expect(facts['Название в английском источнике']).toEqual(['Channel [lang=en]']);
    expect(facts['Вид']).toEqual(['Операция']);
  });
});

describe('relatedGroups', () => {
  it('lists on an area the entries of each kind that name it, leaving out empty kinds', () => {
    expect(relatedGroups(catalog, entry('activities', 'area'), en).map((g) => [g.heading, g.items.map((i) => i.id)])).toEqual([
      ['Bodies in this area', ['permanent']],
      ['Operations and exercises in this area', ['drill', 'kanal']],
      ['Forces in this area', ['rapid']],
      ['Cooperating organizations in this area', ['interpol']],
    ]);
  });
  it('leaves out a kind with no entry in the area', () => {
    const lone = catalogOf(item('activities', 'lone'), item('bodies', 'b', { areas: refs('activities', ['lone']) }));
    expect(relatedGroups(lone, resolve(lone, ref('activities', 'lone')) as Item<SectionCollection>, en).map((g) => [g.heading, g.items.map((i) => i.id)])).toEqual([['Bodies in this area', ['b']]]);
  });
  it('gives nothing for pages that show their relations as facts', () => {
    expect(relatedGroups(catalog, entry('bodies', 'council'), en)).toEqual([]);
  });
});
