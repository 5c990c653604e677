import { describe, expect, it } from 'vitest';
import { resolve, type Item } from '../../src/lib/content/catalog.ts';
import { entryFacts, type Fact } from '../../src/lib/content/facts.ts';
import { memberSpans, membershipOf } from '../../src/lib/content/membership.ts';
import { questionGroups } from '../../src/lib/content/questions.ts';
import type { SectionCollection } from '../../src/lib/content/registry.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { splitOpening } from '../../src/lib/opening.ts';
import { catalogOf, item, ref, refs } from './fixtures/catalog.ts';

// Issue 26 §2: each type of page has one set of key facts, the same fields in the same order on
// every page of the type, right under its opening paragraph (src/lib/content/facts.ts, src/lib/opening.ts).

const catalog = catalogOf(
  item('bodies', 'council', { composition: 'the heads of state', reviewed: '2026-11-28' }),
  item('bodies', 'general', { kind: 'official', reportsTo: ref('bodies', 'council'), reviewed: '2026-11-28' }),
  item('bodies', 'staff', { kind: 'permanent-working-body' }),
  item('holders', 'earlier', { office: ref('bodies', 'general'), person: 'Ann Earlier', state: ref('members', 'a'), from: '2017-01-01', until: '2026-01-01' }),
  item('holders', 'now', { office: ref('bodies', 'general'), person: 'Bob Now', state: ref('members', 'b'), from: '2026-01-01' }),
  item('chairs', 'chair-2025', { council: ref('bodies', 'council'), year: 2025, state: ref('members', 'a') }),
  item('chairs', 'chair-2026', { council: ref('bodies', 'council'), year: 2026, state: ref('members', 'b') }),
  item('members', 'a', { officialName: 'The Republic of A' }),
  item('members', 'b', { membership: [{ change: 'signed', development: ref('developments', 'treaty') }, { change: 'froze-participation', development: ref('developments', 'frozen') }] }),
  item('members', 'u', {
    membership: [
      { change: 'signed', development: ref('developments', 'treaty') },
      { change: 'left', development: ref('developments', 'left') },
      { change: 'returned', development: ref('developments', 'returned') },
      { change: 'suspended', development: ref('developments', 'suspended') },
    ],
  }),
  item('forces', 'rapid', { members: refs('members', ['a']), status: 'operating' }),
  item('forces', 'other'),
  item('developments', 'treaty', { date: '1992-05-15' }),
  item('developments', 'frozen', { date: '2024-02-22' }),
  item('developments', 'left', { date: '1999-04' }),
  item('developments', 'returned', { date: '2006' }),
  item('developments', 'suspended', { date: '2012' }),
);
const en = strings('en');
const entry = (collection: SectionCollection, id: string) => resolve(catalog, ref(collection, id)) as Item<SectionCollection>;
const key = (collection: SectionCollection, id: string, lang = en) => entryFacts(catalog, entry(collection, id), lang).key;
const shown = (facts: Fact[]) => facts.map((fact) => `${fact.label}: ${fact.values.map((v) => (typeof v === 'string' ? v : 'path' in v ? `${v.text} -> ${v.path}` : v.text)).join('; ')}`);

