// The citation styles a page offers, in its language's conventions: APA, MLA and Chicago in
// English; in Russian and Kazakh the two Russian standards a reference list follows, GOST R
// 7.0.5–2008 (bibliographic references) and GOST R 7.0.100–2018 (bibliographic description),
// with the labels of each language. Pure, and free of string tables: the page script runs it to
// put the reader's own day in "Accessed" (cite.ts).
import type { Lang } from '../../lib/i18n/languages.ts';

export type CitationStyle = 'apa' | 'mla' | 'chicago' | 'gost-2008' | 'gost-2018';

/** The styles of each language, the one most used there first. */
export const citationStyles: Record<Lang, readonly CitationStyle[]> = {
  en: ['apa', 'mla', 'chicago'],
  ru: ['gost-2008', 'gost-2018'],
  kk: ['gost-2008', 'gost-2018'],
};

/** Each style's name, as its users write it. */
export const styleNames: Record<CitationStyle, string> = {
  apa: 'APA',
  mla: 'MLA',
  chicago: 'Chicago',
  'gost-2008': 'ГОСТ Р 7.0.5-2008',
  'gost-2018': 'ГОСТ Р 7.0.100-2018',
};

/** What a citation names: the page's title, the site's name, its address, the day it was last checked and the reader's day. */
export interface Cited {
  title: string;
  site: string;
  url: string;
  /** `2026-12-07` */
  reviewed: string;
  /** `2026-12-08` */
  accessed: string;
}

/** The labels of the Russian standards, in the languages that cite by them. */
const gostLabels: Partial<Record<Lang, { accessed: string; website: string; medium: string }>> = {
  ru: { accessed: 'дата обращения', website: 'сайт', medium: 'Текст : электронный' },
  kk: { accessed: 'қаралған күні', website: 'сайт', medium: 'Мәтін : электрондық' },
};

/** A month's English name (`m` from 0), as the browser and Node write it: no table of our own. */
const monthLong = (m: number) => new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, m, 1));
/** MLA shortens the months of more than four letters, and September to "Sept." */
const monthsMla = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** A day (`2026-12-07`) as a style writes it where it says `which`: the page's date or the day it was accessed. */
export function citedDate(style: CitationStyle, which: 'reviewed' | 'accessed', date: string): string {
  const [year, month, day] = date.split('-') as [string, string, string];
  const m = Number(month) - 1;
  const d = Number(day);
  switch (style) {
    case 'apa':
      return which === 'reviewed' ? `${year}, ${monthLong(m)} ${d}` : `${monthLong(m)} ${d}, ${year}`;
    case 'mla':
      return `${d} ${monthsMla[m]} ${year}`;
    case 'chicago':
      return `${monthLong(m)} ${d}, ${year}`;
    default:
      return which === 'reviewed' ? year : `${day}.${month}.${year}`;
  }
}

/**
 * A citation as text with its dates and address still to fill: `{reviewed}`, `{accessed}` and
 * `{url}`, which the page marks up (a `<time>` each, the address breaking where its line ends).
 */
export function citationTemplate(style: CitationStyle, lang: Lang, { title, site }: Pick<Cited, 'title' | 'site'>): string {
  switch (style) {
    case 'apa':
      return `${site}. ({reviewed}). ${title}. Retrieved {accessed}, from {url}`;
    case 'mla':
      return `“${title}.” ${site}, {reviewed}, {url}. Accessed {accessed}.`;
    case 'chicago':
      return `“${title}.” ${site}. Last modified {reviewed}. Accessed {accessed}. {url}.`;
    case 'gost-2008': {
      const labels = gostLabels[lang] ?? gostLabels.ru!;
      return `${title} // ${site}. {reviewed}. URL: {url} (${labels.accessed}: {accessed}).`;
    }
    case 'gost-2018': {
      const labels = gostLabels[lang] ?? gostLabels.ru!;
      return `${title} // ${site} : [${labels.website}]. – {reviewed}. – URL: {url} (${labels.accessed}: {accessed}). – ${labels.medium}.`;
    }
  }
}

/** A citation as plain text, as the copy button gives it. */
export function citationText(style: CitationStyle, lang: Lang, cited: Cited): string {
  return citationTemplate(style, lang, cited)
    .replace('{reviewed}', citedDate(style, 'reviewed', cited.reviewed))
    .replace('{accessed}', citedDate(style, 'accessed', cited.accessed))
    .replace('{url}', cited.url);
}
