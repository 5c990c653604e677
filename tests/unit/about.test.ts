import { beforeAll, describe, expect, it, vi } from 'vitest';

// The Organization's facts for its structured data, from a stand-in for Astro's `astro:content`
// (as tests/unit/load.test.ts has it): the English entries and each other language's words.
const collections: Record<string, { id: string; data: Record<string, unknown> }[]> = {};
vi.mock('astro:content', () => ({ getCollection: async (name: string) => collections[name] ?? [] }));

const { aboutFacts } = await import('../../src/lib/content/about.ts');
const { item, ref } = await import('./fixtures/catalog.ts');

const alias = (name: string, lang: string, kind: 'acronym' | 'transliteration' | 'name') => ({ name, lang, kind, source: ref('sources', 'source'), says: `The ${name}.`, read: '2026-12-07' });
const absolute = (lang: string, path: string) => `https://example.org/${lang}/${path}/`;

// The catalogs are loaded once a build (load.ts), so every test here reads the same content.
beforeAll(() => {
  collections.about = [
    item('about', 'overview', {
      name: 'The Organization',
      treatyName: 'The Treaty',
      founded: ref('developments', 'charter'),
      treatySigned: ref('developments', 'treaty'),
      aliases: [alias('TO', 'en', 'acronym'), alias('Organizatsiya', 'ru-Latn', 'transliteration'), alias('ОД', 'ru', 'acronym'), alias('TO', 'en', 'acronym')],
      website: 'https://example.org/',
    }),
  ];
  collections.developments = [item('developments', 'treaty', { date: '1992-05-15' }), item('developments', 'charter', { date: '2002-10-07' })];
  collections.members = [
    item('members', 'b', { title: 'Beta', officialName: 'The Republic of Beta' }, 1),
    item('members', 'a', { title: 'Alpha' }, 2),
    // A state that has left is not a member.
    item('members', 'g', { title: 'Gamma', membership: [{ change: 'signed', development: ref('developments', 'treaty') }, { change: 'left', development: ref('developments', 'charter') }] }, 3),
  ];
  collections.translations = ['ru', 'kk'].flatMap((lang) => [
    { id: `${lang}/about/overview`, data: { title: `About, ${lang}`, summary: '…', name: `The Organization in ${lang}`, treatyName: `The Treaty in ${lang}` } },
    { id: `${lang}/developments/treaty`, data: { text: '…' } },
    { id: `${lang}/developments/charter`, data: { text: '…' } },
    { id: `${lang}/members/b`, data: { title: `Beta, ${lang}`, summary: '…', officialName: `The Republic of Beta, ${lang}` } },
    { id: `${lang}/members/a`, data: { title: `Alpha, ${lang}`, summary: '…' } },
    { id: `${lang}/members/g`, data: { title: `Gamma, ${lang}`, summary: '…' } },
  ]);
});

describe('aboutFacts', () => {
  it('gives the name, the other languages’ names and the acronyms, each once, the founding, the Treaty, the member states today and the website', async () => {
    expect(await aboutFacts('en', absolute)).toEqual({
      name: 'The Organization',
      alternateNames: ['The Organization in ru', 'The Organization in kk', 'TO', 'ОД'],
      url: 'https://example.org/en/about/',
      foundingDate: '2002-10-07',
      treaty: { name: 'The Treaty', date: '1992-05-15' },
      members: ['The Republic of Beta', 'Alpha'],
      website: 'https://example.org/',
      lang: 'en',
    });
  });

  it('gives them in another language, with the names of every language but that one', async () => {
    expect(await aboutFacts('kk', absolute)).toEqual({
      name: 'The Organization in kk',
      alternateNames: ['The Organization', 'The Organization in ru', 'TO', 'ОД'],
      url: 'https://example.org/kk/about/',
      foundingDate: '2002-10-07',
      treaty: { name: 'The Treaty in kk', date: '1992-05-15' },
      members: ['The Republic of Beta, kk', 'Alpha, kk'],
      website: 'https://example.org/',
      lang: 'kk',
    });
  });
});
