import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { inside, memberMap, relativePath } from '../../src/components/pictures/member-map.ts';
import { points } from './fixtures/svg-path.ts';

// The map's geometry on the real outlines (Natural Earth, from world-atlas), and the placing of
// names on small frames made in the test, where every position can be worked out by hand.

const extent = (d: string) => {
  const all = points(d);
  const xs = all.map(([x]) => x);
  const ys = all.map(([, y]) => y);
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
};
const member = (isoCode: string, title: string) => ({ isoCode, title, path: `members/${title.toLowerCase()}` });
const members = [member('051', 'Armenia'), member('112', 'Belarus'), member('398', 'Kazakhstan'), member('417', 'Kyrgyzstan'), member('643', 'Russia'), member('762', 'Tajikistan')];

describe('memberMap', () => {
  it('fits the members to the frame’s height, less a margin and the room kept below for numbers, centred across it', () => {
    const all = extent(memberMap(world as never, members).members.map((m) => m.d).join(''));
    // 12 units of margin above, and a sixth of the frame below (480 × 5 / 6 = 400); the frame is 800 wide.
    expect([all.top, all.bottom]).toEqual([12, 400]);
    expect((all.left + all.right) / 2).toBeCloseTo(400, 0);
  });

  it('draws north up along the members’ middle meridian: Russia above Kazakhstan, above Kyrgyzstan, above Tajikistan; Belarus and Armenia to the west', () => {
    const centre = Object.fromEntries(memberMap(world as never, members).members.map((m) => [m.title, m.anchor]));
    expect(centre.Russia!.y).toBeLessThan(centre.Kazakhstan!.y);
    expect(centre.Kazakhstan!.y).toBeLessThan(centre.Kyrgyzstan!.y);
    expect(centre.Kyrgyzstan!.y).toBeLessThan(centre.Tajikistan!.y);
    expect(Math.max(centre.Belarus!.x, centre.Armenia!.x)).toBeLessThan(Math.min(centre.Kazakhstan!.x, centre.Kyrgyzstan!.x, centre.Tajikistan!.x));
  });

  it('gives each member its own outline with its anchor inside it, and its number, its place in the list', () => {
    const map = memberMap(world as never, members);
    for (const [index, shape] of map.members.entries()) {
      expect(inside(shape.rings, shape.anchor.x, shape.anchor.y), shape.title).toBe(true);
      expect(shape.number, shape.title).toBe(index + 1);
      // The rings are the outline drawn: the same points.
      expect(points(shape.d), shape.title).toEqual(shape.rings.flat());
    }
    expect(new Set(map.members.map((m) => m.d)).size).toBe(members.length);
  });

  it('draws the countries around a member, on every side of it', () => {
    const map = memberMap(world as never, [member('051', 'Armenia')]);
    const land = extent(map.land);
    const [armenia] = map.members;
    expect(land.left).toBeLessThan(armenia!.anchor.x);
    expect(land.right).toBeGreaterThan(armenia!.anchor.x);
    expect(land.top).toBeLessThan(armenia!.anchor.y);
    expect(land.bottom).toBeGreaterThan(armenia!.anchor.y);
  });

  it('finds the members that share a border, and none for Armenia', () => {
    const map = memberMap(world as never, members);
    const name = (code: string) => members.find((m) => m.isoCode === code)!.title;
    expect(map.borders.map(([a, b]) => `${name(a)}–${name(b)}`)).toEqual(['Belarus–Russia', 'Kazakhstan–Kyrgyzstan', 'Kazakhstan–Russia', 'Kyrgyzstan–Tajikistan']);
  });

  it('names every member whose code has no outline, and the file to fix', () => {
    expect(() => memberMap(world as never, [member('999', 'Nowhere'), member('998', 'Neverland')])).toThrow(
      "No map outline for Nowhere (999): isoCode in content/en/members/nowhere.mdx is no country of world-atlas's countries-110m (an ISO 3166-1 numeric code, as '398'); No map outline for Neverland (998): isoCode in content/en/members/neverland.mdx",
    );
  });
});

describe('relativePath', () => {
  it('writes the last lines of a path that does not close', () => {
    expect(relativePath('M10,20L12,21L13,19')).toBe('M10 20l2 1 1-2');
    expect(relativePath('M10,20L12,21ZM0,0L1,1')).toBe('M10 20l2 1zM0 0l1 1');
  });
});
