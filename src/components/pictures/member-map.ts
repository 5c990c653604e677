import { geoCentroid, geoConicEqualArea, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature, merge, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { entryFile } from '../../lib/content/ids.ts';
import { defaultLanguage } from '../../lib/i18n/languages.ts';

/** A member state to draw: its ISO 3166-1 numeric code (as Natural Earth has it), name and page. */
export interface MapMember {
  isoCode: string;
  title: string;
  path: string;
}

/** A point in the frame, in its units. */
export interface Point {
  x: number;
  y: number;
}

/** A member's outline, and the points its name or number is placed by. */
export interface MapMemberShape extends MapMember {
  /** Its outline in SVG path data. */
  d: string;
  /** The same outline as rings of points in the frame (even-odd), to tell what lies inside it. */
  rings: [number, number][][];
  /** A point deep inside it: where its number goes, or where the line from its number ends. */
  anchor: Point;
  /** Its geographic centre, [longitude, latitude], for saying where it lies. */
  lonLat: [number, number];
  /** Its number on the map and in the key under it: its place in the list, from 1. */
  number: number;
}

/**
 * What the map writes for a member: its name inside its outline (`x` its middle, `y` its
 * baseline), or, where the name does not fit inside, its number in a disc centred on (`x`, `y`):
 * on the member itself, or beside it with a line to its `anchor`.
 */
export type MapLabel =
  | { kind: 'name'; isoCode: string; title: string; x: number; y: number }
  | { kind: 'number'; isoCode: string; number: number; x: number; y: number; anchor?: Point };

export interface MemberMap {
  width: number;
  height: number;
  /** All the other land in the frame as one outline, drawn first and muted. */
  land: string;
  /** The member states, drawn over the land. */
  members: MapMemberShape[];
  /** The pairs of members that share a border, as ISO codes, each pair in the members' order. */
  borders: [string, string][];
}

interface CountryProperties {
  name: string;
}

/**
 * The member states on a map of their region, drawn at build time from Natural Earth outlines
 * (the world-atlas package): an equal-area conic projection for Eurasia, fitted to the members
 * and clipped to the frame, with the countries that border a member. Coordinates are
 * rounded to whole units of an 800-wide frame, about as fine as the 110m data, to keep the SVG small.
 */
export function memberMap(world: Topology, members: readonly MapMember[], width = 800, height = 480): MemberMap {
  const countries = feature(world, world.objects.countries as GeometryCollection<CountryProperties>).features;
  const byCode = new Map(members.map((member) => [member.isoCode, member]));
  const missing = members.filter((member) => !countries.some((country) => country.id === member.isoCode));
  if (missing.length > 0) {
    const where = (m: MapMember) => `No map outline for ${m.title} (${m.isoCode}): isoCode in ${entryFile(defaultLanguage, 'members', m.path.split('/').pop()!)} is no country of world-atlas's countries-110m (an ISO 3166-1 numeric code, as '398')`;
    throw new Error(missing.map(where).join('; '));
  }

  const memberShapes = { type: 'FeatureCollection', features: countries.filter((c) => byCode.has(String(c.id))) } as GeoPermissibleObjects;
  const margin = 12;
  const projection = geoConicEqualArea()
    .parallels([45, 65])
    .rotate([-80, 0])
    // Room below (a sixth of the frame), where numbers go beside the small southern members.
    .fitExtent([[margin, margin], [width - margin, Math.round(height * (5 / 6))]], memberShapes)
    .clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(0);

  // The neighbours (the countries that share a border with a member) as one outline: their
  // borders with each other are not the map's subject, and one merged outline is much smaller.
  const geometries = (world.objects.countries as GeometryCollection<CountryProperties>).geometries;
  const adjacent = neighbors(geometries as never);
  const near = new Set(geometries.flatMap((g, i) => (byCode.has(String(g.id)) ? adjacent[i]!.map((j) => j) : [])));
  const land = relativePath(path(merge(world, geometries.filter((g, i) => near.has(i) && !byCode.has(String(g.id))) as never)) ?? '');
  const shapes = members.map((member, index): MapMemberShape => {
    const country = countries.find((c) => String(c.id) === member.isoCode)!;
    const absolute = path(country) ?? '';
    const rings = ringsOf(absolute);
    const [lon, lat] = geoCentroid(country);
    return { ...member, d: relativePath(absolute), rings, anchor: deepestPoint(rings), lonLat: [lon, lat], number: index + 1 };
  });
  const index = new Map(geometries.map((g, i) => [String(g.id), i]));
  const borders = members.flatMap((a, i) =>
    members.slice(i + 1).filter((b) => adjacent[index.get(a.isoCode)!]!.includes(index.get(b.isoCode)!)).map((b): [string, string] => [a.isoCode, b.isoCode]),
  );
  return { width, height, land, members: shapes, borders };
}

/** The rings of SVG path data of absolute moves and lines, as d3 writes it (`M10,20L12,21Z`). */
export function ringsOf(d: string): [number, number][][] {
  return [...d.matchAll(/M[^M]*/g)].map(([ring]) => [...ring.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map(([, x, y]) => [Number(x), Number(y)] as [number, number]));
}

/** Whether a point is inside the rings (even-odd, so a hole or an enclave is outside). */
export function inside(rings: readonly (readonly [number, number][])[], x: number, y: number): boolean {
  let within = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) within = !within;
    }
  }
  return within;
}

