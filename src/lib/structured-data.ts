/**
 * Structured data for search engines (JSON-LD, schema.org), built from typed objects (schema-dts)
 * so that a property schema.org does not have is a type error: the breadcrumbs of every page, the
 * site and its search on the home pages, and the Organization on the About page. Every value comes
 * from the content or the site's own strings, none from anywhere else.
 */
import type { BreadcrumbList, Graph, Organization, Thing, WebSite } from 'schema-dts';

/** One step of a page's trail, with its absolute address. */
export interface TrailStep {
  name: string;
  url: string;
}

export function breadcrumbList(trail: readonly TrailStep[]): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((step, index) => ({ '@type': 'ListItem', position: index + 1, name: step.name, item: step.url })),
  };
}

/** The site, in a language, with its search: `searchUrl` is the search page's absolute address. */
export function webSite({ name, url, lang, searchUrl }: { name: string; url: string; lang: string; searchUrl: string }): WebSite {
  return {
    '@type': 'WebSite',
    name,
    url,
    inLanguage: lang,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${searchUrl}?q={search_term_string}` },
      // schema.org's "query-input" property, which Google reads, is not in schema-dts's types.
      ...({ 'query-input': 'required name=search_term_string' } as object),
    },
  };
}

/** What the content says of the Organization, in the page's language and the others. */
export interface OrganizationFacts {
  name: string;
  /** Its name in the other languages, and its acronyms. */
  alternateNames: string[];
  url: string;
  /** The day its Charter was signed. */
  foundingDate: string;
  treaty: { name: string; date: string };
  /** Its member states, by their official names where the content gives them. */
  members: string[];
  website?: string;
  lang: string;
}

export function organization(facts: OrganizationFacts): Organization {
  return {
    '@type': 'Organization',
    name: facts.name,
    alternateName: facts.alternateNames,
    url: facts.url,
    foundingDate: facts.foundingDate,
    ...(facts.website ? { sameAs: [facts.website] } : {}),
    subjectOf: { '@type': 'Legislation', name: facts.treaty.name, legislationDate: facts.treaty.date },
    // schema.org's members are organizations or people, not places: a member state is its state,
    // a GovernmentOrganization (a Country would not type-check).
    member: facts.members.map((name) => ({ '@type': 'GovernmentOrganization', name })),
  };
}

/** A page's structured data as one graph, the form a page has one script for. */
export const graph = (things: readonly Thing[]): Graph => ({ '@context': 'https://schema.org', '@graph': [...things] as Graph['@graph'] });

/**
 * JSON-LD as it goes into a <script type="application/ld+json">: "<" escaped, so that no text of
 * the content can close the element.
 */
export const jsonLd = (data: object): string => JSON.stringify(data).replaceAll('<', '\\u003c');
