import { namedIn, type aliasKinds, type EntryRef } from '../../schemas/shared.ts';
import { statementIds } from './body.ts';
import { entryPath, resolve, sourcesOf, type Catalog, type PageItem, type Quotation } from './catalog.ts';
import { shownWithCrisis } from './crises.ts';
import { shownWith, textsOf } from './documents.ts';
import { officialNameSources } from './membership.ts';
import { pageCollections } from './registry.ts';

/** One other name of an entry, as its `aliases` field holds it. */
export interface Alias {
  name: string;
  lang: string;
  kind: (typeof aliasKinds)[number];
  source: EntryRef<'sources'>;
  /** The source's words that use the name. */
  says: string;
  /** The day they were read. */
  read: string;
}

const aliasesOf = (item: PageItem): Alias[] => ((item.data as { aliases?: Alias[] }).aliases ?? []) as Alias[];

/**
 * The sources a page lists: those of its own statements, those of the statements written once
 * that its text shows (`<Statement id>` in `body`, its MDX), those of the dates and articles a
 * document's page shows and of its texts, of a state's official name, then those of its aliases,
 * each once.
 */
export function pageSources(catalog: Catalog, item: PageItem, body = ''): EntryRef<'sources'>[] {
  const shown = statementIds(body).map((id) => resolve(catalog, { collection: 'statements', id }));
  const refs = [
    ...(item.data.sources as EntryRef<'sources'>[]),
    ...shown.flatMap(sourcesOf),
    ...shownWith(catalog, item).flatMap(sourcesOf),
    ...shownWithCrisis(catalog, item).flatMap(sourcesOf),
    ...officialNameSources(item),
    ...textsOf(item),
    ...aliasesOf(item).map((alias) => alias.source),
  ];
  return refs.filter((ref, index) => refs.findIndex((other) => other.id === ref.id) === index);
}

/**
 * The aliases a page shows under its title, in the order the entry gives, but for one the page
 * already names: in its title ("ОДКБ" in «Об ОДКБ»), or as the abbreviation its facts give (the
 * CSC's "СКБ" on the Russian page).
 */
export function shownAliases(item: PageItem): Alias[] {
  const data = item.data as { title: string; abbreviation?: string };
  return aliasesOf(item).filter((alias) => !namedIn(alias.name, data.title) && alias.name !== data.abbreviation);
}

/** What the sources of `aliases` say, each quotation once: the evidence shown under "Also known as". */
export function aliasQuotations(catalog: Catalog, aliases: readonly Alias[]): Quotation[] {
  const unique = aliases.filter((alias, index) => aliases.findIndex((other) => other.source.id === alias.source.id && other.says === alias.says) === index);
  return unique.map((alias) => ({ source: resolve(catalog, alias.source), says: alias.says, read: alias.read }));
}

/** A line of the abbreviations page: a short form, what it stands for, the page about it, and its source. */
export interface Abbreviation {
  short: string;
  /** Its language tag, where it is not the page's: `ru` for «ОДКБ» on an English page. */
  lang?: string;
  expansion: string;
  path: string;
  source?: EntryRef<'sources'>;
}

/** An abbreviation is written in capitals (a letter or two of lower case allowed, as in "ЦАР"): CSTO, ОДКБ, КСБР ЦАР. */
const looksAbbreviated = (text: string) => /^[\p{Lu}\d][\p{Lu}\d\s()-]*$/u.test(text) && [...text].filter((char) => /\p{Lu}/u.test(char)).length >= 2;

/**
 * Every acronym and short form the site uses or knows, in a language's catalog, with what it
 * stands for and its page (WCAG 3.1.4): the aliases of kind acronym, the bodies' abbreviations
 * and the titles written as abbreviations (the partners' "OSCE", with their full names), sorted
 * in the language's alphabetical order.
 */
export function abbreviations(catalog: Catalog, lang: string): Abbreviation[] {
  const list: Abbreviation[] = [];
  for (const collection of pageCollections) {
    for (const item of catalog[collection] as PageItem[]) {
      // What an alias stands for: the entry's name (the Organization's full name), else its title.
      const data = item.data as { title: string; name?: string; abbreviation?: string; fullName?: string };
      const named = data.name ?? data.title;
      const path = entryPath(item);
      if (data.abbreviation) list.push({ short: data.abbreviation, expansion: data.title, path });
      if (data.fullName && looksAbbreviated(data.title)) list.push({ short: data.title, expansion: data.fullName, path });
      for (const alias of aliasesOf(item)) {
        if (alias.kind !== 'acronym') continue;
        const own = alias.lang.split('-')[0] === lang;
        list.push({ short: alias.name, ...(own ? {} : { lang: alias.lang }), expansion: named, path, source: alias.source });
      }
    }
  }
  const collator = new Intl.Collator(lang);
  const unique = list.filter((each, index) => list.findIndex((other) => other.short === each.short && other.path === each.path) === index);
  return unique.sort((a, b) => collator.compare(a.short, b.short) || collator.compare(a.expansion, b.expansion));
}
