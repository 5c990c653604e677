import { format, pluralForm } from './format.ts';
import { languageTable, type Lang } from './languages.ts';
import type { PluralForms, PluralKey, StringKey, TextKey } from './spec.ts';

/** The interface strings of one language. */
export interface Strings {
  lang: Lang;
  /** The string for `key`. A key that does not exist is a type error, not a blank. */
  t(key: TextKey): string;
  /** The string for a key built at run time (`kind.${kind}`); throws on an unknown key. */
  tDynamic(key: string): string;
  /** The form of `key` for `count`, its placeholders filled (`{count}` among them). */
  plural(key: PluralKey, count: number, values?: Record<string, string | number>): string;
  /** Every form of `key`, for a script that picks one in the browser (format.ts, `pluralForm`). */
  pluralForms(key: PluralKey): PluralForms;
}

export function strings(lang: Lang): Strings {
  const table = languageTable[lang].strings;
  const where = `src/lib/i18n/lang/${lang}.ts`;
  return {
    lang,
    t: (key) => table[key],
    tDynamic: (key) => {
      const text = (table as Record<string, unknown>)[key];
      if (typeof text !== 'string') throw new Error(`No interface string for "${key}" in ${where}`);
      return text;
    },
    plural: (key, count, values = {}) => format(pluralForm(table[key], lang, count), { count, ...values }),
    pluralForms: (key) => table[key],
  };
}

export type { StringKey };
