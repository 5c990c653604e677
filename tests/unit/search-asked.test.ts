import { describe, expect, it } from 'vitest';
import { markAsked } from '../../src/components/search/asked.ts';

// The search page's inline script (src/components/search/asked-entry.ts): an address with a query
// marks <site-search> as asked before the first frame, so the answer's place is kept for it.

describe('markAsked', () => {
  const element = () => ({ dataset: {} as Record<string, string> }) as unknown as HTMLElement;
  it('marks the element when the address holds a query', () => {
    const asked = element();
    markAsked(asked, '?q=kanal&section=Bodies');
    expect(asked.dataset.asked).toBe('');
  });
  it('leaves it unmarked without a query, or with only spaces, and does nothing without an element', () => {
    for (const search of ['', '?section=Bodies', '?q=%20%20']) {
      const quiet = element();
      markAsked(quiet, search);
      expect(quiet.dataset.asked, search).toBeUndefined();
    }
    expect(() => markAsked(null, '?q=kanal')).not.toThrow();
  });
});
