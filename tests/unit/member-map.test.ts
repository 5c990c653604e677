import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { discRadius, geography, inside, labelSets, memberMap, placeLabels, relativePath, type MapMember, type MapMemberShape } from '../../src/components/pictures/member-map.ts';
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

    it('draws every member state, and at every label size writes each one’s name inside it or its number, its anchor inside it, all inside the frame', () => {
      expect(map.members.map((m) => m.title)).toEqual(members.map((m) => m.title));
      for (const member of map.members) expect(member.d, member.title).toMatch(/^M/);
      for (const { size } of labelSets) {
        const labels = placeLabels(map, size);
        expect(labels.map((l) => l.isoCode)).toEqual(members.map((m) => m.isoCode));
        for (const [index, label] of labels.entries()) {
          const member = map.members[index]!;
          const at = `${member.title} at ${size}`;
          expect(inside(member.rings, member.anchor.x, member.anchor.y), `${at}: its anchor inside it`).toBe(true);
          if (label.kind === 'name') {
            const half = (label.title.length * size * 0.7) / 2;
            for (const [x, y] of [[label.x - half, label.y - size * 1.2], [label.x + half, label.y - size * 1.2], [label.x - half, label.y + size * 0.3], [label.x + half, label.y + size * 0.3]] as const) {
              expect(inside(member.rings, x, y), `${at}: a corner of its name inside it`).toBe(true);
            }
          } else {
            expect(label.number, at).toBe(index + 1);
            const radius = discRadius(size);
            expect(label.x - radius, at).toBeGreaterThanOrEqual(0);
            expect(label.y - radius, at).toBeGreaterThanOrEqual(0);
            expect(label.x + radius, at).toBeLessThanOrEqual(map.width);
            expect(label.y + radius, at).toBeLessThanOrEqual(map.height);
          }
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
  // Square states made in the test: `square(x, y, side)` is a state whose outline is that square.
  const square = (isoCode: string, title: string, left: number, top: number, side: number, number = 1): MapMemberShape => ({
    isoCode, title, path: '', d: '', lonLat: [0, 0], number,
    rings: [[[left, top], [left + side, top], [left + side, top + side], [left, top + side]]],
    anchor: { x: left + side / 2, y: top + side / 2 },
  });

  it('writes a name at its state’s anchor when its whole box fits inside the state', () => {
    // "ABCD" at size 10 is 28 wide (0.7 a letter) and 15 tall: it fits a square of 100, its
    // middle on the anchor, its baseline 4.5 below.
    expect(placeLabels({ width: 400, height: 200, members: [square('1', 'ABCD', 0, 0, 100)] }, 10)).toEqual([{ kind: 'name', isoCode: '1', title: 'ABCD', x: 50, y: 55 }]);
  });

  it('writes a number instead where the name does not fit inside, on the state where the disc fits', () => {
    // 30 is too narrow for "ABCDEFGH" (56 wide) but holds a disc of radius 7.
    expect(placeLabels({ width: 400, height: 200, members: [square('1', 'ABCDEFGH', 100, 100, 30, 4)] }, 10)).toEqual([{ kind: 'number', isoCode: '1', number: 4, x: 115, y: 115 }]);
  });

  it('puts a number that does not fit its state beside it, off every state, with a line to its anchor', () => {
    const map = { width: 400, height: 200, members: [square('1', 'Big', 0, 0, 200), square('2', 'Tiny', 200, 90, 6, 2)] };
    const [big, tiny] = placeLabels(map, 10);
    expect(big).toMatchObject({ kind: 'name', title: 'Big' });
    expect(tiny).toMatchObject({ kind: 'number', number: 2, anchor: { x: 203, y: 93 } });
    // Clear of the big state: right of x = 200 by its radius at least.
    expect(tiny!.x - discRadius(10)).toBeGreaterThanOrEqual(200);
  });

  it('keeps two names apart, moving the second within its state, and numbers one that finds no room', () => {
    const map = { width: 400, height: 400, members: [square('1', 'AAAA', 0, 0, 40), square('2', 'BBBB', 0, 0, 40, 2)] };
    const [first, second] = placeLabels(map, 10);
    expect(first!.kind === 'name' && second!.kind === 'name' ? Math.abs(first!.y - second!.y) >= 15 : second!.kind === 'number').toBe(true);
  });
});

describe('inside', () => {
  it('tells a point inside a ring from one outside, and a hole as outside (even-odd)', () => {
    const outer: [number, number][] = [[0, 0], [10, 0], [10, 10], [0, 10]];
    const hole: [number, number][] = [[4, 4], [6, 4], [6, 6], [4, 6]];
    expect(inside([outer], 2, 2)).toBe(true);
    expect(inside([outer], 12, 2)).toBe(false);
    expect(inside([outer, hole], 5, 5)).toBe(false);
    expect(inside([outer, hole], 2, 5)).toBe(true);
  });
});

describe('geography', () => {
  const state = (isoCode: string, title: string, lonLat: [number, number]): MapMemberShape => ({ isoCode, title, path: '', d: '', rings: [], anchor: { x: 0, y: 0 }, lonLat, number: 1 });
  it('lists the shared borders and, for a state that borders none, where it lies from the others', () => {
    const members = [state('1', 'West', [0, 50]), state('2', 'Middle', [20, 50]), state('3', 'East', [40, 50]), state('4', 'Island', [20, 30])];
    const { borders, apart } = geography({ members, borders: [['1', '2'], ['2', '3']] });
    expect(borders.map(([a, b]) => `${a.title}–${b.title}`)).toEqual(['West–Middle', 'Middle–East']);
    expect(apart.map(({ member, direction }) => `${member.title} ${direction}`)).toEqual(['Island south']);
    const { apart: far } = geography({ members: [state('1', 'A', [60, 60]), state('2', 'B', [40, 40])], borders: [] });
    expect(far.map(({ member, direction }) => `${member.title} ${direction}`)).toEqual(['A north-east', 'B south-west']);
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
