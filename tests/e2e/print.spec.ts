import { expect, test } from '@playwright/test';
import { localSite } from '../../scripts/lib/local-site.ts';
import { storePreferences } from './site';

// Printing a content page chosen in White on black at 200% text, with the letter spacing widened:
// black on white, the reader's size and spacing kept, the content there and the chrome gone, the
// page's address at the top and each link's address after it.
test('a page prints in black on white at the reader’s size and spacing, without the chrome, with addresses', async ({ page }) => {
  await storePreferences(page, { scheme: 'white-on-black', fontSize: '200', letterSpacing: 'wide' });
  await page.goto('/bodies/secretary-general/');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  await page.emulateMedia({ media: 'print' });

  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  const paragraph = page.getByRole('main').locator('.prose p').first();
  await expect(paragraph).toHaveCSS('color', 'rgb(0, 0, 0)');
  await expect(page.locator('html')).toHaveCSS('font-size', '32px');
  await expect(paragraph).toHaveCSS('letter-spacing', `${0.12 * 32}px`);

  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(paragraph).toBeVisible();
  for (const chrome of ['banner', 'contentinfo'] as const) await expect(page.getByRole(chrome)).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();

  // The page's own address first, then each link's after it: in full for a page of the site.
  // (The citation at the end gives the address too: the first is the one printed at the top.)
  const address = page.getByRole('main').getByText(`${localSite}/bodies/secretary-general/`, { exact: true }).first();
  await expect(address).toBeVisible();
  // (The address is generated content, so it is part of the link's name in print.)
  await expect(page.getByRole('main').locator('.prose').getByRole('link', { name: `Secretariat (${localSite}/bodies/secretariat/)` })).toBeVisible();

  // A PDF as Chromium prints it: it has pages, so nothing in the print stylesheet stops printing.
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('on screen the page address for print is not shown', async ({ page }) => {
  await page.goto('/bodies/secretary-general/');
  await expect(page.getByRole('main').getByText(`${localSite}/bodies/secretary-general/`, { exact: true }).first()).toBeHidden();
});
