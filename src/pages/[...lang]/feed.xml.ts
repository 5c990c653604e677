import type { APIRoute } from 'astro';
import { atomFeed, feedEntries, feedUpdated } from '../../lib/feed';
import { format } from '../../lib/i18n/format';
import { versionsNamed } from '../../lib/content/corrections';
import { loadCatalog } from '../../lib/content/load';
import { changesPath } from '../../lib/content/changes';
import { languagePaths, type Lang } from '../../lib/i18n/languages';
import { localize } from '../../lib/i18n/localize';
import { absoluteUrl } from '../../lib/i18n/href';

export const getStaticPaths = languagePaths;

/** The Atom feed of the developments and corrections in each language: /feed.xml, /ru/feed.xml (src/lib/feed.ts). */
export const GET: APIRoute = async ({ props, site }) => {
  const lang = props.lang as Lang;
  const { t, plural } = localize(lang);
  const catalog = await loadCatalog(lang);
  const absolute = (path: string) => absoluteUrl(site, lang, path);
  const xml = atomFeed({
    url: absolute('feed.xml'),
    title: t('feed.title'),
    pageUrl: absolute(changesPath),
    lang,
    author: t('site.name'),
    sourcesLabel: (count) => plural('timeline.source', count),
    updated: feedUpdated(catalog),
    entries: feedEntries(catalog, absolute, {
      title: (pageTitle) => format(t('corrections.feedTitle'), { title: pageTitle }),
      said: t('corrections.said'),
      says: t('corrections.says'),
      versions: (correction) => {
        const named = versionsNamed(correction, lang);
        return named && format(t('corrections.inVersions'), { languages: named });
      },
    }),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
