import { describe, expect, it } from 'vitest';
import { currentMembers, membershipOf, membershipProblems, officialNameProblems, officialNameQuotations, periodsOf, periodText, statusOf } from '../../src/lib/content/membership.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { catalogOf, item, ref } from './fixtures/catalog.ts';

const step = (change: string, development: string) => ({ change, development: ref('developments', development) });
const development = (id: string, date: string, concerns: string[]) => item('developments', id, { date, concerns: concerns.map((c) => ref('members', c)) });
const developments = [
  development('signed', '1992-05-15', ['a', 'u']),
  development('joined', '1993-09', ['z']),
  development('not-renewed', '1999-04', ['z', 'u']),
  development('returned', '2006-08-16', ['u']),
  development('suspended', '2012-12-19', ['u']),
  development('frozen', '2024-02-22', ['a']),
];
// Written out of order, as an author might: the dates order them.
const member = (id: string, ...steps: ReturnType<typeof step>[]) => item('members', id, { membership: steps as never });
const a = member('a', step('froze-participation', 'frozen'), step('signed', 'signed'));
const z = member('z', step('joined', 'joined'), step('left', 'not-renewed'));
const u = member('u', step('signed', 'signed'), step('left', 'not-renewed'), step('returned', 'returned'), step('suspended', 'suspended'));
const catalog = catalogOf(a, z, u, ...developments);

describe('membershipOf and statusOf', () => {
  it('orders a state’s changes by their developments’ dates, each with the status it leaves', () => {
    expect(membershipOf(catalog, a).map((s) => [s.date, s.change, s.status])).toEqual([
      ['1992-05-15', 'signed', 'member'],
      ['2024-02-22', 'froze-participation', 'participation-frozen'],
    ]);
  });

  it('gives the status of the latest change', () => {
    expect([a, z, u].map((m) => statusOf(membershipOf(catalog, m)))).toEqual(['participation-frozen', 'former', 'suspended']);
  });
});

describe('currentMembers', () => {
  it('keeps member states, a frozen participation included, and leaves out those that left or are suspended', () => {
    expect(currentMembers(catalog).map((m) => m.id)).toEqual(['a']);
  });
});

describe('periodsOf', () => {
  it('runs each period from one change to the next, the present one open', () => {
    expect(periodsOf(membershipOf(catalog, u))).toEqual([
      { status: 'member', from: '1992-05-15', to: '1999-04' },
      { status: 'former', from: '1999-04', to: '2006-08-16' },
      { status: 'member', from: '2006-08-16', to: '2012-12-19' },
      { status: 'suspended', from: '2012-12-19' },
    ]);
  });

  it('adds no period for a change to the status the state is already in', () => {
    const twice = member('t', step('signed', 'signed'), step('returned', 'returned'));
    expect(periodsOf(membershipOf(catalogOf(twice, ...developments), twice))).toEqual([{ status: 'member', from: '1992-05-15' }]);
  });
});

describe('periodText', () => {
  it('writes a period with its dates as precise as known, and the present one up to today, in each language', () => {
    expect(periodText({ status: 'member', from: '1993-09', to: '1999-04' }, strings('en'))).toBe('September 1993 – April 1999');
    expect(periodText({ status: 'member', from: '1992-05-15' }, strings('en'))).toBe('15 May 1992 – today');
    expect(periodText({ status: 'member', from: '1992-05-15' }, strings('ru'))).toBe('15 мая 1992\u00A0г. – по настоящее время');
  });
});

describe('membershipProblems', () => {
  it('finds none in a well-formed list', () => {
    expect(membershipProblems([a, z, u], developments)).toEqual([]);
  });

  it('names a development that does not concern the state’s page', () => {
    const stray = member('s', step('signed', 'signed'), step('froze-participation', 'frozen'));
    expect(membershipProblems([stray], developments)).toEqual([
      { id: 's', message: 'the development "signed" does not concern members/s: add members/s to its concerns, so the page lists it with its evidence' },
      { id: 's', message: 'the development "frozen" does not concern members/s: add members/s to its concerns, so the page lists it with its evidence' },
    ]);
  });

  it('names a list that does not start with the state’s signing or joining', () => {
    const late = member('z', step('left', 'not-renewed'));
    expect(membershipProblems([late], developments)).toEqual([{ id: 'z', message: 'the earliest change is "left" (not-renewed, 1999-04): a membership starts with "signed" or "joined"' }]);
  });
});

describe('officialNameProblems and officialNameQuotations', () => {
  const says = (source: string, words: string) => ({ source: ref('sources', source), says: words, read: '2026-12-07' });
  const protocols = item('developments', 'protocols', {
    date: '2018-11-08',
    concerns: [],
    evidence: [says('assembly', 'signed by the Presidents of the Republic of Armenia and the Kyrgyz Republic'), says('law', 'Republic of Tajikistan ratified')],
  });
  const named = (id: string, officialName?: string, source = 'assembly') => item('members', id, { membership: [], officialName, officialNameFrom: { development: ref('developments', 'protocols'), source: ref('sources', source) } });
  const unsourced = item('members', 'z', { membership: [], officialName: 'Republic of Azerbaijan' });

  it('finds none where the named words give the name as written, or where a name rests on none', () => {
    expect(officialNameProblems([named('a', 'Republic of Armenia'), named('k', 'Kyrgyz Republic'), unsourced], [protocols])).toEqual([]);
  });

  it('names a name that is not in the words it rests on (though another source’s are), words of a source the development does not quote, and words without a name', () => {
    expect(officialNameProblems([named('t', 'Republic of Tajikistan'), named('b', 'Republic of Belarus', 'elsewhere'), named('r')], [protocols])).toEqual([
      { id: 't', message: '"Republic of Tajikistan" is not in the words of assembly in "protocols": write the name as they do, or rest it on words that give it' },
      { id: 'b', message: '"protocols" quotes no words of elsewhere: name one of its evidence’s sources' },
      { id: 'r', message: 'officialNameFrom names the words of assembly in "protocols", but the state has no officialName: add the name they give, or drop officialNameFrom' },
    ]);
  });

  it('gives only the named source’s words to show beside the name, and none for a name that rests on none', () => {
    const sources = [item('sources', 'assembly', {}), item('sources', 'law', {})];
    const withName = catalogOf(named('a', 'Republic of Armenia'), unsourced, protocols, ...sources);
    expect(officialNameQuotations(withName, withName.members[0]!).map((quoted) => quoted.says)).toEqual(['signed by the Presidents of the Republic of Armenia and the Kyrgyz Republic']);
    expect(officialNameQuotations(withName, withName.members[1]!)).toEqual([]);
  });
});
