import { entryPath, referencing, sectionCollections, type Catalog, type Item, type SectionCollection } from './catalog.ts';
import type { AzItem } from './az.ts';
import type { Strings } from './strings.ts';

/** Every page a reader may look for, as the A to Z index lists it: entries and section pages. */
export function allPages(catalog: Catalog, { t, tDynamic }: Strings): AzItem[] {
  const sections: AzItem[] = [
    ...sectionCollections.map((collection) => ({
      title: tDynamic(`section.${collection}`),
      path: collection,
      section: t('az.sectionPage'),
    })),
    { title: t('section.structure'), path: 'structure', section: t('section.bodies') },
    { title: t('section.sources'), path: 'sources', section: t('section.about') },
  ];
  const about = catalog.about.map((item) => ({ title: item.data.title, path: entryPath(item), section: t('section.about') }));
  const entries = sectionCollections.flatMap((collection) =>
    catalog[collection].map((item) => ({
      title: item.data.title,
      path: entryPath(item),
      section: tDynamic(`section.${collection}`),
    })),
  );
  return [...about, ...sections, ...entries];
}

/** An entry that has a page of its own: the overview and every section entry. */
export type PageItem = Item<'about' | SectionCollection>;

/** The entries that name `source` among their sources, in the order the sections come. */
export function pagesCiting(catalog: Catalog, source: Pick<Item, 'collection' | 'id'>): PageItem[] {
  const pages: PageItem[] = [...catalog.about, ...sectionCollections.flatMap((c): PageItem[] => catalog[c])];
  return referencing(pages, (page) => page.data.sources, source);
}
