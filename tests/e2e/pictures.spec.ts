import { expect, test } from '@playwright/test';
import { languages } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';
import { labelSets } from '../../src/components/pictures/member-map.ts';
import { catalogIn } from '../content/catalog.ts';
import { currentMembers } from '../../src/lib/content/membership.ts';
import { storePreferences } from './site';

// Which bodies the structure chart names, links and nests, the map's names and the list of
// members after it, and the timeline's lines are facts of the HTML: tests/built/pictures.test.ts.
// Here, what the browser draws.

test('the chart keeps its lines and boxes in forced colours', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/structure/');
  const box = page.getByRole('link', { name: 'Secretariat', exact: true }).first();
  await expect(box).toHaveCSS('border-top-style', 'solid');
  const line = await page.locator('.chart-branch .chart-branch > li').first().evaluate((li) => getComputedStyle(li, '::before').borderLeftStyle);
  expect(line).toBe('solid');
});

for (const lang of languages) {
  for (const [width, fontSize] of [[1280, '100'], [320, '100'], [1280, '200'], [800, '150']] as const) {
    test(`${lang}: the names on the map, as the browser draws them at ${width} px and ${fontSize}% text, stay in the frame and apart, at the size of the text`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await storePreferences(page, { fontSize });
      await page.goto(`/${localizedPath(lang, 'members/')}`);
      const map = page.getByRole('img', { name: strings(lang).t('map.title') });
      expect((await map.boundingBox())!.width).toBeGreaterThan(200);
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
      expect(boxes.labels.length).toBe(currentMembers(catalogIn(lang)).length);
      // Drawn at least as large as small text (0.875rem) in the reader's chosen size.
      for (const label of boxes.labels) expect(label.onScreen, label.name).toBeGreaterThanOrEqual(0.875 * boxes.rem);
      for (const label of boxes.labels) {
        expect(label.x, label.name).toBeGreaterThanOrEqual(0);
        expect(label.y, label.name).toBeGreaterThanOrEqual(0);
        expect(label.x + label.width, label.name).toBeLessThanOrEqual(boxes.frame.width);
        expect(label.y + label.height, label.name).toBeLessThanOrEqual(boxes.frame.height);
      }
      for (const a of boxes.labels) {
        for (const b of boxes.labels) {
          if (a === b) continue;
          const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
          expect(apart, `${a.name} and ${b.name}`).toBe(true);
        }
      }
    });
  }

  test(`${lang}: a map too narrow for names at the reader's text size shows none, and the list after it names every member`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await storePreferences(page, { fontSize: '200' });
    await page.goto(`/${localizedPath(lang, 'members/')}`);
    const shown = await page.locator('.member-map .map-label').evaluateAll((groups) => groups.filter((group) => getComputedStyle(group).display !== 'none').length);
    expect(shown).toBe(0);
    for (const member of catalogIn(lang).members) await expect(page.getByRole('main').getByRole('link', { name: member.data.title, exact: true }).last()).toBeVisible();
  });
}

// Each set of names (src/components/pictures/member-map.ts, labelSets) shows in its band of map
// widths (member-map.css), from the narrowest width of the band, where its names are smallest, at
// the size of small text (0.875rem) or larger; just below that width, the next set shows, or none.
test('each set of names on the map shows across its band of widths, at the size of small text or larger', async ({ page }) => {
  await page.goto('/members/');
  const map = page.getByRole('img', { name: strings('en').t('map.title') });
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
    expect(atNarrowest.shown, `at ${set.minWidth}rem`).toEqual([expect.stringContaining(set.className)]);
    // (Less the map's border, 1 px a side, which its drawing does not fill: 0.01rem at the most.)
    expect(atNarrowest.smallest, `the names at ${set.minWidth}rem`).toBeGreaterThanOrEqual(0.875 - 0.01);
    const below = await drawnAt(set.minWidth - 0.25);
    const next = labelSets[index + 1];
    expect(below.shown, `at ${set.minWidth - 0.25}rem`).toEqual(next ? [expect.stringContaining(next.className)] : []);
  }
});

test('the chart and the map print, lines and fills included', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/structure/');
  await expect(page.getByRole('list', { name: 'Structure chart of the bodies' })).toBeVisible();
  // In print each link's address follows it, so its name starts with its words.
  await expect(page.getByRole('list', { name: 'Structure chart of the bodies' }).getByRole('link', { name: /^Secretariat \(/ }).first()).toHaveCSS('border-top-style', 'solid');
  await page.goto('/members/');
  await expect(page.getByRole('img', { name: strings('en').t('map.title') })).toBeVisible();
  const fill = await page.locator('.map-member').first().evaluate((path) => getComputedStyle(path).fill);
  expect(fill).not.toBe('none');
});
