import { splitLanguage, stripBase } from '../../lib/i18n/urls.ts';

/**
 * How a link to `path` relates to the page at `pathname`, in whichever language: 'page' when it
 * is that page, 'true' when the page is inside its section, undefined otherwise (for aria-current).
 */
export function currentState(pathname: string, base: string, path: string): 'page' | 'true' | undefined {
  const here = `/${splitLanguage(stripBase(pathname, base)).path}`.replace(/\/+$/, '');
  const target = `/${path}`.replace(/\/+$/, '');
  if (here === target) return 'page';
  if (target !== '' && here.startsWith(`${target}/`)) return 'true';
  return undefined;
}
