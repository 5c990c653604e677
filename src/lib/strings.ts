import { en, type StringKey } from '../strings/en.ts';

/** The interface string for `key`. A key that does not exist is a type error, not a blank. */
export function t(key: StringKey): string {
  return en[key];
}

/** The interface string for a key built at run time (`kind.${kind}`); throws on an unknown key. */
export function tDynamic(key: string): string {
  if (!(key in en)) throw new Error(`No interface string for "${key}" in src/strings/en.ts`);
  return en[key as StringKey];
}

export { format } from './strings-format.ts';
