import { describe, expect, it } from 'vitest';
import { organization, webSite } from '../../src/lib/structured-data.ts';

describe('webSite', () => {
  it('gives the site in its language, with a search whose entry point is the search page with ?q=', () => {
    expect(webSite({ name: 'Guide', url: 'https://e.org/kk/', lang: 'kk', searchUrl: 'https://e.org/kk/search/' })).toEqual({
      '@type': 'WebSite',
      name: 'Guide',
      url: 'https://e.org/kk/',
      inLanguage: 'kk',
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: 'https://e.org/kk/search/?q={search_term_string}' },
        'query-input': 'required name=search_term_string',
      },
    });
  });
});

describe('organization', () => {
  it('gives the Organization its names, address, founding, Treaty, website and member states', () => {
    const facts = { name: 'O', alternateNames: ['X', 'OX'], url: 'https://e.org/about/', foundingDate: '2002-10-07', treaty: { name: 'T', date: '1992-05-15' }, members: ['A', 'B'], website: 'https://o.org/', lang: 'en' };
    expect(organization(facts)).toEqual({
      '@type': 'Organization',
      name: 'O',
      alternateName: ['X', 'OX'],
      url: 'https://e.org/about/',
      foundingDate: '2002-10-07',
      sameAs: ['https://o.org/'],
      subjectOf: { '@type': 'Legislation', name: 'T', legislationDate: '1992-05-15' },
      member: [
        { '@type': 'GovernmentOrganization', name: 'A' },
        { '@type': 'GovernmentOrganization', name: 'B' },
      ],
    });
  });
});