/** How far a point is from the nearest edge of the rings. */
function edgeDistance(rings: readonly (readonly [number, number][])[], x: number, y: number): number {
  let nearest = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[j]!;
      const [bx, by] = ring[i]!;
      const length = (bx - ax) ** 2 + (by - ay) ** 2;
      const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / length));
      nearest = Math.min(nearest, Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))));
    }
  }
  return nearest;
}

/** The point inside the rings farthest from their edges, on a grid of 40 steps across them. */
function deepestPoint(rings: readonly (readonly [number, number][])[]): Point {
  const all = rings.flat();
  const [left, right, top, bottom] = [Math.min(...all.map(([x]) => x)), Math.max(...all.map(([x]) => x)), Math.min(...all.map(([, y]) => y)), Math.max(...all.map(([, y]) => y))];
  const step = Math.max(right - left, bottom - top) / 40;
  let best = { x: Math.round((left + right) / 2), y: Math.round((top + bottom) / 2), depth: -1 };
  for (let y = top + step / 2; y < bottom; y += step) {
    for (let x = left + step / 2; x < right; x += step) {
      if (!inside(rings, x, y)) continue;
      const depth = edgeDistance(rings, x, y);
      if (depth > best.depth) best = { x: Math.round(x), y: Math.round(y), depth };
    }
  }
  return { x: best.x, y: best.y };
}

/**
 * The sets of names drawn on the map, one for each band of map widths. A width is in rem, so
 * the reader's chosen text size counts: at every width in its band, a set's names and numbers
 * show at about the size of small text (0.875rem) or larger, whatever the text size. The
 * narrowest band reaches a phone at 200% text (about 9rem), where numbers stand for every name.
 * member-map.css shows each set in its band (`map-labels-<minWidth>`, one container query each).
 */
export const labelSets = [40, 30, 22, 16, 8].map((minWidth) => ({
  className: `map-labels-${minWidth}`,
  /** The narrowest map, in rem, that shows this set. */
  minWidth,
  /** The names' size in units of the 800-wide frame: 0.875rem on the narrowest map of the band. */
  size: Math.ceil((0.875 * 800) / minWidth),
}));

/** The radius of a number's disc, for numbers written at `size`. */
export const discRadius = (size: number): number => Math.ceil(size * 0.65);

/** A box in the frame: left, top, right, bottom. */
type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Whether the segment from `a` to `b` enters the box: an end inside it, or a crossing of one of its sides. */
function crosses([left, top, right, bottom]: Box, a: readonly [number, number], b: readonly [number, number]): boolean {
  const within = ([x, y]: readonly [number, number]) => x >= left && x <= right && y >= top && y <= bottom;
  if (within(a) || within(b)) return true;
  const side = (p: readonly [number, number], q: readonly [number, number], r: readonly [number, number]) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  const cut = (c: [number, number], d: [number, number]) => side(a, b, c) !== side(a, b, d) && side(c, d, a) !== side(c, d, b);
  return cut([left, top], [right, top]) || cut([right, top], [right, bottom]) || cut([right, bottom], [left, bottom]) || cut([left, bottom], [left, top]);
}

