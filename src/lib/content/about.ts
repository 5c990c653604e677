import type { OrganizationFacts } from '../structured-data.ts';
import { languages, type Lang } from '../i18n/languages.ts';
import { entryPath, resolve } from './catalog.ts';
import { loadCatalog } from './load.ts';
import { currentMembers } from './membership.ts';

/**
 * What the content says of the Organization, for its structured data on the About page in `lang`:
 * its name in every language and its acronyms, its founding (the Charter's signing), the Treaty,
 * its member states and its website. `absolute` gives a page's address in a language.
 */
export async function aboutFacts(lang: Lang, absolute: (lang: Lang, path: string) => string): Promise<OrganizationFacts> {
  const catalog = await loadCatalog(lang);
  const overview = catalog.about[0]!;
  const others = await Promise.all(languages.filter((other) => other !== lang).map(async (other) => (await loadCatalog(other)).about[0]!.data.name));
  const acronyms = overview.data.aliases.filter((alias) => alias.kind === 'acronym').map((alias) => alias.name);
  return {
    name: overview.data.name,
    alternateNames: [...new Set([...others, ...acronyms])],
    url: absolute(lang, entryPath(overview)),
    foundingDate: resolve(catalog, overview.data.founded).data.date,
    treaty: { name: overview.data.treatyName, date: resolve(catalog, overview.data.treatySigned).data.date },
    members: currentMembers(catalog).map((member) => member.data.officialName ?? member.data.title),
    ...(overview.data.website ? { website: overview.data.website } : {}),
    lang,
  };
}
