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

// One visit: search in English and in Russian, the switch between them, each language's 404 page,
// then the display settings (which it stores, so last).
test('under /csto/: search runs and its results link under it, the Russian version lives under /csto/ru/ with its own 404, the 404 page links work, and styles and preferences load and persist', async ({ page }) => {
  await page.goto('');
  await page.getByRole('banner').getByRole('searchbox', { name: 'Search this site' }).fill('Joint Staff');
  await page.keyboard.press('Enter');
  await expect(page, 'search: the address').toHaveURL(/\/csto\/search\/\?q=Joint\+Staff$/);
  // A result's title is its heading's link (a matched section of its page has a link of its own).
  const first = page.getByRole('region', { name: 'Results' }).getByRole('listitem').first().getByRole('heading').getByRole('link');
  await expect(first, 'search: the first result').toHaveText('CSTO Joint Staff');
  await first.click();
  await expect(page, 'search: the result leads under /csto/').toHaveURL(/\/csto\/bodies\/joint-staff\/$/);

  await page.getByRole('banner').getByRole('link', { name: 'Русский' }).click();
  await expect(page, 'ru: the switch').toHaveURL(/\/csto\/ru\/bodies\/joint-staff\/$/);
  await page.getByRole('banner').getByRole('searchbox', { name: 'Поиск по сайту' }).fill('Объединенный штаб');
  await page.keyboard.press('Enter');
  const found = page.getByRole('region', { name: 'Результаты' }).getByRole('listitem').first().getByRole('heading').getByRole('link');
  await expect(found, 'ru: search, the first result').toHaveText('Объединенный штаб ОДКБ');
  await expect(found, 'ru: search, the result leads under /csto/ru/').toHaveAttribute('href', /^\/csto\/ru\/bodies\/joint-staff\/(#|$)/);
  const russian404 = await page.goto('ru/no-such-page/');
  expect(russian404?.status(), 'ru: a missing page is 404').toBe(404);
  await expect(page.getByRole('heading', { level: 1 }), 'ru: its own 404 page').toHaveText('Страница не найдена');
  await page.getByRole('main').getByRole('link', { name: 'Главная' }).click();
  await expect(page, 'ru: the 404 page’s link home').toHaveURL(/\/csto\/ru\/$/);

  const english404 = await page.goto('no-such-page/');
  expect(english404?.status(), 'a missing page is 404').toBe(404);
  await page.getByRole('main').getByRole('link', { name: 'Home' }).click();
  await expect(page, 'the 404 page’s link home').toHaveURL(/\/csto\/$/);

  await page.goto('operations/kanal/');
  await expect(page.getByRole('heading', { level: 1 }), 'the styles').toHaveCSS('font-weight', '700');
  await openSettings(page);
  await page.getByRole('banner').getByRole('group', { name: 'Font size' }).getByRole('radio', { name: 'Font size 150%' }).check();
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Operations and exercises' }).click();
  await expect(page, 'the breadcrumb leads under /csto/').toHaveURL(/\/csto\/operations\/$/);
  await expect(page.locator('html'), 'the font size chosen persists').toHaveCSS('font-size', '24px');
});
