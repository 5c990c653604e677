import { expect, test } from '@playwright/test';
import { developmentsOf } from '../../src/lib/content/dating.ts';
import { bodyLinks } from '../../src/lib/content/relations.ts';
import { languages } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';
import { catalogIn, urlOf } from './content';
import { readable, storePreferences } from './site';

for (const lang of languages) {
  for (const path of [`/${localizedPath(lang, 'structure/')}`, `/${localizedPath(lang)}`]) {
    test(`the structure chart on ${path} names and links every body, nested as the content relates them`, async ({ page }) => {
      const catalog = catalogIn(lang);
      await page.goto(path);
      const chart = page.getByRole('list', { name: strings(lang).t('structure.chart') });
      await expect(chart.getByRole('link')).toHaveCount(catalog.bodies.length);
      for (const body of catalog.bodies) {
        await expect(chart.getByRole('link', { name: body.data.title as string, exact: true })).toHaveAttribute('href', urlOf(lang, body));
      }
      // Each body that hangs from another is in a list inside that body's item.
      for (const link of bodyLinks(catalog.bodies)) {
        const parent = chart.getByRole('listitem').filter({ has: page.getByRole('link', { name: link.parent.data.title as string, exact: true }) }).last();
        await expect(parent.getByRole('list').getByRole('link', { name: link.child.data.title as string, exact: true })).toBeVisible();
      }
    });
  }
}

test('the chart keeps its lines and boxes in forced colours', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/structure/');
  const box = page.getByRole('link', { name: 'Secretariat', exact: true }).first();
  await expect(box).toHaveCSS('border-top-style', 'solid');
  const line = await page.locator('.chart-branch .chart-branch > li').first().evaluate((li) => getComputedStyle(li, '::before').borderLeftStyle);
  expect(line).toBe('solid');
});

for (const lang of languages) {
  for (const path of [`/${localizedPath(lang, 'members/')}`]) {
    test(`the member-state map on ${path} is an image with a name, followed by the linked list of members`, async ({ page }) => {
      const { t } = strings(lang);
      const members = catalogIn(lang).members;
      await page.goto(path);
      const map = page.getByRole('img', { name: t('map.title') });
      await expect(map).toBeVisible();
      expect((await map.boundingBox())!.width).toBeGreaterThan(200);
      // The text alternative: every member state as a link, after the map.
      for (const member of members) await expect(page.getByRole('main').getByRole('link', { name: member.data.title, exact: true }).last()).toHaveAttribute('href', urlOf(lang, member));
    });
  }

  for (const [width, fontSize] of [[1280, '100'], [320, '100'], [1280, '200'], [800, '150']] as const) {
    test(`${lang}: the names on the map, as the browser draws them at ${width} px and ${fontSize}% text, stay in the frame and apart, at the size of the text`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await storePreferences(page, { fontSize });
      await page.goto(`/${localizedPath(lang, 'members/')}`);
      const boxes = await page.locator('.member-map svg').evaluate((svg) => {
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
      expect(boxes.labels.length).toBe(catalogIn(lang).members.length);
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

  test(`${lang}: the timeline on the About page lists the dates of the Organization as a whole, in order, each with its source`, async ({ page }) => {
    const { t } = strings(lang);
    const catalog = catalogIn(lang);
    await page.goto(`/${localizedPath(lang, 'about/')}`);
    const timeline = page.getByRole('region', { name: t('timeline.title') }).getByRole('list');
    const items = timeline.getByRole('listitem');
    await expect(items).toHaveCount(developmentsOf(catalog, catalog.about[0]!).length + catalog.bodies.filter((body) => body.data.since !== undefined).length);
    // The date of each line, not those of its sources' words.
    const datetimes = await timeline.locator(':scope > li > time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
    expect(datetimes).toEqual([...datetimes].sort());
    expect(datetimes).toEqual(expect.arrayContaining(developmentsOf(catalog, catalog.about[0]!).map((development) => development.data.date)));
    // A development shows what its sources say; a body's year names the source of the site.
    const label = new RegExp([...Object.values(strings(lang).pluralForms('timeline.source')), ...Object.values(strings(lang).pluralForms('evidence.summary'))].join('|'));
    for (const text of await items.allTextContents()) expect(readable(text)).toMatch(label);
  });
}

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
