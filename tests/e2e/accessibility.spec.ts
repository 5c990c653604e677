import { expect, test } from './fixtures';
import { showWith, sidewaysScroll, stringsFor } from './site';

// The sweep of every page (axe, every scheme, every size, JavaScript off) is in pages.spec.ts.

test('the skip link is the first thing Tab reaches and moves focus to the main content; at 320 px with 200% text it and its focus ring stay on screen', async ({ shared: page }) => {
  await page.goto('/bodies/joint-staff/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip, 'the skip link, focused by the first Tab').toBeFocused();
  await expect(skip, 'the skip link, shown when focused').toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main'), 'the main content, focused by the skip link').toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').getByRole('link').first(), 'the first link of the main content, next').toBeFocused();

  // A phone with 200% text, in Russian, whose words are longer: the text size set as the head
  // script sets a stored one (./site.ts, showWith).
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/ru/structure/');
  await showWith(page, { fontSize: '200' });
  await page.keyboard.press('Tab');
  const russianSkip = page.getByRole('link', { name: stringsFor('/ru/').t('skip.main') });
  await expect(russianSkip, 'the skip link at 320 px and 200%, focused by the first Tab').toBeFocused();
  const ring = await russianSkip.evaluate((link) => {
    const box = link.getBoundingClientRect();
    const style = getComputedStyle(link);
    const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    return { left: box.left - reach, right: box.right + reach, screen: document.documentElement.clientWidth, rem: parseFloat(getComputedStyle(document.documentElement).fontSize) };
  });
  expect(ring.rem, 'the root size').toBe(32);
  expect(ring.left, 'the left of the focus ring').toBeGreaterThanOrEqual(0);
  expect(ring.right, 'the right of the focus ring').toBeLessThanOrEqual(ring.screen);
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