/**
 * Places the members' names at `size` (in frame units), each inside its own outline: the largest
 * members first, each at the point nearest its anchor where the whole box of its name lies inside
 * it and clear of the names placed before. A member whose name fits nowhere inside gets its number
 * in a disc instead: on its anchor where the disc lies inside it, else at the nearest point
 * around it where the disc lies in the frame, clear of every name and disc and off the other
 * members, with a line to the anchor. A name's box is judged from its length, about the width of
 * bold letters, enough without measuring fonts at build time; the browser test measures them.
 */
export function placeLabels(map: Pick<MemberMap, 'members' | 'width' | 'height'>, size: number): MapLabel[] {
  const taken: Box[] = [];
  const labels = new Map<string, MapLabel>();
  const area = (member: MapMemberShape) => member.rings.reduce((sum, ring) => sum + Math.abs(ring.reduce((s, [x, y], i) => s + x * ring[(i + 1) % ring.length]![1] - ring[(i + 1) % ring.length]![0] * y, 0)) / 2, 0);
  // A box lies within a state when a corner is inside it and no edge of its outline enters the box.
  const within = (member: MapMemberShape, box: Box) => inside(member.rings, box[0], box[1]) && member.rings.every((ring) => ring.every((point, i) => !crosses(box, ring[i === 0 ? ring.length - 1 : i - 1]!, point)));
  const nearestFirst = (member: MapMemberShape, step: number) => {
    const all = member.rings.flat();
    const [left, right, top, bottom] = [Math.min(...all.map(([x]) => x)), Math.max(...all.map(([x]) => x)), Math.min(...all.map(([, y]) => y)), Math.max(...all.map(([, y]) => y))];
    const spots: [number, number][] = [];
    for (let y = top; y <= bottom; y += step) for (let x = left; x <= right; x += step) spots.push([Math.round(x), Math.round(y)]);
    return spots.sort((a, b) => Math.hypot(a[0] - member.anchor.x, a[1] - member.anchor.y) - Math.hypot(b[0] - member.anchor.x, b[1] - member.anchor.y));
  };

  for (const member of [...map.members].sort((a, b) => area(b) - area(a))) {
    const half = (member.title.length * size * 0.7) / 2;
    // The box a browser gives the text: from the font's ascent (up to 1.2 of the size) to its descent.
    const box = (x: number, y: number): Box => [x - half, y - size * 1.2, x + half, y + size * 0.3];
    // The spot found is where the box's middle goes: the baseline is 0.45 of a size below it.
    const drop = Math.round(size * 0.45);
    const spot = nearestFirst(member, size / 4).find(([x, y]) => within(member, box(x, y + drop)) && !taken.some((other) => overlaps(other, box(x, y + drop))));
    if (!spot) continue;
    const [x, y] = [spot[0], spot[1] + drop];
    taken.push(box(x, y));
    labels.set(member.isoCode, { kind: 'name', isoCode: member.isoCode, title: member.title, x, y });
  }

  const radius = discRadius(size);
  const disc = (x: number, y: number): Box => [x - radius, y - radius, x + radius, y + radius];
  const rim = (x: number, y: number) => Array.from({ length: 12 }, (_, i) => [x + radius * Math.cos((i * Math.PI) / 6), y + radius * Math.sin((i * Math.PI) / 6)] as [number, number]);
  for (const member of map.members.filter((each) => !labels.has(each.isoCode))) {
    const { x, y } = member.anchor;
    const free = (cx: number, cy: number) => cx - radius >= 0 && cy - radius >= 0 && cx + radius <= map.width && cy + radius <= map.height && !taken.some((other) => overlaps(other, disc(cx, cy)));
    let label: MapLabel | undefined;
    if (free(x, y) && rim(x, y).every(([px, py]) => inside(member.rings, px, py))) label = { kind: 'number', isoCode: member.isoCode, number: member.number, x, y };
    const others = map.members.filter((each) => each !== member);
    const offOthers = (cx: number, cy: number) => [[cx, cy] as [number, number], ...rim(cx, cy)].every(([px, py]) => !others.some((other) => inside(other.rings, px, py)));
    for (const strict of [true, false]) {
      search: for (let r = radius * 2; !label && r < map.width; r += radius / 2) {
        for (let turn = 0; turn < 16; turn++) {
          const angle = Math.PI / 2 + (turn * Math.PI) / 8;
          const [cx, cy] = [Math.round(x + r * Math.cos(angle)), Math.round(y + r * Math.sin(angle))];
          if (free(cx, cy) && (!strict || offOthers(cx, cy))) {
            label = { kind: 'number', isoCode: member.isoCode, number: member.number, x: cx, y: cy, anchor: { x, y } };
            break search;
          }
        }
      }
      if (label) break;
    }
    label ??= { kind: 'number', isoCode: member.isoCode, number: member.number, x, y };
    taken.push(disc(label.x, label.y));
    labels.set(member.isoCode, label);
  }
  return map.members.map((member) => labels.get(member.isoCode)!);
}

