import { formatDate, yearOf } from '../i18n/dates.ts';
import { format } from '../i18n/format.ts';
import { defaultLanguage, type Lang } from '../i18n/languages.ts';
import type { TextKey } from '../i18n/spec.ts';
import type { Strings } from '../i18n/strings.ts';
import { entryPath, quotationsOf, referencing, resolve, resolveAll, type Catalog, type Item, type PageItem, type Quotation } from './catalog.ts';
import { articlePath, crisesOf, crisisDates } from './crises.ts';
import { memberSpans, membershipOf, officialNameQuotations, periodsOf, periodText, statusName, statusOf } from './membership.ts';
import { chairIn, holderOn, holdersOf } from './offices.ts';
import type { SectionCollection } from './registry.ts';

/** A link to a page of the site, by its path inside the site. */
export interface Link {
  text: string;
  path: string;
}

/** A passage in a language other than the page's, to be marked with `lang`. */
export interface Foreign {
  text: string;
  lang: Lang;
}

/** One line of an entry's key facts: a label and one or more values, plain, linked or foreign. */
export interface Fact {
  label: string;
  values: FactValueData[];
  /** The value is a name of the entry (its full or official name): searched with the title's weight. */
  isName?: boolean;
  /** The words of the sources that state it, for a fact from outside the source (a document's signing). */
  quotations?: Quotation[];
  /** A key field that the sources read do not state: its one value says so. */
  notStated?: true;
}
export type FactValueData = string | Link | Foreign;

/** A titled list of entries related to the page's entry. */
export interface RelatedGroup {
  heading: string;
  items: PageItem[];
}

export const link = (item: PageItem): Link => ({ text: item.data.title as string, path: entryPath(item) });

/** A row of facts as written below: its label's key, its values (missing ones dropped), and whether they are a name or what states them. */
export type FactRow = [TextKey, (FactValueData | undefined)[], Pick<Fact, 'isName' | 'quotations'>?];

/** Builds the facts, dropping those with no value, so a page never shows an empty line. */
export function factRows(t: Strings['t'], rows: FactRow[]): Fact[] {
  return rows
    .map(([key, values, options]) => ({ label: t(key), values: values.filter((v): v is FactValueData => v !== undefined), ...options }))
    .filter((fact) => fact.values.length > 0);
}

/**
 * An entry's facts in two parts. `key`: its type's one set of fields, the same on every page of the
 * type and in the same order, shown right under the page's opening paragraph; a field the sources
 * read do not state says so rather than disappear. `more`: the rest (its other relations both
 * ways, details a few entries have), further down, leaving out those with no value.
 */
export interface EntryFacts {
  key: Fact[];
  more: Fact[];
}

/** All the facts an entry's sources state, key facts first: the key fields they do not state left out. */
export const stated = ({ key, more }: EntryFacts): Fact[] => [...key.filter((fact) => !fact.notStated), ...more];

/** The key facts and the rest of an entry, both directions of every relation included. */
export function entryFacts(catalog: Catalog, item: Item<SectionCollection>, strings: Strings): EntryFacts {
  const { t } = strings;
  const { key, more } = factRowsOf(catalog, item, strings);
  const notStated = t('fact.notStated');
  return {
    key: key.map(([label, values, options]) => {
      const found = values.filter((v): v is FactValueData => v !== undefined);
      return found.length > 0 ? { label: t(label), values: found, ...options } : { label: t(label), values: [notStated], notStated: true };
    }),
    more: factRows(t, more),
  };
}

