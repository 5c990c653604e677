// Checks of the site's real content (content/), apart from the logic's own tests on fixtures: a
// failure here is a content edit that broke a rule, not a bug in the code.
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { memberMap } from '../../src/components/pictures/member-map.ts';
import { structureTree, type StructureNode } from '../../src/components/pictures/structure.ts';
import { entryPath } from '../../src/lib/content/catalog.ts';
import { formatProblem } from '../../src/lib/content/check.ts';
import { defaultLanguage, languages } from '../../src/lib/i18n/languages.ts';
import { catalogIn, checked } from './catalog.ts';

describe('the content', () => {
  it('passes every check of the content checker, in every language', () => {
    expect(checked.problems.map(formatProblem)).toEqual([]);
    expect(checked.items.length).toBeGreaterThan(40);
    expect(checked.translations.length).toBe(checked.items.length * (languages.length - 1));
  });

  it('has an outline on the map for every member state', () => {
    for (const lang of languages) {
      const members = catalogIn(lang).members.map((m) => ({ isoCode: m.data.isoCode, title: m.data.title, path: entryPath(m) }));
      expect(memberMap(world as never, members).members).toHaveLength(members.length);
    }
  });

  it('lists each development on the page of every body its text names (the body that decided it, heard it or acted)', () => {
    const catalog = catalogIn(defaultLanguage);
    const missing = catalog.developments.flatMap((development) =>
      catalog.bodies
        // (Not the UN Secretariat, which is not the Organization's.)
        .filter((body) => new RegExp(`(?<!UN )\\b${body.data.title}\\b`).test(development.data.text))
        .filter((body) => !development.data.concerns.some((ref) => ref.collection === 'bodies' && ref.id === body.id))
        .map((body) => `${development.id} names ${body.data.title} but does not concern bodies/${body.id}`),
    );
    expect(missing).toEqual([]);
  });

  it('puts every body in the structure exactly once', () => {
    const catalog = catalogIn(defaultLanguage);
    const ids: string[] = [];
    const walk = (nodes: StructureNode[]) => nodes.forEach((node) => (ids.push(node.body.id), walk(node.children)));
    walk(structureTree(catalog));
    expect(ids.sort()).toEqual(catalog.bodies.map((body) => body.id).sort());
  });
});
