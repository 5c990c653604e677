/**
 * Applies the stored display preferences to <html> before the first frame, so a returning reader
 * never sees the default look flash. It runs inline in <head> (./head-script-entry.ts, minified
 * into every page at build time), so it is small, self-contained and static (a CSP hash allows
 * it). It marks <html> with the class `js` (the controls show only then), reads storage inside
 * try/catch (blocked or corrupt storage leaves the defaults) and sets only values it recognises.
 */
export function applyStoredPreferences(
  root: Pick<Element, 'setAttribute' | 'classList'>,
  storage: () => Pick<Storage, 'getItem'>,
  key: string,
  table: Record<string, { attribute: string; values: readonly string[] }>,
): void {
  root.classList.add('js');
  try {
    const stored: unknown = JSON.parse(storage().getItem(key) || '{}');
    for (const name in table) {
      const value = stored !== null && typeof stored === 'object' ? (stored as Record<string, unknown>)[name] : undefined;
      const { attribute, values } = table[name]!;
      if (typeof value === 'string' && values.includes(value)) root.setAttribute(attribute, value);
    }
  } catch {
    // No storage, or nothing readable in it: the defaults stand.
  }
}
