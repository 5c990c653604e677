import { expect, test } from './fixtures';
import { localSite } from '../../scripts/lib/local-site.ts';
import { showWith } from './site';

// Printing a content page chosen in White on black at 200% text, with the letter spacing widened:
// black on white, the reader's size and spacing kept, the content there and the chrome gone, the
// page's address at the top and each link's address after it.
test('a page prints in black on white at the reader’s size and spacing, without the chrome, with addresses, which the screen does not show', async ({ shared: page }) => {
  await page.goto('/bodies/secretary-general/');
  await showWith(page, { scheme: 'white-on-black', fontSize: '200', letterSpacing: 'wide' });
  await expect(page.locator('body'), 'the background on screen').toHaveCSS('background-color', 'rgb(0, 0, 0)');
  const address = page.getByRole('main').getByText(`${localSite}/bodies/secretary-general/`, { exact: true }).first();
  await expect(address, 'the page address for print, on screen').toBeHidden();
  await page.emulateMedia({ media: 'print' });

  await expect(page.locator('body'), 'the background in print').toHaveCSS('background-color', 'rgb(255, 255, 255)');
  const paragraph = page.getByRole('main').locator('.prose p').first();
  await expect(paragraph, 'the text in print').toHaveCSS('color', 'rgb(0, 0, 0)');
  await expect(page.locator('html'), 'the reader’s size in print').toHaveCSS('font-size', '32px');
  await expect(paragraph, 'the reader’s letter spacing in print').toHaveCSS('letter-spacing', `${0.12 * 32}px`);

  await expect(page.getByRole('heading', { level: 1 }), 'the heading in print').toBeVisible();
  await expect(paragraph, 'the text in print').toBeVisible();
  for (const chrome of ['banner', 'contentinfo'] as const) await expect(page.getByRole(chrome), `the ${chrome} in print`).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }), 'the breadcrumbs in print').toBeHidden();
  await expect(page.getByRole('navigation', { name: 'On this page' }), 'the list of sections in print').toBeHidden();

  // The page's own address first, then each link's after it: in full for a page of the site.
  // (The citation at the end gives the address too: the first is the one printed at the top.)
  await expect(address, 'the page address in print').toBeVisible();
  // (The address is generated content, so it is part of the link's name in print.)
  await expect(page.getByRole('main').locator('.prose').getByRole('link', { name: `Secretariat (${localSite}/bodies/secretariat/)` }), 'a link’s address in print').toBeVisible();

  // A PDF as Chromium prints it: it has pages, so nothing in the print stylesheet stops printing.
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString(), 'a PDF').toBe('%PDF-');
});
