/**
 * The reader's display preferences: font size, site colours, letter and line spacing. Stored in
 * localStorage as JSON, applied as data attributes on <html> that the stylesheet keys off.
 * Anything unreadable falls back to the defaults, field by field.
 */

/** Font size steps, in per cent of the browser's own default, so its setting and zoom still count. */
export const fontSizes = ['100', '125', '150', '175', '200'] as const;
/** The default look (which follows the system) and the five two-colour schemes, named by their look. */
export const schemes = [
  'default',
  'black-on-white',
  'white-on-black',
  'dark-blue-on-light-blue',
  'brown-on-beige',
  'green-on-dark-brown',
] as const;
export const letterSpacings = ['normal', 'wide', 'wider'] as const;
export const lineSpacings = ['1.5', '2', '2.5'] as const;

export interface Preferences {
  fontSize: (typeof fontSizes)[number];
  scheme: (typeof schemes)[number];
  letterSpacing: (typeof letterSpacings)[number];
  lineSpacing: (typeof lineSpacings)[number];
}
export type PreferenceName = keyof Preferences;

/** The values each preference may take; the first is its default. */
export const allowedValues: { [K in PreferenceName]: readonly Preferences[K][] } = {
  fontSize: fontSizes,
  scheme: schemes,
  letterSpacing: letterSpacings,
  lineSpacing: lineSpacings,
};

export const defaultPreferences: Preferences = {
  fontSize: '100',
  scheme: 'default',
  letterSpacing: 'normal',
  lineSpacing: '1.5',
};

/** The localStorage key. Shared by every page and, later, every language. */
export const storageKey = 'csto-preferences';

const names = Object.keys(allowedValues) as PreferenceName[];

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
 * The inline <head> script that applies stored preferences before the first frame. Its text is
 * the same on every page, so a CSP hash can allow it. It marks <html> with the class `js` (the
 * controls show only then), reads storage inside try/catch and sets only values it recognises.
 */
export const headScript = `(function(d){d.classList.add('js');try{var p=JSON.parse(localStorage.getItem(${JSON.stringify(
  storageKey,
)})||'{}'),a=${JSON.stringify(
  Object.fromEntries(names.map((name) => [name, [attributeName(name), ...allowedValues[name].slice(1)]])),
)},n,v;for(n in a){v=p&&p[n];if(typeof v=='string'&&a[n].indexOf(v)>0)d.setAttribute(a[n][0],v)}}catch(e){}})(document.documentElement)`;
