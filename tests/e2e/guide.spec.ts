import { expect, test } from './fixtures';
import { languages } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';
import { showWith, sidewaysScroll } from './site';

// Issue 26 §4, the guide part, where it needs a renderer: the navigation on one line at 1280 px,
// home's cards at 320 px with 200% text, the dating note at body size, the citation's address
// wrapping inside the column, and the home link's name. What the HTML says by itself is checked in
// tests/built/guide.test.ts.

/** Screens of 640 px that home's cards may take at 320 px with 200% text (13 at 1135ad0: 8,434 px in English). */
const cardScreens = 3.5;

for (const lang of languages) {
  const { t } = strings(lang);
  const path = `/${localizedPath(lang)}`;

  test(`${lang}: the navigation and the footer each fit one line at 1280 px, and the home link is named in two phrases`, async ({ shared: page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/${localizedPath(lang, 'bodies/')}`);
    for (const [name, links] of [
      ['navigation', page.getByRole('navigation', { name: t('nav.label') }).getByRole('link')],
      ['footer', page.getByRole('contentinfo').getByRole('link')],
    ] as const) {
      const tops = await links.evaluateAll((all) => all.map((link) => Math.round(link.getBoundingClientRect().bottom)));
      expect(tops.length).toBeGreaterThan(5);
      expect(new Set(tops).size, `the foot of the ${name}'s links: ${tops.join(', ')}`).toBe(1);
    }
    await expect(page.getByRole('banner').getByRole('link', { name: `${t('site.name')}, ${t('site.subtitle')}`, exact: true })).toBeVisible();
  });

  test(`${lang}: home’s cards take at most ${cardScreens} screens at 320 px with 200% text`, async ({ shared: page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    await showWith(page, { fontSize: '200' });
    const cards = page.getByRole('region', { name: t('home.sections') });
    const height = (await cards.boundingBox())!.height;
    expect(height / 640, `${Math.round(height)} px`).toBeLessThanOrEqual(cardScreens);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
  });

  test(`${lang}: the dating note is set at the body’s size, and the citation’s address wraps inside the column at 320 px with 200% text`, async ({ shared: page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/${localizedPath(lang, 'operations/kanal/')}`);
    const main = page.getByRole('main');
    const note = main.locator('[data-dating-note]');
    const sizes = await note.evaluate((element) => {
      const body = [...document.querySelectorAll('main .prose p')][0]!;
      return [getComputedStyle(element).fontSize, getComputedStyle(body).fontSize];
    });
    expect(sizes[0], 'the note’s size, and the body’s').toBe(sizes[1]);
    await expect(note.getByRole('link')).toHaveText(t('dating.note.link'));

    await page.setViewportSize({ width: 320, height: 640 });
    await showWith(page, { fontSize: '200' });
    const addresses = page.getByRole('region', { name: t('cite.heading') }).locator('.citation-url');
    expect(await addresses.count()).toBeGreaterThanOrEqual(2);
    for (const address of await addresses.all()) {
      const fit = await address.evaluate((element) => {
        const citation = element.closest('p')!.getBoundingClientRect();
        const lines = [...element.getClientRects()];
        return { lines: lines.length, right: Math.max(...lines.map((line) => line.right)) - citation.right, left: Math.min(...lines.map((line) => line.left)) - citation.left };
      });
      expect(fit.lines, 'the address wraps').toBeGreaterThan(1);
      expect(fit.right, 'the address stays inside the column').toBeLessThanOrEqual(0.5);
      expect(fit.left, 'the address stays inside the column').toBeGreaterThanOrEqual(-0.5);
    }
  });
}
