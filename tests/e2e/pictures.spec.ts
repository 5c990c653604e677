import { expect, test } from './fixtures';
import { languages } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';
import { labelSets } from '../../src/components/pictures/member-map.ts';
import { catalogIn } from '../content/catalog.ts';
import { currentMembers } from '../../src/lib/content/membership.ts';
import { showWith } from './site';

// Which bodies the structure chart names, links and nests, the map's names and the list of
// members after it, and the timeline's lines are facts of the HTML: tests/built/pictures.test.ts.
// Here, what the browser draws.

for (const lang of languages) {
  // One load of the map page, laid out at each size in turn: the viewport resized, the text size
  // set as the head script sets a stored one (./site.ts, showWith).
  test(`${lang}: the names on the map, as the browser draws them at each size, stay in the frame and apart, at the size of the text; a map too narrow for them shows none, and the list after it names every member; each set of names shows across its band of map widths`, async ({ shared: page }) => {
    await page.goto(`/${localizedPath(lang, 'members/')}`);
    const map = page.getByRole('img', { name: strings(lang).t('map.title') });
    // Today's member states: the map names them, and the list after it.
    const members = currentMembers(catalogIn(lang));
    for (const [width, fontSize] of [[1280, '100'], [320, '100'], [1280, '200'], [800, '150']] as const) {
      await page.setViewportSize({ width, height: 800 });
      await showWith(page, { fontSize });
      const at = `at ${width} px and ${fontSize}% text`;
      expect((await map.boundingBox())!.width, `the map's width ${at}`).toBeGreaterThan(200);
      const boxes = await map.evaluate((svg) => {
        const frame = (svg as SVGSVGElement).viewBox.baseVal;
        const shown = [...svg.querySelectorAll<SVGGElement>('.map-label')].find((group) => getComputedStyle(group).display !== 'none')!;
        return {
          frame: { width: frame.width, height: frame.height },
          rem: parseFloat(getComputedStyle(document.documentElement).fontSize),
          labels: [...shown.querySelectorAll<SVGTextElement>('text')].map((text) => {
            const box = text.getBBox();
            return { name: text.textContent!, x: box.x, y: box.y, width: box.width, height: box.height, onScreen: text.getBoundingClientRect().height };
          }),
        };
      });
      expect(boxes.labels.length, `the names ${at}`).toBe(members.length);
      // Drawn at least as large as small text (0.875rem) in the reader's chosen size.
      for (const label of boxes.labels) expect(label.onScreen, `the size of ${label.name} ${at}`).toBeGreaterThanOrEqual(0.875 * boxes.rem);
      for (const label of boxes.labels) {
        const where = `${label.name} in the frame ${at}`;
        expect(label.x, where).toBeGreaterThanOrEqual(0);
        expect(label.y, where).toBeGreaterThanOrEqual(0);
        expect(label.x + label.width, where).toBeLessThanOrEqual(boxes.frame.width);
        expect(label.y + label.height, where).toBeLessThanOrEqual(boxes.frame.height);
      }
      for (const a of boxes.labels) {
        for (const b of boxes.labels) {
          if (a === b) continue;
          const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
          expect(apart, `${a.name} and ${b.name} apart ${at}`).toBe(true);
        }
      }
    }

    await page.setViewportSize({ width: 320, height: 640 });
    await showWith(page, { fontSize: '200' });
    const shown = await page.locator('.member-map .map-label').evaluateAll((groups) => groups.filter((group) => getComputedStyle(group).display !== 'none').length);
    expect(shown, 'the sets of names shown at 320 px and 200% text').toBe(0);
    for (const member of members) await expect(page.getByRole('main').getByRole('link', { name: member.data.title, exact: true }).last(), `${member.data.title} in the list after the map`).toBeVisible();

    // Each set of names (src/components/pictures/member-map.ts, labelSets) shows in its band of map
    // widths (member-map.css), from the narrowest width of the band, where its names are smallest,
    // at the size of small text (0.875rem) or larger; just below that width, the next set shows, or none.
    await page.setViewportSize({ width: 1280, height: 800 });
    await showWith(page, { fontSize: '100' });
    const drawnAt = (rem: number) =>
      map.evaluate((svg, width) => {
        const figure = svg.closest('figure')!;
        figure.style.maxWidth = 'none';
        figure.style.width = `${width}rem`;
        const shown = [...svg.querySelectorAll<SVGGElement>('.map-label')].filter((group) => getComputedStyle(group).display !== 'none');
        // The names' size on screen, in rem: their size in the frame's units, scaled as the map is drawn.
        const scale = svg.clientWidth / (svg as SVGSVGElement).viewBox.baseVal.width;
        const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
        return { shown: shown.map((group) => group.classList.value), smallest: Math.min(...shown.map((group) => (parseFloat(getComputedStyle(group).fontSize) * scale) / rem)) };
      }, rem);
    for (const [index, set] of labelSets.entries()) {
      const atNarrowest = await drawnAt(set.minWidth);
      expect(atNarrowest.shown, `the set shown on a map ${set.minWidth}rem wide`).toEqual([expect.stringContaining(set.className)]);
      // (Less the map's border, 1 px a side, which its drawing does not fill: 0.01rem at the most.)
      expect(atNarrowest.smallest, `the names on a map ${set.minWidth}rem wide`).toBeGreaterThanOrEqual(0.875 - 0.01);
      const below = await drawnAt(set.minWidth - 0.25);
      const next = labelSets[index + 1];
      expect(below.shown, `the set shown on a map ${set.minWidth - 0.25}rem wide`).toEqual(next ? [expect.stringContaining(next.className)] : []);
    }
  });
}

test('the chart keeps its lines and boxes in forced colours; the chart and the map print, lines and fills included', async ({ shared: page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/structure/');
  const box = page.getByRole('link', { name: 'Secretariat', exact: true }).first();
  await expect(box, 'a box in forced colours').toHaveCSS('border-top-style', 'solid');
  const line = () => page.locator('.chart-branch .chart-branch > li').first().evaluate((li) => getComputedStyle(li, '::before').borderLeftStyle);
  expect(await line(), 'a line in forced colours').toBe('solid');

  await page.emulateMedia({ forcedColors: 'none', media: 'print' });
  const chart = page.getByRole('list', { name: 'Structure chart of the bodies' });
  await expect(chart, 'the chart in print').toBeVisible();
  // In print each link's address follows it, so its name starts with its words.
  await expect(chart.getByRole('link', { name: /^Secretariat \(/ }).first(), 'a box in print').toHaveCSS('border-top-style', 'solid');
  expect(await line(), 'a line in print').toBe('solid');
  await page.goto('/members/');
  await expect(page.getByRole('img', { name: strings('en').t('map.title') }), 'the map in print').toBeVisible();
  const fill = await page.locator('.map-member').first().evaluate((path) => getComputedStyle(path).fill);
  expect(fill, 'the fill of a member state in print').not.toBe('none');
});
