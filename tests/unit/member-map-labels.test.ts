import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { memberMap, placeLabels, relativePath, type MapMemberShape } from '../../src/components/pictures/member-map.ts';
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
  it('fits the members to the frame’s height, less a margin and the room kept below for names, centred across it', () => {
    const all = extent(memberMap(world as never, members).members.map((m) => m.d).join(''));
    // 12 units of margin above, and three more below (440 − 4 × 12 = 392); the frame is 800 wide.
    expect([all.top, all.bottom]).toEqual([12, 392]);
    expect((all.left + all.right) / 2).toBeCloseTo(400, 0);
  });

  it('draws north up along the members’ middle meridian: Russia above Kazakhstan, above Kyrgyzstan, above Tajikistan; Belarus and Armenia to the west', () => {
    const centre = Object.fromEntries(memberMap(world as never, members).members.map((m) => [m.title, m.centre]));
    expect(centre.Russia!.y).toBeLessThan(centre.Kazakhstan!.y);
    expect(centre.Kazakhstan!.y).toBeLessThan(centre.Kyrgyzstan!.y);
    expect(centre.Kyrgyzstan!.y).toBeLessThan(centre.Tajikistan!.y);
    expect(Math.max(centre.Belarus!.x, centre.Armenia!.x)).toBeLessThan(Math.min(centre.Kazakhstan!.x, centre.Kyrgyzstan!.x, centre.Tajikistan!.x));
  });

  it('gives each member its own outline with its centre inside it', () => {
    const map = memberMap(world as never, members);
    for (const shape of map.members) {
      const box = extent(shape.d);
      expect(shape.centre.x, shape.title).toBeGreaterThan(box.left);
      expect(shape.centre.x, shape.title).toBeLessThan(box.right);
      expect(shape.centre.y, shape.title).toBeGreaterThan(box.top);
      expect(shape.centre.y, shape.title).toBeLessThan(box.bottom);
    }
    expect(new Set(map.members.map((m) => m.d)).size).toBe(members.length);
  });

  it('draws the countries around a member, on every side of it', () => {
    const map = memberMap(world as never, [member('051', 'Armenia')]);
    const land = extent(map.land);
    const [armenia] = map.members;
    expect(land.left).toBeLessThan(armenia!.centre.x);
    expect(land.right).toBeGreaterThan(armenia!.centre.x);
    expect(land.top).toBeLessThan(armenia!.centre.y);
    expect(land.bottom).toBeGreaterThan(armenia!.centre.y);
  });

  it('names every member whose code has no outline, and the file to fix', () => {
    expect(() => memberMap(world as never, [member('999', 'Nowhere'), member('998', 'Neverland')])).toThrow(
      "No map outline for Nowhere (999): isoCode in content/en/members/nowhere.mdx is no country of world-atlas's countries-110m (an ISO 3166-1 numeric code, as '398'); No map outline for Neverland (998): isoCode in content/en/members/neverland.mdx",
    );
  });
});

describe('placeLabels', () => {
  // A name's box is 0.75 of the size a letter wide: at size 10, "ABCD" is 30 wide, 15 either side of its centre.
  const at = (x: number, y: number, title = 'ABCD', isoCode = title): MapMemberShape => ({ isoCode, title, path: '', d: '', centre: { x, y } });
  const place = (width: number, height: number, ...shapes: MapMemberShape[]) =>
    placeLabels({ width, height, members: shapes }, 10).map(({ isoCode, x, y }) => `${isoCode} ${x},${y}`);

  it('keeps a name at its centre when it touches the frame’s edges but does not cross them', () => {
    // The top edge is a size above the centre, the bottom a third of a size below it.
    expect(place(100, 60, at(15, 10, 'ABCD', 'a'), at(85, 57, 'ABCD', 'b'), at(50, 30, 'ABCD', 'c'))).toEqual(['a 15,10', 'b 85,57', 'c 50,30']);
  });

  it('moves a name that crosses an edge to the nearest point where it fits, trying down, up, right, left', () => {
    expect(place(100, 60, at(90, 30))).toEqual(['ABCD 84,30']);
    expect(place(100, 60, at(50, 5))).toEqual(['ABCD 50,11']);
    expect(place(100, 60, at(50, 59))).toEqual(['ABCD 50,57']);
  });

  it('moves the lower of two names that overlap, whichever comes first, down before up', () => {
    expect(place(100, 100, at(50, 40, 'ABCD', 'low'), at(50, 35, 'ABCD', 'high'))).toEqual(['low 50,48', 'high 50,35']);
    expect(place(30, 100, at(15, 50, 'ABCD', 'a'), at(15, 50, 'ABCD', 'b'))).toEqual(['a 15,50', 'b 15,64']);
  });

  it('moves a name right before left when it cannot move up or down', () => {
    expect(place(100, 13, at(50, 10, 'ABCD', 'a'), at(50, 10, 'ABCD', 'b'))).toEqual(['a 50,10', 'b 80,10']);
  });

  it('leaves names that only touch side by side or one above the other where they are', () => {
    expect(place(100, 13, at(15, 10, 'ABCD', 'a'), at(45, 10, 'ABCD', 'b'), at(85, 10, 'ABCD', 'c'))).toEqual(['a 15,10', 'b 45,10', 'c 85,10']);
    expect(place(100, 100, at(50, 20, 'ABCD', 'a'), at(50, 32.5, 'ABCD', 'b'))).toEqual(['a 50,20', 'b 50,32.5']);
  });

  it('leaves at its centre a name that fits nowhere', () => {
    expect(place(100, 60, at(50, 30, 'ABCDEFGHIJKLMN'))).toEqual(['ABCDEFGHIJKLMN 50,30']);
  });
});

describe('relativePath', () => {
  it('writes the last lines of a path that does not close', () => {
    expect(relativePath('M10,20L12,21L13,19')).toBe('M10 20l2 1 1-2');
    expect(relativePath('M10,20L12,21ZM0,0L1,1')).toBe('M10 20l2 1zM0 0l1 1');
  });
});
