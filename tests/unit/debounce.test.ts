import { afterEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '../../src/components/search/debounce.ts';

describe('debounce', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  it('runs once, with the last arguments, after input pauses', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const later = debounce(run, 200);
    later('a');
    later('ab');
    vi.advanceTimersByTime(199);
    expect(run).not.toHaveBeenCalled();
    later('abc');
    vi.advanceTimersByTime(200);
    expect(run).toHaveBeenCalledOnce();
    expect(run).toHaveBeenCalledWith('abc');
  });
  it('runs nothing once cancelled, and runs again when called after that', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const later = debounce(run, 200);
    later('a');
    later.cancel();
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    later('b');
    vi.advanceTimersByTime(200);
    expect(run).toHaveBeenCalledExactlyOnceWith('b');
  });
});
