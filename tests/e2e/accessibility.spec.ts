import { expect, test } from '@playwright/test';
import { sidewaysScroll, storePreferences, stringsFor } from './site';

// The sweep of every page (axe, every scheme, every size, JavaScript off) is in pages.spec.ts.

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
  await storePreferences(page, { fontSize: '200' });
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/ru/structure/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: stringsFor('/ru/').t('skip.main') });
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

test.describe('a reader’s own stylesheet', () => {
  // A user stylesheet (a browser extension, a bookmarklet) is not bound by the site's CSP.
  test.use({ bypassCSP: true });
  test('the WCAG 1.4.12 text spacing overrides break nothing at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/', '/operations/kanal/', '/structure/', '/a-z/', '/ru/partners/sco-regional-anti-terrorist-structure/']) {
      await page.goto(path);
      await page.addStyleTag({
        content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
      });
      expect(await sidewaysScroll(page), path).toBeLessThanOrEqual(0);
    }
  });
});
