import { expect, test } from '@playwright/test';
import { openSettings, templatePaths } from '../e2e/site';

// The copy of the site built with BASE_PATH=/csto/, as GitHub Pages serves a project site, served
// by the same real static server as the other browser tests (scripts/static-host.mjs). That every
// link and asset of every page stays under /csto/ and exists is checked in the built files
// (tests/built/links.test.ts, run on this copy too); here, that the server answers for a page of
// each template in each language.
for (const path of templatePaths('dist-subpath')) {
  test(`${path}: answers under /csto/`, async ({ request }) => {
    const response = await request.get(path.slice(1));
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('/csto/_astro/');
  });
}

test('styles load and the preferences work and persist under the sub-path', async ({ page }) => {
  await page.goto('operations/kanal/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('font-weight', '700');
  await openSettings(page);
  await page.getByRole('banner').getByRole('group', { name: 'Font size' }).getByRole('radio', { name: 'Font size 150%' }).check();
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Operations and exercises' }).click();
  await expect(page).toHaveURL(/\/csto\/operations\/$/);
  await expect(page.locator('html')).toHaveCSS('font-size', '24px');
});

test('search runs under the sub-path and its results link under it', async ({ page }) => {
  await page.goto('');
  await page.getByRole('banner').getByRole('searchbox', { name: 'Search this site' }).fill('Joint Staff');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/csto\/search\/\?q=Joint\+Staff$/);
  const first = page.getByRole('region', { name: 'Results' }).getByRole('listitem').first().getByRole('link');
  await expect(first).toHaveText('CSTO Joint Staff');
  await first.click();
  await expect(page).toHaveURL(/\/csto\/bodies\/joint-staff\/$/);
});

test('a missing page gets the 404 page with working links', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await page.getByRole('main').getByRole('link', { name: 'Home' }).click();
  await expect(page).toHaveURL(/\/csto\/$/);
});

test('the Russian version lives under /csto/ru/: switch, search and its own 404', async ({ page }) => {
  await page.goto('bodies/joint-staff/');
  await page.getByRole('banner').getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/csto\/ru\/bodies\/joint-staff\/$/);
  await page.getByRole('banner').getByRole('searchbox', { name: 'Поиск по сайту' }).fill('Объединенный штаб');
  await page.keyboard.press('Enter');
  const first = page.getByRole('region', { name: 'Результаты' }).getByRole('listitem').first().getByRole('link');
  await expect(first).toHaveText('Объединенный штаб ОДКБ');
  await expect(first).toHaveAttribute('href', /^\/csto\/ru\/bodies\/joint-staff\/(#|$)/);
  const response = await page.goto('ru/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
  await page.getByRole('main').getByRole('link', { name: 'Главная' }).click();
  await expect(page).toHaveURL(/\/csto\/ru\/$/);
});
