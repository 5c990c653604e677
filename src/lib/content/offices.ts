import { yearOf } from '../i18n/dates.ts';
import { referencing, type Catalog, type Item } from './catalog.ts';

/**
 * Who holds the Organization's offices and chairs its councils, over time: the holders of an
 * office, the one in office on a given day, and a council's sessions and chairs by year. Dates are
 * as precise as the sources give them (`2026-01-01`, `2025-12`, `2012`) and compare as text.
 */

type Target = Pick<Item, 'collection' | 'id'>;

/** The holders of an office (a body's page), newest first. */
export function holdersOf(catalog: Catalog, office: Target): Item<'holders'>[] {
  return referencing(catalog.holders, (holder) => holder.data.office, office).sort((a, b) => b.data.from.localeCompare(a.data.from) || a.id.localeCompare(b.id));
}

/**
 * The holder in office on `day` (`2026-11-28`): begun on or before it and not ended by it (a
 * holding that ends on a day is over on it). Of two that would both hold, the later begun.
 */
export function holderOn(holders: readonly Item<'holders'>[], day: string): Item<'holders'> | undefined {
  return holders
    .filter((holder) => holder.data.from <= day && (holder.data.until === undefined || holder.data.until > day))
    .sort((a, b) => b.data.from.localeCompare(a.data.from))[0];
}

/** The state that chairs a council in `year`, if the content says. */
export const chairIn = (catalog: Catalog, council: Target, year: number): Item<'chairs'> | undefined =>
  referencing(catalog.chairs, (chair) => chair.data.council, council).find((chair) => chair.data.year === year);

/** A year of a council's life: the state in its chair that year and its sessions, earliest first. */
export interface CouncilYear {
  year: number;
  chair?: Item<'chairs'>;
  sessions: Item<'sessions'>[];
}

/** A council's years that have a session or a chair, newest first, each with its chair and its sessions. */
export function councilYears(catalog: Catalog, council: Target): CouncilYear[] {
  const sessions = referencing(catalog.sessions, (session) => session.data.council, council);
  const chairs = referencing(catalog.chairs, (chair) => chair.data.council, council);
  const years = [...new Set([...sessions.map((session) => yearOf(session.data.date)), ...chairs.map((chair) => chair.data.year)])].sort((a, b) => b - a);
  return years.map((year) => {
    const chair = chairs.find((each) => each.data.year === year);
    const held = sessions.filter((session) => yearOf(session.data.date) === year).sort((a, b) => a.data.date.localeCompare(b.data.date));
    return chair ? { year, chair, sessions: held } : { year, sessions: held };
  });
}

/**
 * The state in the chair of the Organization's highest council in the year the About page was
 * reviewed: the page states it as of that day. Throws, naming the file to add, when the content
 * does not say, so that the page cannot go out without it.
 */
export function chairOfYearReviewed(catalog: Catalog, overview: Item<'about'>): Item<'chairs'> {
  const year = yearOf(overview.data.reviewed);
  const chair = catalog.chairs.find((each) => each.data.year === year);
  if (!chair) throw new Error(`No chairs entry for ${year}, the year the About page was reviewed (content/en/about/${overview.id}.mdx): add content/en/chairs/${year}.yaml with the state in the chair and its sources`);
  return chair;
}
