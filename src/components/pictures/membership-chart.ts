import { isMemberStatus, type MembershipPeriod } from '../../lib/content/membership.ts';

/**
 * The chart of membership over time (./MembershipChart.astro): a row for each state, a bar for
 * each period it was a member, along an axis of years from the Treaty's signing to the day the
 * members' pages were reviewed. Positions are in percent of the axis (SVG lengths in percent of
 * the drawing's width), so the bars and the years under them line up at any width, and the years
 * are written at the reader's text size, unscaled.
 */

/** A state to draw: its name, its page, and its periods (src/lib/content/membership.ts). */
export interface ChartState {
  title: string;
  path: string;
  periods: MembershipPeriod[];
}

/** A bar: where a period as a member starts and how long it runs, in percent of the axis. */
export interface ChartBar {
  status: 'member' | 'participation-frozen';
  x: number;
  width: number;
}

export interface ChartRow {
  title: string;
  path: string;
  bars: ChartBar[];
}

export interface MembershipChart {
  rows: ChartRow[];
  /**
   * The years marked under the rows: the first, then each decade; every other one is `minor`, left
   * out where the chart is too narrow for all their labels at the reader's text size.
   */
  ticks: { year: number; x: number; minor: boolean }[];
  start: number;
  end: number;
}

/** A date as a number of years: a date known to the month or the year is placed at its start. */
function yearsOf(date: string): number {
  const [year, month = 1, day = 1] = date.split('-').map(Number) as [number, number?, number?];
  return year + (month - 1) / 12 + (day - 1) / 365;
}

/** Rounded to a hundredth of a percent: finer than any screen, and short in the markup. */
const percent = (value: number) => Math.round(value * 10000) / 100;

/**
 * The chart's rows, bars and years, from the start of the earliest period's year to `today`.
 * Periods in a status that is not membership (left, suspended) draw no bar.
 */
export function membershipChart(states: readonly ChartState[], today: string): MembershipChart {
  const starts = states.flatMap((state) => state.periods.map((period) => yearsOf(period.from)));
  if (starts.length === 0) throw new Error('The chart of membership over time has no periods to draw: no member state has a membership list');
  const start = Math.floor(Math.min(...starts));
  const span = yearsOf(today) - start;
  const at = (date: string) => Math.min(1, Math.max(0, (yearsOf(date) - start) / span));
  const rows = states.map((state) => ({
    title: state.title,
    path: state.path,
    bars: state.periods.flatMap((period) => {
      if (!isMemberStatus(period.status)) return [];
      const x = at(period.from);
      const to = period.to === undefined ? 1 : at(period.to);
      return [{ status: period.status as ChartBar['status'], x: percent(x), width: percent(to - x) }];
    }),
  }));
  const end = Math.floor(yearsOf(today));
  const decades = Array.from({ length: Math.floor(end / 10) - Math.floor(start / 10) }, (_, i) => (Math.floor(start / 10) + i + 1) * 10);
  const ticks = [start, ...decades.filter((year) => year - start >= 5)].map((year, index) => ({ year, x: percent(at(String(year))), minor: index % 2 === 1 }));
  return { rows, ticks, start, end };
}