/** A compass point, as the map's text alternative names where a member lies. */
export type Direction = 'north' | 'north-east' | 'east' | 'south-east' | 'south' | 'south-west' | 'west' | 'north-west';

/**
 * What the map shows of the geography, from its own data: the pairs of members that share a
 * border, and each member that borders none of the others with where it lies from them (the
 * compass point from the mean of their geographic centres to its own).
 */
export function geography(map: Pick<MemberMap, 'members' | 'borders'>): { borders: [MapMemberShape, MapMemberShape][]; apart: { member: MapMemberShape; direction: Direction }[] } {
  const byCode = new Map(map.members.map((member) => [member.isoCode, member]));
  const borders = map.borders.map(([a, b]): [MapMemberShape, MapMemberShape] => [byCode.get(a)!, byCode.get(b)!]);
  const bordering = new Set(map.borders.flat());
  const compass: Direction[] = ['east', 'north-east', 'north', 'north-west', 'west', 'south-west', 'south', 'south-east'];
  const apart = map.members
    .filter((member) => map.members.length > 1 && !bordering.has(member.isoCode))
    .map((member) => {
      const others = map.members.filter((each) => each !== member);
      const [lon, lat] = [others.reduce((sum, each) => sum + each.lonLat[0], 0) / others.length, others.reduce((sum, each) => sum + each.lonLat[1], 0) / others.length];
      const angle = Math.atan2(member.lonLat[1] - lat, (member.lonLat[0] - lon) * Math.cos((lat * Math.PI) / 180));
      return { member, direction: compass[(Math.round(angle / (Math.PI / 4)) + 8) % 8]! };
    });
  return { borders, apart };
}

/**
 * Rewrites SVG path data of absolute moves and lines (`M10,20L12,21L13,19Z`, as d3 writes it) with
 * relative lines in SVG's shortest form (`M10 20l2 1 1-2z`: a minus sign needs no space before it):
 * the same shape in about half the bytes, gzip included.
 */
export function relativePath(d: string): string {
  let x = 0;
  let y = 0;
  const numbers: string[] = [];
  const pair = (a: number, b: number) => `${a}${b < 0 ? '' : ' '}${b}`;
  let out = '';
  const flush = () => {
    out += numbers.map((text, index) => (index > 0 && !text.startsWith('-') ? ` ${text}` : text)).join('');
    numbers.length = 0;
  };
  for (const [, command, args = ''] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      flush();
      out += 'z';
      continue;
    }
    const [nx, ny] = args.split(',').map(Number) as [number, number];
    if (command === 'M') {
      flush();
      out += `M${pair(nx, ny)}`;
    } else {
      if (numbers.length === 0) out += 'l';
      numbers.push(pair(nx - x, ny - y));
    }
    [x, y] = [nx, ny];
  }
  flush();
  return out;
}
