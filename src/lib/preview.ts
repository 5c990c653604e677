/**
 * Link previews: the picture a messenger or a social site shows for a link to a page, drawn at
 * build time from this SVG template with the page's title in its language
 * (src/integrations/preview-images.ts renders it to PNG with resvg and DejaVu Sans, which covers
 * Latin and Russian and Kazakh Cyrillic). The page's head names it (BaseLayout.astro).
 */
import { escapeXml } from './escape-xml.ts';

export const previewSize = { width: 1200, height: 630 } as const;

/** Where a page's preview is written and served: `previews/ru/bodies/joint-staff.png`, `previews/index.png` for home. */
export function previewPath(pathInSite: string): string {
  const bare = pathInSite.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '');
  return `previews/${bare === '' ? 'index' : bare}.png`;
}

/** The colours of the default scheme (src/styles/tokens.css) the picture is drawn in. */
export interface PreviewColours {
  canvas: string;
  ink: string;
  muted: string;
  link: string;
}

export interface PreviewText {
  title: string;
  siteName: string;
  /** The section the page files under, or the site's full name on pages of no section. */
  kicker: string;
  /** The site's host, printed at the foot: `csto.example.org`. */
  host: string;
  lang: string;
}

/**
 * Breaks a title into lines of at most `width` characters at spaces (a longer word gets a line of
 * its own), and at most `lines` lines, the last ending in "…" when the title is longer.
 */
export function wrapTitle(title: string, width: number, lines: number): string[] {
  const result: string[] = [];
  let line = '';
  for (const word of title.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      result.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') result.push(line);
  if (result.length <= lines) return result;
  const kept = result.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1]!.replace(/[\s,.;:–—-]+$/u, '')}…`;
  return kept;
}

/**
 * The title's size and lines: as large as fits in three lines across the picture, down to a size
 * that takes five. DejaVu Sans Bold averages about 0.62 em a character.
 */
function fitTitle(title: string): { size: number; lines: string[] } {
  const textWidth = previewSize.width - 160;
  for (const size of [72, 64, 56, 48]) {
    const lines = wrapTitle(title, Math.floor(textWidth / (size * 0.62)), size >= 64 ? 3 : 5);
    if (!lines.at(-1)!.endsWith('…') || size === 48) return { size, lines };
  }
  throw new Error('unreachable');
}

/** The kicker's baseline and size; DejaVu Sans reaches about 0.76 em above its baseline and 0.24 em below. */
const kicker = { baseline: 190, size: 34 };
export const fontExtent = { ascent: 0.76, descent: 0.24 } as const;
/** The space between the kicker's lowest letters and the title's tallest, so they read as two lines. */
export const kickerGap = 24;

/** The preview of a page as SVG: the site's name in a band, the section, the title, the host. */
export function previewSvg(text: PreviewText, colours: PreviewColours): string {
  const { size, lines } = fitTitle(text.title);
  const lineHeight = Math.round(size * 1.2);
  const top = Math.ceil(kicker.baseline + kicker.size * fontExtent.descent + kickerGap + size * fontExtent.ascent);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${previewSize.width}" height="${previewSize.height}" viewBox="0 0 ${previewSize.width} ${previewSize.height}" lang="${escapeXml(text.lang)}">
<rect width="100%" height="100%" fill="${colours.canvas}"/>
<rect width="100%" height="110" fill="${colours.link}"/>
<text x="80" y="72" font-family="DejaVu Sans" font-weight="bold" font-size="40" fill="${colours.canvas}">${escapeXml(text.siteName)}</text>
<text x="80" y="${kicker.baseline}" font-family="DejaVu Sans" font-size="${kicker.size}" fill="${colours.muted}">${escapeXml(text.kicker)}</text>
${lines.map((line, index) => `<text x="80" y="${top + index * lineHeight}" font-family="DejaVu Sans" font-weight="bold" font-size="${size}" fill="${colours.ink}">${escapeXml(line)}</text>`).join('\n')}
<rect x="0" y="${previewSize.height - 16}" width="100%" height="16" fill="${colours.link}"/>
<text x="80" y="${previewSize.height - 48}" font-family="DejaVu Sans" font-size="30" fill="${colours.muted}">${escapeXml(text.host)}</text>
</svg>`;
}
