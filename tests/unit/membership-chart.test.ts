import { describe, expect, it } from 'vitest';
import { membershipChart } from '../../src/components/pictures/membership-chart.ts';

const state = (title: string, periods: { status: 'member' | 'participation-frozen' | 'former' | 'suspended'; from: string; to?: string }[]) => ({ title, path: `members/${title}`, periods });

describe('membershipChart', () => {
  // From the start of 1992 to the start of 2022: 30 years, so a year is 3.33% of the axis.
  const chart = membershipChart(
    [
      state('a', [{ status: 'member', from: '1992-01-01', to: '2012-01-01' }, { status: 'participation-frozen', from: '2012-01-01' }]),
      state('z', [{ status: 'member', from: '1997', to: '2002-07' }, { status: 'former', from: '2002-07' }]),
    ],
    '2022-01-01',
  );

  it('draws each period as a member as a bar, in percent of the axis, the present one to its end', () => {
    expect(chart.rows[0]!.bars).toEqual([
      { status: 'member', x: 0, width: 66.67 },
      { status: 'participation-frozen', x: 66.67, width: 33.33 },
    ]);
  });

  it('places a date known to the month or the year at its start, and draws nothing for a period out of membership', () => {
    expect(chart.rows[1]!.bars).toEqual([{ status: 'member', x: 16.67, width: 18.33 }]);
  });

  it('marks the first year and each decade from five years after it, every other one minor', () => {
    expect(chart.ticks).toEqual([
      { year: 1992, x: 0, minor: false },
      { year: 2000, x: 26.67, minor: true },
      { year: 2010, x: 60, minor: false },
      { year: 2020, x: 93.33, minor: true },
    ]);
    expect([chart.start, chart.end]).toEqual([1992, 2022]);
  });

  it('fails, saying so, with nothing to draw', () => {
    expect(() => membershipChart([], '2022-01-01')).toThrow('no periods to draw');
  });
});
