import { describe, expect, it } from 'vitest';
import { sectionCollections } from '../../src/lib/content/registry.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { allPages, pagesIn, searchSection, searchSections, siteMap } from '../../src/lib/site-map.ts';
import { catalogOf, item } from './fixtures/catalog.ts';

describe('siteMap', () => {
  it('has each page once, and every section of the content', () => {
    const paths = siteMap.map((page) => page.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual(expect.arrayContaining(['about', ...sectionCollections, 'structure', 'a-z', 'sources', 'search']));
  });
  it('only files pages within pages it has', () => {
    const paths = siteMap.map((page) => page.path);
    for (const page of siteMap) if (page.within) expect(paths, page.path).toContain(page.within);
  });
  it('leads from the navigation to every section and the A to Z index, in order', () => {
    expect(pagesIn('nav').map((page) => page.path)).toEqual(['about', ...sectionCollections, 'a-z']);
  });
});

describe('searchSection', () => {
  it('files an entry under its collection and a page under the section it is within', () => {
    expect(searchSection('bodies/secretariat/')?.path).toBe('bodies');
    expect(searchSection('bodies/')?.path).toBe('bodies');
    expect(searchSection('structure/')?.path).toBe('bodies');
    expect(searchSection('about/')?.path).toBe('about');
  });
  it('indexes no page of no searchable section: home, A to Z, search, sources', () => {
    for (const path of ['', 'a-z/', 'search/', 'sources/', 'nowhere/']) expect(searchSection(path), path).toBeUndefined();
  });
  it('gives the filters in the order of the site map', () => {
    expect(searchSections().map((page) => page.path)).toEqual(['about', ...sectionCollections, 'compare', 'questions', 'about-this-guide', 'help']);
  });
});

describe('allPages', () => {
  it('lists every entry under its section and the pages of the A to Z with their section', () => {
    const pages = allPages(catalogOf(item('about', 'overview', { title: 'About it' }), item('bodies', 'x', { title: 'A council' })), strings('en'));
    expect(pages).toEqual(
      expect.arrayContaining([
        { title: 'About it', path: 'about', section: 'About' },
        { title: 'A council', path: 'bodies/x', section: 'Bodies' },
        { title: 'Bodies', path: 'bodies', section: 'Section index' },
        { title: 'Structure', path: 'structure', section: 'Bodies' },
      ]),
    );
    expect(pages.map((p) => p.path)).not.toContain('search');
  });
  it('speaks the language of the page', () => {
    const pages = allPages(catalogOf(), strings('ru'));
    expect(pages.find((p) => p.path === 'structure')).toEqual({ title: 'Структура', path: 'structure', section: 'Органы' });
  });
});