/** Each type's rows: its key set first, then the rest. */
function factRowsOf(catalog: Catalog, item: Item<SectionCollection>, { lang, t, tDynamic }: Strings): { key: FactRow[]; more: FactRow[] } {
  switch (item.collection) {
    case 'bodies': {
      const body = item as Item<'bodies'>;
      const d = body.data;
      const bodies = catalog.bodies;
      return {
        key: [
          ['fact.role', [tDynamic(`kind.${d.kind}`)]],
          ['fact.reportsTo', [d.reportsTo && link(resolve(catalog, d.reportsTo))]],
          ['fact.head', [headOn(catalog, body, { lang, t })]],
        ],
        more: [
          ['fact.abbreviation', [d.abbreviation]],
          [d.kind === 'official' ? 'fact.holder' : 'fact.composition', [d.composition]],
          ['fact.since', [d.since?.toString()]],
          ['fact.actsBetweenSessionsOf', [d.actsBetweenSessionsOf && link(resolve(catalog, d.actsBetweenSessionsOf))]],
          ['fact.betweenItsSessions', referencing(bodies, (b) => b.data.actsBetweenSessionsOf, body).map(link)],
          ['fact.accountableToIt', referencing(bodies, (b) => b.data.reportsTo, body).map(link)],
          ['fact.manages', [d.manages && link(resolve(catalog, d.manages))]],
          ['fact.managedBy', referencing(bodies, (b) => b.data.manages, body).map(link)],
          ['fact.runs', referencing(catalog.operations, (o) => o.data.runBy, body).map(link)],
          ['fact.areas', resolveAll(catalog, d.areas).map(link)],
          ['fact.crises', crisesOf(catalog, body).map(link)],
        ],
      };
    }
    case 'operations': {
      const d = (item as Item<'operations'>).data;
      return {
        key: [
          ['fact.kind', [tDynamic(`kind.${d.kind}`)]],
          ['fact.runBy', [d.runBy && link(resolve(catalog, d.runBy))]],
          ['fact.area', [link(resolve(catalog, d.area))]],
        ],
        more: [
          ['fact.participants', d.participants],
          // The source's English translation of the name stays English on every page.
          ['fact.translation', [d.translation && (lang === defaultLanguage ? d.translation : { text: d.translation, lang: defaultLanguage })]],
          ['fact.forces', resolveAll(catalog, d.forces).map(link)],
          ['fact.aims', d.aims],
          ['fact.observers', d.observers],
          ['fact.observerPartners', resolveAll(catalog, d.observerPartners).map(link)],
        ],
      };
    }
    case 'forces': {
      const force = item as Item<'forces'>;
      const d = force.data;
      return {
        key: [
          ['fact.kind', [tDynamic(`kind.${d.kind}`)]],
          ['fact.members', resolveAll(catalog, d.members).map(link)],
          ['fact.status', [d.status && tDynamic(`status.${d.status}`)]],
        ],
        more: [
          ['fact.region', [d.region]],
          ['fact.trainings', referencing(catalog.operations, (o) => o.data.forces, force).map(link)],
          ['fact.crises', crisesOf(catalog, force).map(link)],
          ['fact.area', [link(resolve(catalog, d.area))]],
        ],
      };
    }
    case 'members': {
      const member = item as Item<'members'>;
      const steps = membershipOf(catalog, member);
      const strings = { lang, t, tDynamic };
      return {
        key: [
          ['fact.officialName', [member.data.officialName], { isName: true, quotations: officialNameQuotations(catalog, member) }],
          ['fact.inCsto', memberSpans(steps).map((span) => periodText(span, strings))],
          ['membership.status', [statusName(statusOf(steps), strings)]],
          ['fact.stateForces', referencing(catalog.forces, (f) => f.data.members, member).map(link)],
        ],
        more: [
          ['fact.membership', periodsOf(steps).map((period) => `${periodText(period, strings)}: ${statusName(period.status, strings)}`)],
          ['fact.signedDocuments', referencing(catalog.documents, (d) => d.data.signatories, member).map(link)],
          ['fact.crises', crisesOf(catalog, member).map(link)],
        ],
      };
    }
    case 'partners': {
      const partner = item as Item<'partners'>;
      return {
        key: [
          ['fact.fullName', [partner.data.fullName], { isName: true }],
          ['fact.cooperation', [tDynamic(`kind.${partner.data.kind}`)]],
        ],
        more: [
          ['fact.observes', referencing(catalog.operations, (o) => o.data.observerPartners, partner).map(link)],
          ['fact.area', [link(resolve(catalog, partner.data.area))]],
        ],
      };
    }
    case 'documents': {
      const document = item as Item<'documents'>;
      const d = document.data;
      const [signed, inForce] = [resolve(catalog, d.signed), d.inForce && resolve(catalog, d.inForce)];
      return {
        key: [
          ['fact.kind', [tDynamic(`kind.${d.kind}`)]],
          ['fact.signed', [`${formatDate(signed.data.date, lang)}, ${d.place}`], { quotations: quotationsOf(catalog, signed) }],
          ['fact.inForce', [inForce && formatDate(inForce.data.date, lang)], { quotations: inForce ? quotationsOf(catalog, inForce) : [] }],
          ['fact.signatories', [...resolveAll(catalog, d.signatories).map(link), ...d.otherSignatories]],
        ],
        more: [
          ['fact.amends', [d.amends && link(resolve(catalog, d.amends))]],
          ['fact.amendedBy', referencing(catalog.documents, (other) => other.data.amends, document).map(link)],
        ],
      };
    }
    case 'crises': {
      const crisis = item as Item<'crises'>;
      const d = crisis.data;
      const { request, arrived, withdrawn } = crisisDates(catalog, crisis);
      const dated = (development: Item<'developments'> | undefined) => ({ quotations: development ? quotationsOf(catalog, development) : [] });
      const article = (entry: Item<'articles'>): Link => ({
        text: `${format(t('document.article'), { number: entry.data.number })}, ${resolve(catalog, entry.data.document).data.title}`,
        path: articlePath(entry),
      });
      const session = (entry: Item<'sessions'>): Link => ({
        text: `${formatDate(entry.data.date, lang)}: ${t(`sessions.kind.${entry.data.kind}`)}`,
        path: `${entryPath(resolve(catalog, entry.data.council))}#year-${entry.data.date.slice(0, 4)}`,
      });
      return {
        key: [
          ['fact.states', resolveAll(catalog, d.states).map(link)],
          ['fact.request', [request && formatDate(request.data.date, lang)], dated(request)],
          ['fact.forcesSent', resolveAll(catalog, d.forces).map(link)],
        ],
        more: [
          ['fact.arrived', [arrived && formatDate(arrived.data.date, lang)], dated(arrived)],
          ['fact.withdrawn', [withdrawn && formatDate(withdrawn.data.date, lang)], dated(withdrawn)],
          ['fact.basis', resolveAll(catalog, d.basis).map(article)],
          ['fact.councilSessions', resolveAll(catalog, d.sessions).map(session)],
        ],
      };
    }
    // An area of activity is a list of what is in it (relatedGroups), not a thing with facts.
    case 'activities':
      return { key: [], more: [] };
  }
}

