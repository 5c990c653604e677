import type { TextKey } from './i18n/spec.ts';
import type { Strings } from './i18n/strings.ts';
import { entryPath, pageItems, type Catalog } from './content/catalog.ts';
import { sectionCollections, type SectionCollection } from './content/registry.ts';

/** Where a page of the site map is offered: the primary navigation, the footer, a card on home, the A to Z index. */
type Place = 'nav' | 'footer' | 'home' | 'a-z';

/** A page of the site that is not an entry: a section index, the structure, the A to Z index, ... */
export interface SitePage {
  /** Its path inside the site: `bodies`, `a-z`. */
  path: string;
  /** Its title (the h1, and its name in every list that leads to it). */
  title: TextKey;
  /** The sentence under its title. */
  intro?: TextKey;
  /** What it holds, in 12 words or fewer, for its card on home. */
  card?: TextKey;
  /** Its name in the navigation, when the title is too long for one line of it at 1280 px. */
  navTitle?: TextKey;
  /** The name of the link in the footer, when it differs from the title. */
  footerTitle?: TextKey;
  /**
   * The section it files under (a path of this map): its breadcrumb's parent, its label in the
   * A to Z index, and its search filter.
   */
  within?: string;
  /** Search indexes its pages, with this section as their filter ("Bodies (3)"). */
  searchable?: boolean;
  in: readonly Place[];
}

/** About this guide: who makes it, how it dates and corrects what it says; the footer's one line leads to it. */
export const guidePath = 'about-this-guide';

/** The short names of sections in the navigation, which holds them all on one line at 1280 px. */
const navTitles: Partial<Record<SectionCollection, TextKey>> = {
  activities: 'nav.short.activities',
  operations: 'nav.short.operations',
  members: 'nav.short.members',
  partners: 'nav.short.partners',
  documents: 'nav.short.documents',
};

/**
 * The site map, in the order the navigation, the footer and home list its pages: the one list
 * that every list of the site's sections derives from.
 */
export const siteMap: readonly SitePage[] = [
  { path: 'about', title: 'section.about', searchable: true, in: ['nav'] },
  ...sectionCollections.map(
    (collection): SitePage => ({
      path: collection,
      title: `section.${collection}`,
      intro: `intro.${collection}`,
      navTitle: navTitles[collection],
      searchable: true,
      in: ['nav', 'a-z'],
    }),
  ),
  // Home's cards lead to what the navigation does not: they repeat none of it.
  { path: 'structure', title: 'section.structure', intro: 'intro.structure', card: 'card.structure', within: 'bodies', in: ['home', 'a-z'] },
  { path: 'compare', title: 'section.compare', intro: 'intro.compare', card: 'card.compare', searchable: true, in: ['home', 'a-z'] },
  { path: 'questions', title: 'section.questions', intro: 'intro.questions', card: 'card.questions', searchable: true, in: ['home', 'a-z'] },
  { path: 'changes', title: 'section.changes', intro: 'intro.changes', card: 'card.changes', in: ['home', 'footer', 'a-z'] },
  { path: 'a-z', title: 'section.az', intro: 'intro.az', navTitle: 'nav.short.az', footerTitle: 'nav.short.az', in: ['nav', 'footer'] },
  { path: 'abbreviations', title: 'section.abbreviations', intro: 'intro.abbreviations', in: ['a-z'] },
  { path: 'sources', title: 'section.sources', intro: 'intro.sources', card: 'card.sources', in: ['footer', 'home', 'a-z'] },
  { path: 'corrections', title: 'section.corrections', intro: 'intro.corrections', in: ['footer', 'a-z'] },
  { path: guidePath, title: 'section.guide', intro: 'intro.guide', card: 'card.guide', searchable: true, in: ['home', 'a-z'] },
  { path: 'help', title: 'section.help', intro: 'intro.help', footerTitle: 'footer.help', searchable: true, in: ['footer', 'a-z'] },
  { path: 'search', title: 'search.title', in: ['footer'] },
];

/** The pages offered in one place, in site-map order. */
export const pagesIn = (place: Place): SitePage[] => siteMap.filter((page) => page.in.includes(place));

const byPath = new Map(siteMap.map((page) => [page.path, page]));
export const sitePage = (path: string): SitePage | undefined => byPath.get(path);

/**
 * The search section a page files under, from its path inside the site (no language): an entry
 * under its collection, a page under the section it is within. Pages of no searchable section
 * (home, A to Z, search, 404) are not indexed.
 */
export function searchSection(pathInSite: string): SitePage | undefined {
  const first = pathInSite.replace(/^\/+/, '').split('/')[0] ?? '';
  let page = byPath.get(first);
  while (page && !page.searchable && page.within) page = byPath.get(page.within);
  return page?.searchable ? page : undefined;
}

/** The search filters, in site-map order: one per searchable section, named by its title. */
export const searchSections = (): SitePage[] => siteMap.filter((page) => page.searchable);

/** A page as the A to Z index lists it. */
export interface IndexedPage {
  title: string;
  path: string;
  /** The section it belongs to, shown beside the title. */
  section: string;
}

/** Every page a reader may look for, as the A to Z index lists it: entries, then the pages of the site map. */
export function allPages(catalog: Catalog, { t, tDynamic }: Strings): IndexedPage[] {
  const entries = pageItems(catalog).map((item) => {
    const section = sitePage(item.collection);
    return { title: item.data.title, path: entryPath(item), section: section ? t(section.title) : tDynamic(`section.${item.collection}`) };
  });
  const pages = pagesIn('a-z').map((page) => {
    const parent = page.within ? sitePage(page.within) : undefined;
    return { title: t(page.title), path: page.path, section: parent ? t(parent.title) : t('az.sectionPage') };
  });
  return [...entries, ...pages];
}
