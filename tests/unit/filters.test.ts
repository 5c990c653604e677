import { describe, expect, it } from 'vitest';
import { usefulFilters } from '../../src/components/search/filters.ts';

describe('usefulFilters', () => {
  it('offers the sections that have results, when there are several', () => {
    expect(usefulFilters({ Bodies: 3, Forces: 0, Operations: 2 }, [])).toEqual(['Bodies', 'Operations']);
  });
  it('offers none when every result is in one section, or there are none', () => {
    expect(usefulFilters({ Bodies: 3, Forces: 0 }, [])).toEqual([]);
    expect(usefulFilters({ Bodies: 0, Forces: 0 }, [])).toEqual([]);
    expect(usefulFilters({}, [])).toEqual([]);
  });
  it('keeps a chosen section, even with no results, so the choice can be undone', () => {
    expect(usefulFilters({ Bodies: 0, Forces: 0 }, ['Forces'])).toEqual(['Forces']);
    expect(usefulFilters({ Bodies: 3, Forces: 1 }, ['Forces'])).toEqual(['Bodies', 'Forces']);
  });
});