describe('key facts', () => {
  it('give every member state the same four fields, saying which the sources read do not state', () => {
    expect(shown(key('members', 'a'))).toEqual([
      'Official name: The Republic of A',
      'In the CSTO (before 2002, the Treaty): 15 May 1992 – today',
      'Status: Member state',
      'Forces and systems: rapid -> forces/rapid',
    ]);
    expect(shown(key('members', 'b'))).toEqual([
      'Official name: Not stated in the sources read',
      'In the CSTO (before 2002, the Treaty): 15 May 1992 – today',
      'Status: Member state, participation frozen',
      'Forces and systems: Not stated in the sources read',
    ]);
    expect(key('members', 'b').filter((fact) => fact.notStated).map((fact) => fact.label)).toEqual(['Official name', 'Forces and systems']);
  });

  it('give a body its role, whom it is accountable to and who heads it on the day of review: the holder of its office, or the state in its chair that year', () => {
    expect(shown(key('bodies', 'general'))).toEqual(['Role: Official', 'Accountable to: council -> bodies/council', 'Head on the day of review: Bob Now (b), since 1 January 2026']);
    expect(shown(key('bodies', 'council'))).toEqual(['Role: Council', 'Accountable to: Not stated in the sources read', 'Head on the day of review: b, in the chair in 2026 -> members/b']);
    expect(shown(key('bodies', 'staff'))).toEqual(['Role: Permanent working body', 'Accountable to: Not stated in the sources read', 'Head on the day of review: Not stated in the sources read']);
  });

  it('are one set of fields for each type, in every language, whatever an entry states', () => {
    for (const lang of [en, strings('ru'), strings('kk')]) {
      const labels = (collection: SectionCollection, id: string) => key(collection, id, lang).map((fact) => fact.label);
      expect(labels('members', 'b')).toEqual(labels('members', 'a'));
      expect(labels('members', 'u')).toEqual(labels('members', 'a'));
      expect(labels('bodies', 'staff')).toEqual(labels('bodies', 'general'));
      expect(labels('forces', 'other')).toEqual(labels('forces', 'rapid'));
      expect(new Set(labels('forces', 'rapid')).size).toBe(3);
    }
    expect(key('members', 'b', strings('ru')).find((fact) => fact.notStated)?.values).toEqual(['В прочитанных источниках не указано']);
    expect(key('members', 'b', strings('kk')).find((fact) => fact.notStated)?.values).toEqual(['Оқылған дереккөздерде көрсетілмеген']);
  });

  it('give an operation its kind, who runs it and its area, and a crisis its states, the request for help and the forces sent', () => {
    const more = catalogOf(item('operations', 'drill', { kind: 'exercise', participants: ['the member states'] }), item('crises', 'quiet'), item('members', 'state'));
    const keyOf = (collection: SectionCollection, id: string) => shown(entryFacts(more, resolve(more, ref(collection, id)) as Item<SectionCollection>, en).key);
    expect(keyOf('operations', 'drill')).toEqual(['Kind: Exercise (joint training)', 'Run by: Not stated in the sources read', 'Area of activity: area -> activities/area']);
    expect(keyOf('crises', 'quiet')).toEqual(['Member states concerned: state -> members/state', 'Request for help: Not stated in the sources read', 'Forces sent: Not stated in the sources read']);
  });

  it('leave nothing of the more facts empty, and no key field out of them', () => {
    const { key: keyed, more } = entryFacts(catalog, entry('bodies', 'council'), en);
    expect(more.every((fact) => fact.values.length > 0)).toBe(true);
    expect(more.map((fact) => fact.label)).toEqual(['Who sits on it', 'Accountable to it']);
    expect(more.some((fact) => keyed.some((k) => k.label === fact.label))).toBe(false);
  });
});

describe('memberSpans', () => {
  const spans = (id: string) => memberSpans(membershipOf(catalog, resolve(catalog, ref('members', id)) as Item<'members'>));
  it('runs membership with frozen participation together, and leaves out the years outside', () => {
    expect(spans('b')).toEqual([{ from: '1992-05-15' }]);
    expect(spans('u')).toEqual([
      { from: '1992-05-15', to: '1999-04' },
      { from: '2006', to: '2012' },
    ]);
  });
});

describe('splitOpening', () => {
  it('cuts after the first element, a paragraph or a statement with its sources, keeping the markup as it was', () => {
    expect(splitOpening('<p>One <a href="/x">two</a>.</p>\n<p>Three.</p><h2 id="h">Four</h2>')).toEqual({ opening: '<p>One <a href="/x">two</a>.</p>', rest: '\n<p>Three.</p><h2 id="h">Four</h2>' });
    const statement = '<div data-statement="s"><p>Said.</p><details class="evidence"><summary>What the source says</summary><blockquote><p>“Said”</p></blockquote></details></div>';
    expect(splitOpening(`\n${statement}<p>Next.</p>`)).toEqual({ opening: `\n${statement}`, rest: '<p>Next.</p>' });
  });
  it('keeps a text with no element whole, as its opening', () => {
    expect(splitOpening('Just words.')).toEqual({ opening: 'Just words.', rest: '' });
    expect(splitOpening('')).toEqual({ opening: '', rest: '' });
  });
});

describe('questionGroups', () => {
  it('puts each question under the section of the page its answer leads to, sections in the order of their first question', () => {
    const questions = catalogOf(
      item('members', 'a'),
      item('bodies', 'b'),
      item('questions', 'q1', { more: ref('members', 'a') }, 1),
      item('questions', 'q2', { more: ref('bodies', 'b') }, 2),
      item('questions', 'q3', { more: ref('members', 'a') }, 3),
      item('questions', 'q4', { more: ref('about', 'overview') }, 4),
      item('about', 'overview'),
    );
    expect(questionGroups(questions).map((group) => [group.title, group.questions.map((question) => question.id)])).toEqual([
      ['section.members', ['q1', 'q3']],
      ['section.bodies', ['q2']],
      ['section.about', ['q4']],
    ]);
  });
});
