// The colours of the display settings' two-colour schemes, read from their one home, and what the
// browser paints in them.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { allowedValues } from '../../src/components/preferences/model.ts';

/** The stylesheet that declares each scheme's text and background colours. */
const stylesheet = 'src/components/preferences/preferences.css';

/** `#063462` as computed styles give it: `rgb(6, 52, 98)`. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

/**
 * Each two-colour scheme of the model (every scheme but the default look) with its text and
 * background colours, as `--scheme-text` and `--scheme-background` declare them in
 * src/components/preferences/preferences.css: a new scheme is swept as soon as it is declared.
 */
export const schemeColours: Record<string, readonly [text: string, background: string]> = (() => {
  const css = readFileSync(stylesheet, 'utf8');
  return Object.fromEntries(
    allowedValues.scheme.slice(1).map((scheme) => {
      const rule = new RegExp(`\\[data-scheme='${scheme}'\\]\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';
      const colour = (name: string) => /#[0-9a-f]{6}\b/i.exec(new RegExp(`--scheme-${name}:\\s*([^;]+);`).exec(rule)?.[1] ?? '')?.[0];
      const [text, background] = [colour('text'), colour('background')];
      if (!text || !background) throw new Error(`${stylesheet}: no --scheme-text and --scheme-background (#rrggbb) for [data-scheme='${scheme}']`);
      return [scheme, [rgb(text), rgb(background)] as const];
    }),
  );
})();

/** The contrast of two colours, `rgb(...)` as computed styles give them (WCAG 2 relative luminance). */
export function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = colour.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Every colour the visible page paints in each scheme, with an element that paints it: text,
 * backgrounds and borders of each element, and the fills and strokes of pictures (a pattern's by
 * what it draws); except the
 * swatches (which show other schemes on purpose) and transparent paint. Each scheme is applied as
 * the head script applies it, by its attribute on <html>; a scheme changes colours only, so what is
 * visible is found once.
 */
export function paintedColours(page: Page, schemes: readonly string[]): Promise<Record<string, Record<string, string>>> {
  return page.evaluate((schemes) => {
    const root = document.documentElement;
    const before = root.getAttribute('data-scheme');
    const visible = [...document.body.querySelectorAll('*')].flatMap((element) => {
      if (element.closest('.swatch')) return [];
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || style.display === 'none') return [];
      const where = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.getAttribute('class') ? `.${element.getAttribute('class')!.split(' ')[0]}` : ''}`;
      // A computed style is live: read again, it gives the colours of the scheme set since.
      return [{ svg: element instanceof SVGElement && !(element instanceof SVGSVGElement || element instanceof SVGGElement), group: element instanceof SVGSVGElement || element instanceof SVGGElement, style, where }];
    });
    const result: Record<string, Record<string, string>> = {};
    for (const scheme of schemes) {
      root.setAttribute('data-scheme', scheme);
      const colours = new Map<string, string>();
      const paint = (colour: string, where: string) => !/^rgba\(.*, 0\)$/.test(colour) && colours.set(colour, where);
      // A fill or stroke of a pattern (`url("#stripes")`) paints what the pattern draws.
      const paintSvg = (colour: string, where: string) => {
        const server = /^url\("(#[^"]+)"\)/.exec(colour)?.[1];
        if (server === undefined) return paint(colour, where);
        for (const part of document.querySelector(server)?.querySelectorAll('*') ?? []) {
          const own = getComputedStyle(part);
          if (own.fill !== 'none') paint(own.fill, `${where} ${server}`);
          if (own.stroke !== 'none') paint(own.stroke, `${where} ${server}`);
        }
      };
      for (const { svg, group, style, where } of visible) {
        if (group) continue;
        if (svg) {
          if (style.fill !== 'none') paintSvg(style.fill, where);
          if (style.stroke !== 'none') paintSvg(style.stroke, where);
          continue;
        }
        paint(style.color, where);
        paint(style.backgroundColor, where);
        for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
          if (style[`border${side}Style`] !== 'none' && style[`border${side}Width`] !== '0px') paint(style[`border${side}Color`], where);
        }
      }
      result[scheme] = Object.fromEntries(colours);
    }
    if (before === null) root.removeAttribute('data-scheme');
    else root.setAttribute('data-scheme', before);
    return result;
  }, schemes);
}

/**
 * What the page paints outside each two-colour scheme's two colours, `scheme: colour (element)`,
 * with every disclosure open (the display settings and their spacing, each "What the sources
 * say") so that what shows only when opened is painted too, and with pictures shown or, given
 * `pictures: 'text'`, as text. The page is left as it was.
 */
export async function coloursOutsideSchemes(page: Page, pictures: 'shown' | 'text' = 'shown'): Promise<string[]> {
  await page.evaluate((pictures) => {
    if (pictures === 'text') document.documentElement.setAttribute('data-pictures', 'text');
    const closed = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    // The header's toggles are one group (name="header"), one open at a time: the settings' last.
    closed.sort((a, b) => Number(a.closest('site-preferences') !== null) - Number(b.closest('site-preferences') !== null));
    for (const details of closed) {
      details.open = true;
      details.dataset.openedToPaint = '';
    }
  }, pictures);
  const painted = await paintedColours(page, Object.keys(schemeColours));
  await page.evaluate(() => {
    document.documentElement.removeAttribute('data-pictures');
    for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-opened-to-paint]')) {
      details.open = false;
      delete details.dataset.openedToPaint;
    }
  });
  return Object.entries(schemeColours).flatMap(([scheme, pair]) =>
    Object.entries(painted[scheme]!)
      .filter(([colour]) => !pair.includes(colour))
      .map(([colour, where]) => `${scheme}${pictures === 'text' ? ', pictures as text' : ''}: ${colour} (${where})`),
  );
}
