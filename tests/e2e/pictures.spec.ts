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
  test(`${lang}: the map writes each member state's name inside it, or its number with its anchor inside it, at every size, a phone at 200% text included: in the frame, apart, at the size of the text; each set of names shows across its band of map widths`, async ({ shared: page }) => {
    await page.goto(`/${localizedPath(lang, 'members/')}`);
    const map = page.getByRole('img', { name: strings(lang).t('map.title') });
    // Today's member states: the map names or numbers them, and the key under it says which is which.
    const members = currentMembers(catalogIn(lang));
    for (const [width, fontSize] of [[1280, '100'], [390, '100'], [320, '100'], [1280, '200'], [800, '150'], [390, '200'], [320, '200']] as const) {
      await page.setViewportSize({ width, height: 800 });
      await showWith(page, { fontSize });
      const at = `at ${width} px and ${fontSize}% text`;
      const drawn = await map.evaluate((svg) => {
        const frame = (svg as SVGSVGElement).viewBox.baseVal;
        const sets = [...svg.querySelectorAll<SVGGElement>('.map-labels')].filter((group) => getComputedStyle(group).display !== 'none');
        const outline = (code: string) => svg.querySelector<SVGPathElement>(`path[data-member="${code}"]`)!;
        const within = (code: string, x: number, y: number) => outline(code).isPointInFill(new DOMPoint(x, y));
        return {
          sets: sets.length,
          frame: { width: frame.width, height: frame.height },
          rem: parseFloat(getComputedStyle(document.documentElement).fontSize),
          written: sets.flatMap((set) =>
            [...set.querySelectorAll<SVGGraphicsElement>('[data-member]')].map((element) => {
              const code = element.dataset.member!;
              const text = element.tagName === 'text' ? (element as SVGTextElement) : element.querySelector('text')!;
              const box = element.getBBox();
              // A number's anchor: where its line starts, or its disc's centre when it has none.
              const line = element.querySelector('line');
              const circle = element.querySelector('circle');
              const [ax, ay] = line ? [line.x1.baseVal.value, line.y1.baseVal.value] : circle ? [circle.cx.baseVal.value, circle.cy.baseVal.value] : [NaN, NaN];
              const disc = element.tagName === 'g' ? [...element.querySelectorAll('circle')].at(-1)!.getBBox() : box;
              return {
                code,
                words: text.textContent!,
                kind: element.tagName === 'text' ? 'name' : 'number',
                // A name: every corner of its box inside its state. A number: its anchor inside its state.
                home: element.tagName === 'text' ? [[box.x, box.y], [box.x + box.width, box.y], [box.x, box.y + box.height], [box.x + box.width, box.y + box.height]].every(([x, y]) => within(code, x!, y!)) : within(code, ax!, ay!),
                box: { x: disc.x, y: disc.y, width: disc.width, height: disc.height },
                onScreen: text.getBoundingClientRect().height,
              };
            }),
          ),
        };
      });
      expect(drawn.sets, `the sets of names shown ${at}`).toBe(1);
      expect(drawn.written.map((each) => each.code).sort(), `each member written once ${at}`).toEqual(members.map((member) => member.data.isoCode).sort());
      for (const each of drawn.written) {
        const member = members.find((one) => one.data.isoCode === each.code)!;
        const what = `${member.data.title} (${each.kind} "${each.words}") ${at}`;
        expect(each.words, what).toBe(each.kind === 'name' ? member.data.title : String(members.indexOf(member) + 1));
        expect(each.home, `${what}: inside its own state`).toBe(true);
        // Drawn at least as large as small text (0.875rem) in the reader's chosen size.
        expect(each.onScreen, `${what}: its size`).toBeGreaterThanOrEqual(0.875 * drawn.rem);
        expect(each.box.x, `${what}: in the frame`).toBeGreaterThanOrEqual(0);
        expect(each.box.y, `${what}: in the frame`).toBeGreaterThanOrEqual(0);
        expect(each.box.x + each.box.width, `${what}: in the frame`).toBeLessThanOrEqual(drawn.frame.width);
        expect(each.box.y + each.box.height, `${what}: in the frame`).toBeLessThanOrEqual(drawn.frame.height);
      }
      for (const a of drawn.written) {
        for (const b of drawn.written) {
          if (a === b) continue;
          const apart = a.box.x + a.box.width <= b.box.x || b.box.x + b.box.width <= a.box.x || a.box.y + a.box.height <= b.box.y || b.box.y + b.box.height <= a.box.y;
          expect(apart, `${a.words} and ${b.words} apart ${at}`).toBe(true);
        }
      }
    }
    // The key under the map, each number with its state's name.
    const key = page.getByRole('list', { name: strings(lang).t('map.key') });
    for (const [index, member] of members.entries()) await expect(key.getByRole('listitem').nth(index), `${member.data.title} in the key`).toHaveText(`${index + 1} ${member.data.title}`);

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
        const shown = [...svg.querySelectorAll<SVGGElement>('.map-labels')].filter((group) => getComputedStyle(group).display !== 'none');
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
