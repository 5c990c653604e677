import { describe, expect, it } from 'vitest';
import { fontExtent, previewPath, previewSvg, wrapTitle } from '../../src/lib/preview.ts';

const colours = { canvas: '#fff', ink: '#111', muted: '#555', link: '#036' };
const text = (title: string) => ({ title, siteName: 'CSTO guide', kicker: 'Bodies', host: 'csto.example.org', lang: 'en' });
/** Each line of text the picture shows: where it stands, how large, and what it says. */
const lines = (svg: string) => [...svg.matchAll(/<text x="80" y="(\d+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)].map(([, y, size, words]) => [Number(y), Number(size), words]);

describe('previewPath', () => {
  it('strips every slash at either end of the path', () => {
    expect(previewPath('//ru/bodies//')).toBe('previews/ru/bodies.png');
  });
});

describe('wrapTitle', () => {
  it('keeps a title of exactly as many lines as allowed whole, and gives no line for no words', () => {
    expect(wrapTitle('one two three', 5, 3)).toEqual(['one', 'two', 'three']);
    expect(wrapTitle('Joint Staff ', 20, 3)).toEqual(['Joint Staff']);
    expect(wrapTitle('', 20, 3)).toEqual([]);
  });
  it('drops the punctuation and spaces that end the last line it keeps, and only those, before the ellipsis', () => {
    expect(wrapTitle('U.N. office, – and more words here', 14, 1)).toEqual(['U.N. office…']);
  });
});

describe('previewSvg', () => {
  it('writes a short title at the largest size, one line under the other, between the band and the foot', () => {
    expect(lines(previewSvg(text('Coordinating Council of Heads of Competent Authorities'), colours))).toEqual([
      [72, 40, 'CSTO guide'],
      [190, 34, 'Bodies'],
      [277, 72, 'Coordinating Council of'],
      [363, 72, 'Heads of Competent'],
      [449, 72, 'Authorities'],
      [582, 30, 'csto.example.org'],
    ]);
    expect(previewSvg(text('Council'), colours)).toContain('<rect x="0" y="614" width="100%" height="16" fill="#036"/>');
  });

  it('writes a longer title smaller, in up to five lines, rather than cut it', () => {
    expect(lines(previewSvg(text('Interstate Commission for Military and Economic Cooperation of the Collective Security Treaty Organization'), colours)).slice(2, -1)).toEqual([
      [265, 56, 'Interstate Commission for'],
      [332, 56, 'Military and Economic'],
      [399, 56, 'Cooperation of the Collective'],
      [466, 56, 'Security Treaty Organization'],
    ]);
  });

  it('cuts a title too long for five lines at the smallest size', () => {
    const title = 'The Coordinating Council of the Heads of the Competent Authorities of the Member States of the Collective Security Treaty Organization on Countering Illegal Migration and on the Fight against Trafficking in Persons';
    const shown = lines(previewSvg(text(title), colours)).slice(2, -1);
    expect(shown.map(([, size]) => size)).toEqual([48, 48, 48, 48, 48]);
    expect(shown.at(-1)![2]).toMatch(/…$/);
  });
});

describe('the space between the kicker and the title (review B13: about 4 px once)', () => {
  const titles = ['Council', 'Interstate Commission for Military and Economic Cooperation of the Collective Security Treaty Organization', 'The Coordinating Council of the Heads of the Competent Authorities of the Member States of the Collective Security Treaty Organization on Countering Illegal Migration and on the Fight against Trafficking in Persons'];
  it.each(titles)('is at least 16 px, and the title ends above the host: %s', (title) => {
    const shown = lines(previewSvg(text(title), colours)) as [number, number, string][];
    const [[kickerY, kickerSize], [titleY, titleSize]] = [shown[1]!, shown[2]!];
    expect(titleY - titleSize * fontExtent.ascent - (kickerY + kickerSize * fontExtent.descent)).toBeGreaterThanOrEqual(16);
    const [[lastY, lastSize], [hostY, hostSize]] = [shown.at(-2)!, shown.at(-1)!];
    expect(lastY + lastSize * fontExtent.descent).toBeLessThan(hostY - hostSize * fontExtent.ascent);
  });
});
