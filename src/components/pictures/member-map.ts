import { geoConicEqualArea, geoPath, type GeoPermissibleObjects } from 'd3-geo';
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

/** A member's outline in SVG path data, with its centre, where its name goes if there is room. */
export interface MapMemberShape extends MapMember {
  d: string;
  centre: { x: number; y: number };
}

/** A member's name on the map: where it is written, in units of the 800-wide frame. */
export interface MapLabel {
  isoCode: string;
  title: string;
  x: number;
  y: number;
}

export interface MemberMap {
  width: number;
  height: number;
  /** All the other land in the frame as one outline, drawn first and muted. */
  land: string;
  /** The member states, drawn over the land. */
  members: MapMemberShape[];
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
export function memberMap(world: Topology, members: readonly MapMember[], width = 800, height = 440): MemberMap {
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
    // More room below, where the southern members' names go when they do not fit side by side.
    .fitExtent([[margin, margin], [width - margin, height - 4 * margin]], memberShapes)
    .clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(0);

  // The neighbours (the countries that share a border with a member) as one outline: their
  // borders with each other are not the map's subject, and one merged outline is much smaller.
  const geometries = (world.objects.countries as GeometryCollection<CountryProperties>).geometries;
  const adjacent = neighbors(geometries as never);
  const near = new Set(geometries.flatMap((g, i) => (byCode.has(String(g.id)) ? adjacent[i]!.map((j) => j) : [])));
  const land = relativePath(path(merge(world, geometries.filter((g, i) => near.has(i) && !byCode.has(String(g.id))) as never)) ?? '');
  const shapes = members.map((member): MapMemberShape => {
    const country = countries.find((c) => String(c.id) === member.isoCode)!;
    const [x, y] = path.centroid(country);
    return { ...member, d: relativePath(path(country) ?? ''), centre: { x: Math.round(x), y: Math.round(y) } };
  });
  return { width, height, land, members: shapes };
}

/**
 * The sets of names drawn on the map, one for each band of map widths. A width is in rem, so
 * the reader's chosen text size counts: at every width in its band, a set's names show at about
 * the size of small text (0.875rem) or larger, whatever the text size. Below the narrowest band
 * the names would not fit side by side, and the map shows none: the list of members follows it.
 * member-map.css shows each set in its band (`map-labels-<minWidth>`, one container query each).
 */
export const labelSets = [40, 30, 22, 16].map((minWidth) => ({
  className: `map-labels-${minWidth}`,
  /** The narrowest map, in rem, that shows this set. */
  minWidth,
  /** The names' size in units of the 800-wide frame: 0.875rem on the narrowest map of the band. */
  size: Math.ceil((0.875 * 800) / minWidth),
}));

/**
 * Places the members' names at `size` (in frame units) at their centres, then, for a name that
 * would overlap one placed before or leave the frame, at the nearest point around its centre
 * where it does neither (Kyrgyzstan and Tajikistan are close). A name's box is judged from its
 * length, about the width of bold letters, enough for these names without measuring fonts at build time.
 */
export function placeLabels(map: Pick<MemberMap, 'members' | 'width' | 'height'>, size: number): MapLabel[] {
  const placed: (MapLabel & { half: number })[] = [];
  const directions = [[0, 1], [0, -1], [1, 0], [-1, 0], [1, 1], [-1, 1], [1, -1], [-1, -1]] as const;
  for (const member of [...map.members].sort((a, b) => a.centre.y - b.centre.y)) {
    const half = (member.title.length * size * 0.75) / 2;
    const fits = (x: number, y: number) =>
      x - half >= 0 && x + half <= map.width && y - size >= 0 && y + size * 0.3 <= map.height &&
      !placed.some((o) => Math.abs(o.x - x) < o.half + half && Math.abs(o.y - y) < size * 1.25);
    let spot: [number, number] = [member.centre.x, member.centre.y];
    search: for (let r = 0; r < map.width; r += 2) {
      for (const [dx, dy] of r === 0 ? [[0, 0] as const] : directions) {
        const candidate: [number, number] = [member.centre.x + dx * r, member.centre.y + dy * r];
        if (fits(...candidate)) {
          spot = candidate;
          break search;
        }
      }
    }
    placed.push({ isoCode: member.isoCode, title: member.title, x: spot[0], y: spot[1], half });
  }
  return map.members.map((member) => {
    const { half: _, ...label } = placed.find((p) => p.isoCode === member.isoCode)!;
    return label;
  });
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
