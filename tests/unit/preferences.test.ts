import { describe, expect, it } from 'vitest';
import {
  applyPreferences,
  attributeName,
  defaultPreferences,
  headScript,
  parsePreferences,
  serialisePreferences,
  updatePreference,
} from '../../src/lib/preferences.ts';
import { preferenceGroup } from '../../src/lib/preference-options.ts';
import { strings } from '../../src/lib/strings.ts';

/** A stand-in for <html>: only the attribute and class calls the code makes. */
function fakeRoot() {
  const attributes = new Map<string, string>();
  const classes = new Set<string>();
  return {
    attributes,
    classes,
    setAttribute: (name: string, value: string) => attributes.set(name, value),
    removeAttribute: (name: string) => attributes.delete(name),
    classList: { add: (name: string) => classes.add(name) },
  };
}

/** Runs the inline head script against a fake <html> and a storage that answers `stored`, or throws. */
function runHeadScript(stored: string | null | (() => never)) {
  const root = fakeRoot();
  const localStorage = {
    getItem: () => (typeof stored === 'function' ? stored() : stored),
  };
  new Function('document', 'localStorage', headScript)({ documentElement: root }, localStorage);
  return root;
}

describe('parsePreferences', () => {
  it('reads every stored field', () => {
    expect(parsePreferences('{"fontSize":"150","scheme":"white-on-black","letterSpacing":"wide","lineSpacing":"2"}')).toEqual({
      fontSize: '150',
      scheme: 'white-on-black',
      letterSpacing: 'wide',
      lineSpacing: '2',
    });
  });
  it('falls back to the defaults on nothing stored', () => {
    expect(parsePreferences(null)).toEqual(defaultPreferences);
    expect(parsePreferences('')).toEqual(defaultPreferences);
  });
  it('falls back to the defaults on garbage', () => {
    for (const garbage of ['{not json', '"a string"', '42', 'null', '[]', '{"fontSize":', '\u0000']) {
      expect(parsePreferences(garbage), garbage).toEqual(defaultPreferences);
    }
  });
  it('keeps the valid fields and drops unknown or mistyped values one by one', () => {
    expect(parsePreferences('{"fontSize":"9000","scheme":"white-on-black","lineSpacing":2,"colour":"pink"}')).toEqual({
      ...defaultPreferences,
      scheme: 'white-on-black',
    });
  });
  it('ignores inherited names such as __proto__', () => {
    expect(parsePreferences('{"__proto__":{"fontSize":"200"}}')).toEqual(defaultPreferences);
  });
});

describe('serialisePreferences', () => {
  it('stores only what differs from the defaults', () => {
    expect(serialisePreferences({ ...defaultPreferences, scheme: 'brown-on-beige' })).toBe('{"scheme":"brown-on-beige"}');
    expect(serialisePreferences(defaultPreferences)).toBe('{}');
  });
  it('round-trips through parsePreferences', () => {
    const chosen = { fontSize: '175', scheme: 'green-on-dark-brown', letterSpacing: 'wider', lineSpacing: '2.5' } as const;
    expect(parsePreferences(serialisePreferences(chosen))).toEqual(chosen);
  });
});

describe('updatePreference', () => {
  it('changes one preference', () => {
    expect(updatePreference(defaultPreferences, 'fontSize', '200')).toEqual({ ...defaultPreferences, fontSize: '200' });
  });
  it('leaves the preferences unchanged for an unknown name or value', () => {
    expect(updatePreference(defaultPreferences, 'fontSize', '300')).toBe(defaultPreferences);
    expect(updatePreference(defaultPreferences, 'zoom', '200')).toBe(defaultPreferences);
  });
});

describe('applyPreferences', () => {
  it('sets an attribute per chosen value and removes those at their default', () => {
    const root = fakeRoot();
    root.setAttribute('data-scheme', 'white-on-black');
    applyPreferences(root as unknown as Element, { ...defaultPreferences, fontSize: '125' });
    expect(Object.fromEntries(root.attributes)).toEqual({ 'data-font-size': '125' });
  });
  it('names attributes after the preference', () => {
    expect(attributeName('letterSpacing')).toBe('data-letter-spacing');
  });
});

describe('headScript', () => {
  it('applies stored choices and marks the page as having JavaScript', () => {
    const root = runHeadScript('{"scheme":"white-on-black","fontSize":"200"}');
    expect(Object.fromEntries(root.attributes)).toEqual({ 'data-scheme': 'white-on-black', 'data-font-size': '200' });
    expect(root.classes.has('js')).toBe(true);
  });
  it('sets nothing for default, unknown or hostile values', () => {
    const root = runHeadScript('{"scheme":"default","fontSize":"x\\" onload=\\"alert(1)","lineSpacing":"data-scheme"}');
    expect(Object.fromEntries(root.attributes)).toEqual({});
  });
  it('survives garbage and blocked storage', () => {
    expect(runHeadScript('{oops').attributes.size).toBe(0);
    const blocked = runHeadScript(() => {
      throw new Error('SecurityError');
    });
    expect(blocked.attributes.size).toBe(0);
    expect(blocked.classes.has('js')).toBe(true);
  });
  it('stays small enough to inline on every page', () => {
    expect(headScript.length).toBeLessThan(700);
  });
});

describe('preferenceGroup', () => {
  it('names each font size in full for screen readers and briefly on screen', () => {
    const group = preferenceGroup('fontSize', strings('en'));
    expect(group.legend).toBe('Font size');
    expect(group.options.map((o) => [o.label, o.accessibleName])).toContainEqual(['150%', 'Font size 150%']);
    expect(group.options).toHaveLength(5);
  });
  it('names each colour scheme by its look', () => {
    expect(preferenceGroup('scheme', strings('en')).options.map((o) => o.label)).toEqual([
      'Default',
      'Black on white',
      'White on black',
      'Dark blue on light blue',
      'Brown on beige',
      'Green on dark brown',
    ]);
  });
});
