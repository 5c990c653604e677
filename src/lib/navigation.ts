import type { StringKey } from '../strings/en.ts';
import { splitLanguage } from './i18n.ts';
import { stripBase } from './paths.ts';

/** An item of the primary navigation: a string key and the section's path inside the site. */
export interface NavItem {
  key: StringKey;
  path: string;
}

/** The primary navigation, in the order the header shows it. */
export const primaryNav: readonly NavItem[] = [
  { key: 'section.about', path: 'about' },
  { key: 'section.bodies', path: 'bodies' },
  { key: 'section.activities', path: 'activities' },
  { key: 'section.operations', path: 'operations' },
  { key: 'section.forces', path: 'forces' },
  { key: 'section.members', path: 'members' },
  { key: 'section.partners', path: 'partners' },
  { key: 'section.az', path: 'a-z' },
];

/**
 * How a navigation item relates to the page at `pathname`, in whichever language: 'page' when it
 * is that page, 'section' when the page is inside its section, undefined otherwise (for aria-current).
 */
export function currentState(pathname: string, base: string, path: string): 'page' | 'true' | undefined {
  const here = `/${splitLanguage(stripBase(pathname, base)).path}`.replace(/\/+$/, '');
  const target = `/${path}`.replace(/\/+$/, '');
  if (here === target) return 'page';
  if (target !== '' && here.startsWith(`${target}/`)) return 'true';
  return undefined;
}
