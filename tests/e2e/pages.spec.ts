import { expect, test } from '@playwright/test';
import { splitLanguage } from '../../src/lib/i18n.ts';
import { builtPages, stringsFor } from './site';

// Every page the build wrote, read as a visitor gets it from `astro preview`.
for (const path of builtPages()) {
  test(`${path} has one h1, a breadcrumb, a description, a canonical link and no console error`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));

    const { t } = stringsFor(path);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', splitLanguage(path).lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('banner').getByRole('navigation', { name: t('nav.label') })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText(t('footer.source'));
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path.replace(/[/-]/g, '\\$&')}$`));

    const breadcrumb = page.getByRole('navigation', { name: t('breadcrumbs.label') });
    await expect(breadcrumb).toBeVisible();
    const h1 = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    await expect(breadcrumb.getByRole('listitem').last()).toHaveText(splitLanguage(path).path === '' ? t('nav.home') : h1);
    for (const link of await breadcrumb.getByRole('link').all()) {
      const target = await link.getAttribute('href');
      expect((await page.request.get(target!)).status(), `breadcrumb link ${target}`).toBe(200);
    }
    expect(errors).toEqual([]);
  });
}

test('a breadcrumb link takes the reader up to the section', async ({ page }) => {
  await page.goto('/operations/kanal/');
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Operations and exercises' }).click();
  await expect(page).toHaveURL('/operations/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Operations and exercises');
});

test('the main navigation marks the section of the current page', async ({ page }) => {
  await page.goto('/forces/collective-air-forces/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Forces' })).toHaveAttribute('aria-current', 'true');
  await page.goto('/forces/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Forces' })).toHaveAttribute('aria-current', 'page');
});

test('an unknown address answers 404 with a way on', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('main').getByRole('link', { name: 'A to Z' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A to Z');
});

test('sitemap, robots.txt and favicon are served', async ({ request }) => {
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/^Sitemap: http.*\/sitemap-index\.xml$/m);
  const sitemap = await request.get('/sitemap-0.xml');
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(listed.sort()).toEqual(builtPages());
  // Every page names its twins: one alternate per language, both ways.
  for (const url of xml.split('<url>').slice(1)) {
    const alternates = [...url.matchAll(/<xhtml:link rel="alternate" hreflang="(\w+)" href="([^"]+)"/g)].map((m) => `${m[1]} ${new URL(m[2]!).pathname}`);
    const path = new URL(/<loc>([^<]+)<\/loc>/.exec(url)![1]!).pathname;
    const inSite = splitLanguage(path).path;
    expect(alternates.sort(), path).toEqual([`en /${inSite}`, `ru /ru/${inSite}`]);
  }
  expect((await request.get('/sitemap-index.xml')).status()).toBe(200);
  const favicon = await request.get('/favicon.svg');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toContain('svg');
});
