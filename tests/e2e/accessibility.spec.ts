import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, stringsFor } from './site';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// Swept, not sampled: every page of the build, no rule switched off.
for (const path of builtPages()) {
  test(`axe finds no WCAG 2.2 A/AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the skip link is the first thing Tab reaches and moves focus to the main content', async ({ page }) => {
  await page.goto('/bodies/joint-staff/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').getByRole('link').first()).toBeFocused();
});

test('the skip link and its focus ring stay on screen at 320 px with 200% text', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('csto-preferences', '{"fontSize":"200"}'));
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/ru/structure/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Перейти к основному содержанию' });
  await expect(skip).toBeFocused();
  const ring = await skip.evaluate((link) => {
    const box = link.getBoundingClientRect();
    const style = getComputedStyle(link);
    const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    return { left: box.left - reach, right: box.right + reach, screen: document.documentElement.clientWidth };
  });
  expect(ring.left).toBeGreaterThanOrEqual(0);
  expect(ring.right).toBeLessThanOrEqual(ring.screen);
});

test('every page reads with JavaScript off', async ({ browser }) => {
  test.setTimeout(180_000); // one visit to every page of the build
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of builtPages()) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    expect((await page.getByRole('main').innerText()).length, path).toBeGreaterThan(60);
    const { t } = stringsFor(path);
    await expect(page.getByRole('navigation', { name: t('nav.label') }).getByRole('link', { name: t('section.bodies') }), path).toBeVisible();
  }
  await context.close();
});

test('nothing scrolls sideways at 320 CSS px', async ({ browser }) => {
  test.setTimeout(180_000); // one visit to every page of the build
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  for (const path of builtPages()) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.close();
});
