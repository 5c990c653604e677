/**
 * The reader's display preferences: font size, site colours, type, the four text spacings of
 * WCAG 1.4.12, whether pictures show, and the speed of reading aloud. Stored in
 * localStorage as JSON, applied as data attributes on <html> that the stylesheet keys off.
 * Anything unreadable falls back to the defaults, field by field.
 */

/** The values each preference may take, the first its default. Adding a value or a preference starts here. */
export const allowedValues = {
  /** Font size steps, in per cent of the browser's own default, so its setting and zoom still count. */
  fontSize: ['100', '125', '150', '175', '200'],
  /** The default look (which follows the system) and the five two-colour schemes, named by their look. */
  scheme: ['default', 'black-on-white', 'white-on-black', 'dark-blue-on-light-blue', 'brown-on-beige', 'green-on-dark-brown'],
  /** Sans-serif (the default) or serif type, both from the reader's own system fonts. */
  fontFamily: ['sans', 'serif'],
  /** Pictures shown, or replaced by their text (the map by a note; its list of members follows it). */
  pictures: ['shown', 'text'],
  /** The text spacings, each relative to the text's own size (preferences.css). */
  letterSpacing: ['normal', 'wide', 'wider'],
  wordSpacing: ['normal', 'wide', 'wider'],
  lineSpacing: ['1.5', '2', '2.5'],
  paragraphSpacing: ['normal', 'wide', 'wider'],
  /** The speed of reading aloud (src/components/read-aloud/read-aloud.ts gives each its rate). */
  speechRate: ['normal', 'slow', 'fast'],
} as const;

export type PreferenceName = keyof typeof allowedValues;
export type Preferences = { [K in PreferenceName]: (typeof allowedValues)[K][number] };

const names = Object.keys(allowedValues) as PreferenceName[];

export const defaultPreferences = Object.fromEntries(names.map((name) => [name, allowedValues[name][0]])) as Preferences;

/** The localStorage key, shared by every page in every language. */
export const storageKey = 'csto-preferences';

/** The data attribute on <html> that carries a preference: fontSize → data-font-size. */
export const attributeName = (name: PreferenceName): string => `data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

function isAllowed<K extends PreferenceName>(name: K, value: unknown): value is Preferences[K] {
  return typeof value === 'string' && (allowedValues[name] as readonly string[]).includes(value);
}

/** Reads stored text: valid fields are kept, anything else (garbage, unknown values) is the default. */
export function parsePreferences(stored: string | null | undefined): Preferences {
  let data: unknown;
  try {
    data = stored ? JSON.parse(stored) : {};
  } catch {
    data = {};
  }
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const result = { ...defaultPreferences };
  for (const name of names) {
    const value = record[name];
    if (isAllowed(name, value)) (result as Record<PreferenceName, string>)[name] = value;
  }
  return result;
}

/** The preferences with one changed; a value that is not allowed leaves them as they were. */
export function updatePreference(preferences: Preferences, name: string, value: string): Preferences {
  if (!(names as string[]).includes(name) || !isAllowed(name as PreferenceName, value)) return preferences;
  return { ...preferences, [name]: value };
}

/** The text to store: only the fields that differ from the defaults. */
export function serialisePreferences(preferences: Preferences): string {
  const changed = names.filter((name) => preferences[name] !== defaultPreferences[name]);
  return JSON.stringify(Object.fromEntries(changed.map((name) => [name, preferences[name]])));
}

/** Sets the attributes on the root element: a default value removes its attribute. */
export function applyPreferences(root: Element, preferences: Preferences): void {
  for (const name of names) {
    if (preferences[name] === defaultPreferences[name]) root.removeAttribute(attributeName(name));
    else root.setAttribute(attributeName(name), preferences[name]);
  }
}

/**
 * What the <head> script needs to apply stored preferences (./head-script.ts): for each
 * preference, its attribute and the values it may set (the default sets none).
 */
export const headScriptTable: Record<string, { attribute: string; values: readonly string[] }> = Object.fromEntries(
  names.map((name) => [name, { attribute: attributeName(name), values: allowedValues[name].slice(1) }]),
);
