import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { labelSets, memberMap, placeLabels, relativePath, type MapMember } from '../../src/components/pictures/member-map.ts';
import { points } from './fixtures/svg-path.ts';

// Two sets of members on the real outlines (Natural Earth, from world-atlas): the labels the site
// shows in English and in Russian. A label's box here is what placeLabels assumes; the browser
// test (tests/e2e/pictures.spec.ts) measures the real text.
const sets: Record<string, MapMember[]> = {
  en: [
    ['051', 'Armenia'], ['112', 'Belarus'], ['398', 'Kazakhstan'], ['417', 'Kyrgyzstan'], ['643', 'Russia'], ['762', 'Tajikistan'],
  ].map(([isoCode, title]) => ({ isoCode: isoCode!, title: title!, path: `members/${title!.toLowerCase()}` })),
  ru: [
    ['051', 'Армения'], ['112', 'Беларусь'], ['398', 'Казахстан'], ['417', 'Кыргызстан'], ['643', 'Россия'], ['762', 'Таджикистан'],
  ].map(([isoCode, title]) => ({ isoCode: isoCode!, title: title!, path: `members/${isoCode}` })),
};


for (const [lang, members] of Object.entries(sets)) {
  describe(`memberMap, ${lang} labels`, () => {
    const map = memberMap(world as never, members);

    it('draws every member state, and places every name inside the frame at both label sizes', () => {
      expect(map.members.map((m) => m.title)).toEqual(members.map((m) => m.title));
      for (const member of map.members) expect(member.d, member.title).toMatch(/^M/);
      for (const { size } of labelSets) {
        const labels = placeLabels(map, size);
        expect(labels.map((l) => l.title)).toEqual(members.map((m) => m.title));
        for (const label of labels) {
          expect(label.y, `${label.title} at ${size}`).toBeLessThan(map.height);
          expect(label.y - size, `${label.title} at ${size}`).toBeGreaterThanOrEqual(0);
        }
      }
    });

    it('clips everything to the frame', () => {
      for (const d of [map.land, ...map.members.map((m) => m.d)]) {
        expect(points(d).length).toBeGreaterThan(3);
        for (const [x, y] of points(d)) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(map.width);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(map.height);
        }
      }
    });

    it('stays small: under 8 KB gzip for all the outlines', () => {
      expect(gzipSync([map.land, ...map.members.map((m) => m.d)].join('')).length).toBeLessThan(8 * 1024);
    });
  });
}

describe('placeLabels', () => {
  it('moves a name that would overlap one placed before', () => {
    const map = { width: 400, height: 200, members: [
      { isoCode: '1', title: 'First', path: '', d: '', centre: { x: 200, y: 100 } },
      { isoCode: '2', title: 'Second', path: '', d: '', centre: { x: 205, y: 102 } },
    ] };
    const [first, second] = placeLabels(map, 20);
    expect(first).toMatchObject({ x: 200, y: 100 });
    expect(Math.abs(second!.y - first!.y) >= 25 || Math.abs(second!.x - first!.x) > 100).toBe(true);
  });
  it('moves a name whose centre is at the edge of the frame inwards', () => {
    const map = { width: 400, height: 200, members: [{ isoCode: '1', title: 'Edgeland', path: '', d: '', centre: { x: 5, y: 100 } }] };
    expect(placeLabels(map, 20)[0]!.x).toBeGreaterThan(5);
  });
});

describe('memberMap errors', () => {
  it('says which member it cannot find, rather than drawing a map without it', () => {
    expect(() => memberMap(world as never, [{ isoCode: '999', title: 'Nowhere', path: 'members/nowhere' }])).toThrow('No map outline for Nowhere (999)');
  });
});

describe('relativePath', () => {
  it('writes lines relative to the point before, keeping moves absolute', () => {
    expect(relativePath('M10,20L12,21L13,19ZM5,5L4,6Z')).toBe('M10 20l2 1 1-2zM5 5l-1 1z');
    expect(relativePath('M10,20L10,19L9,19')).toBe('M10 20l0-1-1 0');
  });
  it('leaves an empty path empty and a lone move a move', () => {
    expect(relativePath('')).toBe('');
    expect(relativePath('M3,4')).toBe('M3 4');
  });
});
