/** Calls `run` once input has paused for `wait` ms; each new call restarts the wait. */
export function debounce<A extends unknown[]>(run: (...args: A) => void, wait: number): ((...args: A) => void) & { cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => run(...args), wait);
  };
  /** Drops the call that is waiting: a search the reader asked for at once makes it moot. */
  later.cancel = () => clearTimeout(timer);
  return later;
}
