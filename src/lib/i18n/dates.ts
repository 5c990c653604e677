import { languageTable, type Lang } from './languages.ts';

/**
 * A date as readers of `lang` write it, as precise as it is known: `1992-05-15` is "15 May 1992"
 * («15 мая 1992 г.»), `2008-09` "September 2008", `2004` "2004".
 */
export function formatDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  const locale = languageTable[lang].dateLocale;
  if (month === undefined) return String(year);
  const when = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day === undefined ? { month: 'long', year: 'numeric' } : { day: 'numeric', month: 'long', year: 'numeric' };
  // A short word for "year" stays on the line of its year: after it («1992 г.»), or after the year
  // in the middle («2026 ж. 28 қараша»).
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })
    .format(when)
    .replace(/(?<=\d) (?=\p{L}{1,2}\.)/gu, '\u00A0');
}

/** The year of a date written as precisely as it is known. */
export const yearOf = (date: string): number => Number(date.slice(0, 4));
