import type { PluralForms } from './spec.ts';

/**
 * String helpers that also run in the browser (the search page's script imports them), so this
 * module imports no string table.
 */

/** Fills `{name}` placeholders in an interface string: `format('Font size {value}%', { value: 150 })`. */
export function format(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * The form of a string for `count` in `locale`, chosen by `Intl.PluralRules` (English: one,
 * other; Russian: one, few, many, other); a category the language's strings lack falls back to `other`.
 */
export function pluralForm(forms: PluralForms, locale: string, count: number): string {
  return forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
}

/**
 * A string cut at its placeholders, for markup to fill them with elements (a link, a `<time>`):
 * `placeholderParts('checked on {date} ({link}).')` is `['checked on ', { name: 'date' }, ' (', { name: 'link' }, ').']`.
 */
export function placeholderParts(text: string): (string | { name: string })[] {
  return text.split(/\{(\w+)\}/).map((part, index) => (index % 2 === 1 ? { name: part } : part)).filter((part) => part !== '');
}