/**
 * Who heads a body on the day its page was reviewed: the holder of its office (the Secretary
 * General, the Chief of the Joint Staff), else the member state in its chair that year (the
 * Collective Security Council), as the content's holders and chairs state them.
 */
function headOn(catalog: Catalog, body: Item<'bodies'>, { lang, t }: Pick<Strings, 'lang' | 't'>): FactValueData | undefined {
  const holder = holderOn(holdersOf(catalog, body), body.data.reviewed);
  if (holder) return holderLine(catalog, holder, { lang, t });
  const year = yearOf(body.data.reviewed);
  const chair = chairIn(catalog, body, year);
  if (!chair) return undefined;
  const state = resolve(catalog, chair.data.state);
  return { text: format(t('fact.chair'), { state: state.data.title, year }), path: entryPath(state) };
}

/** Who held an office, for its key facts: "Taalatbek Masadykov (Kyrgyzstan), since 1 January 2026". */
export function holderLine(catalog: Catalog, holder: Item<'holders'>, { lang, t }: Pick<Strings, 'lang' | 't'>): string {
  const state = resolve(catalog, holder.data.state).data.title;
  const since = format(t('holders.since'), { date: formatDate(holder.data.from, lang) });
  return `${holder.data.person} (${state}${holder.data.acting ? `, ${t('holders.acting')}` : ''}), ${since}`;
}

/** The lists of entries that point at this one, for pages where a list reads better than facts. */
export function relatedGroups(catalog: Catalog, item: Item<SectionCollection>, { t }: Strings): RelatedGroup[] {
  if (item.collection !== 'activities') return [];
  const groups: RelatedGroup[] = [
    { heading: t('related.bodies'), items: referencing(catalog.bodies, (b) => b.data.areas, item) },
    { heading: t('related.operations'), items: referencing(catalog.operations, (o) => o.data.area, item) },
    { heading: t('related.forces'), items: referencing(catalog.forces, (f) => f.data.area, item) },
    { heading: t('related.partners'), items: referencing(catalog.partners, (p) => p.data.area, item) },
  ];
  return groups.filter((group) => group.items.length > 0);
}
