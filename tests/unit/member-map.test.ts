import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { entryPath, type Catalog } from '../../src/lib/catalog.ts';
import { memberMap, placeLabels, relativePath, type MapMember } from '../../src/lib/member-map.ts';
import { realCatalog } from './real-catalog.ts';

let members: MapMember[];
beforeAll(async () => {
  const catalog: Catalog = await realCatalog();
  members = catalog.members.map((m) => ({ isoCode: m.data.isoCode, title: m.data.title, path: entryPath(m) }));
});

/** Every point of a path of absolute moves and relative lines (what memberMap writes), as [x, y]. */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  for (const [, command, args = ''] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
    const pairs = args.trim().split(/\s+/).filter(Boolean).map((pair) => pair.split(',').map(Number) as [number, number]);
    for (const [dx, dy] of pairs) {
      const last = out.at(-1) ?? [0, 0];
      out.push(command === 'M' ? [dx, dy] : [last[0] + dx, last[1] + dy]);
    }
  }
  return out;
}

describe('memberMap', () => {
  it('draws every member state with its name inside the frame, at both label sizes', () => {
    const map = memberMap(world as never, members);
    expect(map.members.map((m) => m.title)).toEqual(members.map((m) => m.title));
    for (const member of map.members) expect(member.d, member.title).toMatch(/^M/);
    for (const size of [15, 30]) {
      const labels = placeLabels(map, size);
      expect(labels.map((l) => l.title)).toEqual(members.map((m) => m.title));
      for (const label of labels) {
        expect(label.x - (label.title.length * size * 0.75) / 2, `${label.title} at ${size}`).toBeGreaterThan(0);
        expect(label.x + (label.title.length * size * 0.75) / 2, `${label.title} at ${size}`).toBeLessThan(map.width);
        expect(label.y, `${label.title} at ${size}`).toBeLessThan(map.height);
      }
    }
    expect(map.land).toMatch(/^M/);
  });

  it('clips everything to the frame', () => {
    const map = memberMap(world as never, members);
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

  it('keeps names from overlapping, at both label sizes', () => {
    const map = memberMap(world as never, members);
    for (const size of [15, 30]) {
      const labels = placeLabels(map, size);
      for (const a of labels) {
        for (const b of labels) {
          if (a === b) continue;
          const apart = Math.abs(a.y - b.y) >= size * 1.25 || Math.abs(a.x - b.x) >= ((a.title.length + b.title.length) * size * 0.75) / 2;
          expect(apart, `${a.title} and ${b.title} at ${size}`).toBe(true);
        }
      }
    }
  });

  it('stays small: under 8 KB gzip for all the outlines', () => {
    const map = memberMap(world as never, members);
    expect(gzipSync([map.land, ...map.members.map((m) => m.d)].join('')).length).toBeLessThan(8 * 1024);
  });

  it('says which member it cannot find, rather than drawing a map without it', () => {
    expect(() => memberMap(world as never, [{ isoCode: '999', title: 'Nowhere', path: 'members/nowhere' }])).toThrow('No map outline for Nowhere (999)');
  });
});

describe('relativePath', () => {
  it('writes lines relative to the point before, keeping moves absolute', () => {
    expect(relativePath('M10,20L12,21L13,19ZM5,5L4,6Z')).toBe('M10,20l2,1 1,-2zM5,5l-1,1z');
  });
  it('leaves an empty path empty and a lone move a move', () => {
    expect(relativePath('')).toBe('');
    expect(relativePath('M3,4')).toBe('M3,4');
  });
});
