import { describe, expect, it } from 'vitest';
import { applyStoredPreferences } from '../../src/components/preferences/head-script.ts';
import {
  allowedValues,
  applyPreferences,
  attributeName,
  defaultPreferences,
  headScriptTable,
  parsePreferences,
  serialisePreferences,
  storageKey,
  updatePreference,
  type PreferenceName,
} from '../../src/components/preferences/model.ts';
import { preferenceGroups } from '../../src/components/preferences/options.ts';
import { bundleInlineScript } from '../../src/integrations/inline-script.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { contrast, schemeColours } from '../e2e/colours.ts';

/** A stand-in for <html>: only the attribute and class calls the code makes. */
function fakeRoot() {
  const attributes = new Map<string, string>();
  const classes = new Set<string>();
  return {
    attributes,
    classes,
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
    removeAttribute: (name: string) => void attributes.delete(name),
    classList: { add: (name: string) => void classes.add(name) } as unknown as DOMTokenList,
  };
}

/** A storage that answers `stored`, or throws as blocked storage does. */
const storage = (stored: string | null | (() => never)) => () => ({ getItem: () => (typeof stored === 'function' ? stored() : stored) });

/** The head script as the page gets it (bundled and minified from head-script-entry.ts), run on a fake page. */
const pageScript = await bundleInlineScript('src/components/preferences/head-script-entry.ts');
function runPageScript(stored: string | null | (() => never)) {
  const root = fakeRoot();
  new Function('document', 'localStorage', pageScript)({ documentElement: root }, { getItem: () => (typeof stored === 'function' ? stored() : stored) });
  return root;
}

