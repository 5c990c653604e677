import { en, type StringKey } from '../strings/en.ts';
import { ru } from '../strings/ru.ts';
import type { Lang } from './i18n.ts';

/** One strings file per language; each must have every key of en.ts (src/strings/ru.ts says so by type). */
const tables: Record<Lang, Record<StringKey, string>> = { en, ru };

/** The interface strings of one language. */
export interface Strings {
  lang: Lang;
  /** The string for `key`. A key that does not exist is a type error, not a blank. */
  t(key: StringKey): string;
  /** The string for a key built at run time (`kind.${kind}`); throws on an unknown key. */
  tDynamic(key: string): string;
}

export function strings(lang: Lang): Strings {
  const table = tables[lang];
  return {
    lang,
    t: (key) => table[key],
    tDynamic: (key) => {
      if (!(key in table)) throw new Error(`No interface string for "${key}" in src/strings/${lang}.ts`);
      return table[key as StringKey];
    },
  };
}

/** Every string of every language, for the tests that check no page mixes them. */
export const stringTables: Readonly<Record<Lang, Readonly<Record<StringKey, string>>>> = tables;

export { format } from './strings-format.ts';
