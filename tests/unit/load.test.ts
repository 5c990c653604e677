import { beforeEach, describe, expect, it, vi } from 'vitest';

// The loader that feeds every page, against a stand-in for Astro's `astro:content` (as
// Starlight's tests mock it): the English entries per collection and the other languages' words.
const collections: Record<string, { id: string; data: Record<string, unknown> }[]> = {};
vi.mock('astro:content', () => ({ getCollection: async (name: string) => collections[name] ?? [] }));

const { asEntry, loadCatalog } = await import('../../src/lib/content/load.ts');
const { item } = await import('./fixtures/catalog.ts');

beforeEach(() => {
  for (const key of Object.keys(collections)) delete collections[key];
});

describe('loadCatalog', () => {
  it('gives the English entries, sorted, and the Astro entry behind each for render()', async () => {
    const council = item('bodies', 'council', { title: 'Council' }, 2);
    const staff = item('bodies', 'staff', { title: 'Staff', abbreviation: 'JS' }, 1);
    collections.bodies = [council, staff];
    collections.translations = [
      { id: 'ru/bodies/council', data: { title: 'Совет', summary: 'О совете.' } },
      { id: 'ru/bodies/staff', data: { title: 'Штаб', summary: 'О штабе.', abbreviation: 'ОШ' } },
    ];
    const english = await loadCatalog('en');
    expect(english.bodies.map((b) => b.data.title)).toEqual(['Staff', 'Council']);
    expect(asEntry('en', { collection: 'bodies', id: 'council' })).toBe(council);

    const russian = await loadCatalog('ru');
    expect(russian.bodies.map((b) => [b.data.title, b.data.abbreviation, b.data.order])).toEqual([
      ['Штаб', 'ОШ', 1],
      ['Совет', undefined, 2],
    ]);
    expect(asEntry('ru', { collection: 'bodies', id: 'staff' })).toBe(collections.translations[1]);
  });

  it('loads each language once a build', async () => {
    expect(await loadCatalog('en')).toBe(await loadCatalog('en'));
  });

  it('names the file a missing translation belongs in', async () => {
    collections.bodies = [item('bodies', 'council', { title: 'Council' })];
    await expect(loadCatalog('kk')).rejects.toThrow('No kk translation of content/en/bodies/council.mdx: expected a file content/kk/bodies/council.mdx');
  });

  it('says which entry has no body to render', () => {
    expect(() => asEntry('en', { collection: 'bodies', id: 'nowhere' })).toThrow('No en content entry for content/en/bodies/nowhere.mdx');
  });
});
