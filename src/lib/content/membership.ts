import { membershipChanges, type MemberStatus, type MembershipChange } from '../../schemas/members.ts';
import { format } from '../i18n/format.ts';
import { formatDate } from '../i18n/dates.ts';
import type { Strings } from '../i18n/strings.ts';
import type { EntryRef } from '../../schemas/shared.ts';
import { quotationsOf, referencing, resolve, type Catalog, type Item, type PageItem, type Quotation } from './catalog.ts';

/**
 * A state's membership over time, derived from one list in its content file (`membership`): each
 * change names the dated development that states it, and `membershipChanges`
 * (src/schemas/members.ts) says what status each change leaves the state in.
 */

/** One change of a state's membership: what, when (its development's date), and the status it leaves. */
export interface MembershipStep {
  change: MembershipChange;
  status: MemberStatus;
  date: string;
  development: Item<'developments'>;
}

/** A stretch of time in one status, from a change to the next; `to` is absent for the status a state is in now. */
export interface MembershipPeriod {
  status: MemberStatus;
  from: string;
  to?: string;
}

/** A state's changes, earliest first (a date as precise as known sorts before a more precise one in it). */
export function membershipOf(catalog: Catalog, member: Item<'members'>): MembershipStep[] {
  return member.data.membership
    .map(({ change, development }) => {
      const found = resolve(catalog, development);
      return { change, status: membershipChanges[change], date: found.data.date, development: found };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The status a state is in now: the one its latest change left it in. */
export const statusOf = (steps: readonly MembershipStep[]): MemberStatus => steps.at(-1)!.status;

/** Whether a state in this status is a member state today (Armenia, its participation frozen, is). */
export const isMemberStatus = (status: MemberStatus): boolean => status === 'member' || status === 'participation-frozen';

/** The states that are members today, in their order. */
export const currentMembers = (catalog: Catalog): Item<'members'>[] => catalog.members.filter((member) => isMemberStatus(statusOf(membershipOf(catalog, member))));

/** The periods between changes, a change to the status a state is already in adding none. */
export function periodsOf(steps: readonly MembershipStep[]): MembershipPeriod[] {
  const periods: MembershipPeriod[] = [];
  for (const step of steps) {
    const last = periods.at(-1);
    if (last?.status === step.status) continue;
    if (last) last.to = step.date;
    periods.push({ status: step.status, from: step.date });
  }
  return periods;
}

/**
 * The stretches of time a state was a member state, whatever its participation (Armenia's frozen
 * participation is membership still): the periods of `periodsOf` in a member status, run together.
 */
export function memberSpans(steps: readonly MembershipStep[]): Omit<MembershipPeriod, 'status'>[] {
  const spans: Omit<MembershipPeriod, 'status'>[] = [];
  for (const period of periodsOf(steps)) {
    const last = spans.at(-1);
    if (!isMemberStatus(period.status)) continue;
    if (last && last.to === period.from) {
      if (period.to === undefined) delete last.to;
      else last.to = period.to;
    } else spans.push(period.to === undefined ? { from: period.from } : { from: period.from, to: period.to });
  }
  return spans;
}

/** A problem of a state's membership list, for the content checker: the state's id and what is wrong. */
export interface MembershipProblem {
  id: string;
  message: string;
}

/**
 * What the checker holds a membership list to: it starts with the state's signing or joining, and
 * each development it names concerns the state's page, so the page lists the dated change with its
 * evidence (a development is shown on the pages it concerns).
 */
export function membershipProblems(members: readonly Item<'members'>[], developments: readonly Item<'developments'>[]): MembershipProblem[] {
  return members.flatMap((member) => {
    const steps = member.data.membership.flatMap(({ change, development }) => {
      const found = developments.find((each) => each.id === development.id);
      return found ? [{ change, development: found }] : [];
    });
    steps.sort((a, b) => a.development.data.date.localeCompare(b.development.data.date));
    const first = steps[0];
    const problems: MembershipProblem[] = [];
    if (first && first.change !== 'signed' && first.change !== 'joined') {
      problems.push({ id: member.id, message: `the earliest change is "${first.change}" (${first.development.id}, ${first.development.data.date}): a membership starts with "signed" or "joined"` });
    }
    for (const { development } of steps) {
      if (referencing([development], (each) => each.data.concerns, member).length === 0) {
        problems.push({ id: member.id, message: `the development "${development.id}" does not concern members/${member.id}: add members/${member.id} to its concerns, so the page lists it with its evidence` });
      }
    }
    return problems;
  });
}

/** The words that give a state's official name, if it rests on a development's evidence: shown beside the name. */
export function officialNameQuotations(catalog: Catalog, member: Item<'members'>): Quotation[] {
  const from = member.data.officialNameFrom;
  return from ? quotationsOf(catalog, resolve(catalog, from.development)).filter((quoted) => quoted.source.id === from.source.id) : [];
}

/** The source of those words, among the sources a page lists; none for a page of another collection. */
export const officialNameSources = (item: PageItem): EntryRef<'sources'>[] => {
  const from = item.collection === 'members' ? (item as Item<'members'>).data.officialNameFrom : undefined;
  return from ? [from.source] : [];
};

/**
 * A state whose official name rests on words that do not give it, in English, exactly as the
 * page writes it; or that names such words without a name.
 */
export function officialNameProblems(members: readonly Item<'members'>[], developments: readonly Item<'developments'>[]): MembershipProblem[] {
  return members.flatMap((member) => {
    const { officialName, officialNameFrom: from } = member.data;
    const development = from && developments.find((each) => each.id === from.development.id);
    if (!from || !development) return [];
    const where = `the words of ${from.source.id} in "${development.id}"`;
    if (officialName === undefined) return [{ id: member.id, message: `officialNameFrom names ${where}, but the state has no officialName: add the name they give, or drop officialNameFrom` }];
    const quoted = development.data.evidence.filter((each) => each.source.id === from.source.id);
    if (quoted.length === 0) return [{ id: member.id, message: `"${development.id}" quotes no words of ${from.source.id}: name one of its evidence’s sources` }];
    return quoted.some((each) => each.says.includes(officialName)) ? [] : [{ id: member.id, message: `"${officialName}" is not in ${where}: write the name as they do, or rest it on words that give it` }];
  });
}

/** A period as readers see it: "15 May 1992 – April 1999", or "22 February 2024 – today" for the present one. */
export function periodText<Period extends Omit<MembershipPeriod, 'status'>>(period: Period, { lang, t }: Pick<Strings, 'lang' | 't'>): string {
  const from = formatDate(period.from, lang);
  return period.to === undefined ? format(t('membership.periodOpen'), { from }) : format(t('membership.period'), { from, to: formatDate(period.to, lang) });
}

/** The name of a status, and of a change, in the reader's language. */
export const statusName = (status: MemberStatus, { tDynamic }: Pick<Strings, 'tDynamic'>): string => tDynamic(`membership.status.${status}`);
export const changeName = (change: MembershipChange, { tDynamic }: Pick<Strings, 'tDynamic'>): string => tDynamic(`membership.change.${change}`);
