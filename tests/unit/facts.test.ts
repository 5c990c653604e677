import { beforeAll, describe, expect, it } from 'vitest';
import { resolve, type Catalog, type Item, type SectionCollection } from '../../src/lib/catalog.ts';
import { entryFacts, relatedGroups, type Fact } from '../../src/lib/facts.ts';
import { strings } from '../../src/lib/strings.ts';
import { realCatalog } from './real-catalog.ts';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await realCatalog();
});

const item = <C extends SectionCollection>(collection: C, id: string) => resolve(catalog, { collection, id }) as Item<SectionCollection>;
/** The values of the fact labelled `label`, as the text a reader sees and the path a link goes to. */
const values = (facts: Fact[], label: string) =>
  facts
    .find((fact) => fact.label === label)
    ?.values.map((v) => (typeof v === 'string' ? v : 'path' in v ? `${v.text} -> ${v.path}` : `${v.text} [lang=${v.lang}]`));
const english = strings('en');

describe('entryFacts', () => {
  it('links an operation to the body that runs it and to its area', () => {
    const facts = entryFacts(catalog, item('operations', 'kanal'), english);
    expect(values(facts, 'Run by')).toEqual([
      'Coordinating Council of Heads of Competent Authorities on Countering Illegal Drug Trafficking -> bodies/coordinating-council-on-countering-illegal-drug-trafficking',
    ]);
    expect(values(facts, 'Area of activity')).toEqual(['Countering new challenges and threats -> activities/countering-new-challenges-and-threats']);
  });

  it('lists on a body the operations it runs: the other side of runBy', () => {
    const facts = entryFacts(catalog, item('bodies', 'coordinating-council-on-countering-illegal-migration'), english);
    expect(values(facts, 'Runs')).toEqual(['Nelegal (Illegal) -> operations/nelegal']);
  });

  it('shows both sides of management and accountability', () => {
    const general = entryFacts(catalog, item('bodies', 'secretary-general'), english);
    expect(values(general, 'Manages')).toEqual(['Secretariat -> bodies/secretariat']);
    expect(values(general, 'Accountable to')).toEqual(['Collective Security Council -> bodies/collective-security-council']);
    expect(values(entryFacts(catalog, item('bodies', 'secretariat'), english), 'Managed by')).toEqual(['Secretary General -> bodies/secretary-general']);
    expect(values(entryFacts(catalog, item('bodies', 'collective-security-council'), english), 'Accountable to it')).toEqual([
      'Secretary General -> bodies/secretary-general',
    ]);
  });

  it('links a force to its area, its member states and its joint training', () => {
    const facts = entryFacts(catalog, item('forces', 'collective-operational-response-forces'), english);
    expect(values(facts, 'Area of activity')).toEqual(['Military cooperation -> activities/military-cooperation']);
    expect(values(facts, 'Joint training')).toEqual(['Vzaimodeistvie (Interaction) -> operations/vzaimodeistvie']);
    expect(values(entryFacts(catalog, item('forces', 'regional-russian-belarusian-forces-grouping'), english), 'Member states')).toEqual([
      'Russia -> members/russia',
      'Belarus -> members/belarus',
    ]);
  });

  it('lists on a member state the forces its name appears in', () => {
    const facts = entryFacts(catalog, item('members', 'armenia'), english);
    expect(values(facts, 'Forces and systems it is part of')).toEqual([
      'Unified Russian-Armenian forces grouping of the Caucasus region -> forces/unified-russian-armenian-forces-grouping',
      'Regional Air Defense System of Russia and Armenia -> forces/regional-air-defense-system-of-russia-and-armenia',
    ]);
    expect(values(facts, 'Other member states')).toHaveLength(5);
  });

  it('lists on an observer organization the operation it observes', () => {
    expect(values(entryFacts(catalog, item('partners', 'interpol'), english), 'Observes')).toEqual(['Kanal (Channel) -> operations/kanal']);
  });

  it('leaves out facts that have no value', () => {
    const facts = entryFacts(catalog, item('bodies', 'secretariat'), english);
    expect(facts.every((fact) => fact.values.length > 0)).toBe(true);
    expect(values(facts, 'Abbreviation')).toBeUndefined();
  });
});

describe('relatedGroups', () => {
  it('lists the bodies, operations and forces of an area', () => {
    const groups = relatedGroups(catalog, item('activities', 'countering-new-challenges-and-threats'), english);
    expect(groups.map((g) => [g.heading, g.items.map((i) => i.id)])).toEqual([
      ['Bodies in this area', ['coordinating-council-on-countering-illegal-drug-trafficking', 'coordinating-council-on-countering-illegal-migration']],
      ['Operations and exercises in this area', ['kanal', 'nelegal', 'proxy']],
      ['Partner organizations in this area', ['osce', 'interpol', 'europol']],
    ]);
  });

  it('gives nothing for pages that show their relations as facts', () => {
    expect(relatedGroups(catalog, item('bodies', 'secretariat'), english)).toEqual([]);
  });
});

describe('entryFacts in Russian', () => {
  it('labels facts and links entries in Russian, and marks the English name as English', async () => {
    const russian = await realCatalog('ru');
    const kanal = resolve(russian, { collection: 'operations', id: 'kanal' }) as Item<SectionCollection>;
    const facts = entryFacts(russian, kanal, strings('ru'));
    expect(values(facts, 'Название в английском источнике')).toEqual(['Channel [lang=en]']);
    expect(values(facts, 'Вид')).toEqual(['Операция']);
    expect(values(facts, 'Организации-наблюдатели')?.map((v) => v.split(' -> ')[1])).toEqual(['partners/osce', 'partners/interpol', 'partners/europol']);
    expect(facts.flatMap((fact) => fact.values).some((v) => typeof v === 'object' && 'path' in v && /[A-Za-z]/.test(v.text))).toBe(false);
  });
});