describe('parsePreferences', () => {
  it('reads every stored field', () => {
    const stored = '{"fontSize":"150","scheme":"white-on-black","fontFamily":"serif","pictures":"text","letterSpacing":"wide","wordSpacing":"wider","lineSpacing":"2","paragraphSpacing":"wide","speechRate":"slow"}';
    expect(parsePreferences(stored)).toEqual({
      fontSize: '150',
      scheme: 'white-on-black',
      fontFamily: 'serif',
      pictures: 'text',
      letterSpacing: 'wide',
      wordSpacing: 'wider',
      lineSpacing: '2',
      paragraphSpacing: 'wide',
      speechRate: 'slow',
    });
  });
  it('falls back to the defaults on nothing stored, and on garbage', () => {
    expect(parsePreferences(null)).toEqual(defaultPreferences);
    for (const garbage of ['', '{not json', '"a string"', '42', 'null', '[]', '{"fontSize":', '\u0000']) {
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

describe('serialisePreferences and updatePreference', () => {
  it('stores only what differs from the defaults, and round-trips', () => {
    expect(serialisePreferences({ ...defaultPreferences, scheme: 'brown-on-beige' })).toBe('{"scheme":"brown-on-beige"}');
    expect(serialisePreferences(defaultPreferences)).toBe('{}');
    const chosen = {
      fontSize: '175',
      scheme: 'green-on-dark-brown',
      fontFamily: 'serif',
      pictures: 'text',
      letterSpacing: 'wider',
      wordSpacing: 'wide',
      lineSpacing: '2.5',
      paragraphSpacing: 'wider',
      speechRate: 'fast',
    } as const;
    expect(parsePreferences(serialisePreferences(chosen))).toEqual(chosen);
  });
  it('changes one preference, and nothing for an unknown name or value', () => {
    expect(updatePreference(defaultPreferences, 'fontSize', '200')).toEqual({ ...defaultPreferences, fontSize: '200' });
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
    expect(attributeName('letterSpacing')).toBe('data-letter-spacing');
  });
});

describe('the head script', () => {
  it('sets, for every allowed value of every preference, the same attributes as the controls do', () => {
    for (const name of Object.keys(allowedValues) as PreferenceName[]) {
      for (const value of allowedValues[name]) {
        const stored = JSON.stringify({ [name]: value });
        const byControls = fakeRoot();
        applyPreferences(byControls as unknown as Element, parsePreferences(stored));
        const byModule = fakeRoot();
        applyStoredPreferences(byModule, storage(stored), storageKey, headScriptTable);
        const byPage = runPageScript(stored);
        expect(Object.fromEntries(byModule.attributes), stored).toEqual(Object.fromEntries(byControls.attributes));
        expect(Object.fromEntries(byPage.attributes), stored).toEqual(Object.fromEntries(byControls.attributes));
      }
    }
  });
  it('applies several stored choices at once and marks the page as having JavaScript', () => {
    const root = runPageScript('{"scheme":"white-on-black","fontSize":"200"}');
    expect(Object.fromEntries(root.attributes)).toEqual({ 'data-scheme': 'white-on-black', 'data-font-size': '200' });
    expect(root.classes.has('js')).toBe(true);
  });
  it('sets nothing for a value that is not allowed, the attribute names themselves included', () => {
    const hostile = { scheme: 'x" onload="alert(1)', fontSize: 'data-font-size', lineSpacing: 'data-line-spacing', letterSpacing: 'normal' };
    expect(Object.fromEntries(runPageScript(JSON.stringify(hostile)).attributes)).toEqual({});
  });
  it('survives garbage, null and blocked storage', () => {
    for (const stored of ['{oops', 'null', '"text"', null]) expect(runPageScript(stored).attributes.size, String(stored)).toBe(0);
    const blocked = runPageScript(() => {
      throw new Error('SecurityError');
    });
    expect(blocked.attributes.size).toBe(0);
    expect(blocked.classes.has('js')).toBe(true);
  });
  it('falls back to the defaults field by field on what it may find stored, keeping each valid field', () => {
    const found: [stored: string, attributes: Record<string, string>][] = [
      ['{not json', {}],
      ['"text"', {}],
      ['{"scheme":"pink","fontSize":"150"}', { 'data-font-size': '150' }],
      ['{"fontSize":"<img src=x onerror=alert(1)>"}', {}],
      ['{"fontFamily":"Comic Sans","wordSpacing":"9em","paragraphSpacing":["wide"],"pictures":"text"}', { 'data-pictures': 'text' }],
    ];
    for (const [stored, attributes] of found) expect(Object.fromEntries(runPageScript(stored).attributes), stored).toEqual(attributes);
  });
});

describe('preferenceGroups', () => {
  it('names each font size in full for screen readers and briefly on screen', () => {
    const [sizes] = preferenceGroups('main', strings('en'));
    expect(sizes!.legend).toBe('Font size');
    expect(sizes!.options.map((o) => [o.label, o.accessibleName])).toContainEqual(['150%', 'Font size 150%']);
    expect(sizes!.options).toHaveLength(allowedValues.fontSize.length);
  });
  it('names each colour scheme by its look, with swatches, in every language', () => {
    const colours = preferenceGroups('main', strings('en'))[1]!;
    expect(colours.sample).toBe('swatch');
    expect(colours.options.map((o) => o.label)).toEqual(['Default', 'Black on white', 'White on black', 'Dark blue on light blue', 'Brown on beige', 'Green on dark brown']);
    expect(preferenceGroups('main', strings('ru'))[1]!.legend).toBe('Цвета сайта');
  });
  it('offers every preference in one part of the panel or the other', () => {
    const offered = [...preferenceGroups('main', strings('en')), ...preferenceGroups('more', strings('en'))].map((g) => g.name);
    expect(offered.sort()).toEqual(Object.keys(allowedValues).sort());
  });
});

describe('the two-colour schemes', () => {
  // Read from src/components/preferences/preferences.css, where each is declared once.
  it('each have their text and background at 7:1 or more (WCAG 1.4.6, AAA)', () => {
    expect(Object.keys(schemeColours)).toEqual(allowedValues.scheme.filter((scheme) => scheme !== 'default'));
    for (const [scheme, [text, background]] of Object.entries(schemeColours)) expect(contrast(text, background), scheme).toBeGreaterThanOrEqual(7);
  });
});
