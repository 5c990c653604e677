import { expect, test } from './fixtures';
import { languages } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';
import { openSettings } from './site';

// The built site as a real static host serves it (scripts/static-host.mjs: nginx with the
// configuration scripts/lib/nginx.ts generates, the same as deploy/nginx.conf, or
// scripts/serve.mjs where nginx cannot be had): what a page gets besides its HTML. The sweep
// (pages.spec.ts) checks every page's CSP header and violations; these, what it does not.

test('the head script, the preference controls and search all run under the CSP', async ({ watched }) => {
  const { page } = watched;
  await page.goto('/search/?q=Kanal');
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('listitem').first()).toContainText('Kanal');
  await openSettings(page);
  await page.getByRole('banner').getByRole('group', { name: 'Site colours' }).getByRole('radio', { name: 'White on black' }).check();
  await page.goto('/bodies/');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  expect(await watched.problems()).toEqual([]);
});

test('security headers are sent with every kind of file', async ({ request }) => {
  for (const path of ['/', '/pagefind/pagefind.js', '/favicon.svg', '/no-such-page/']) {
    const headers = (await request.get(path)).headers();
    for (const name of ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'strict-transport-security', 'cross-origin-opener-policy']) {
      expect(headers[name], `${name} on ${path}`).toBeTruthy();
    }
  }
});

for (const lang of languages) {
  test(`${lang}: a missing page answers 404 in the language of its address, with a way on`, async ({ page }) => {
    const { t } = strings(lang);
    const response = await page.goto(`/${localizedPath(lang, 'no-such-page/')}`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('notFound.title'));
    await page.getByRole('main').getByRole('link', { name: t('section.az') }).click();
    await expect(page).toHaveURL(`/${localizedPath(lang, 'a-z/')}`);
  });
}

test('text is sent compressed, and hashed assets are cached for a year', async ({ page, request }) => {
  const assets: string[] = [];
  page.on('response', (response) => /\/_astro\//.test(response.url()) && assets.push(new URL(response.url()).pathname));
  await page.goto('/bodies/');
  expect(assets.length).toBeGreaterThan(0);
  for (const path of ['/bodies/', ...assets]) {
    const headers = (await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } })).headers();
    expect(headers['content-encoding'], path).toBe('gzip');
  }
  for (const path of assets) expect((await request.get(path)).headers()['cache-control'], path).toBe('public, max-age=31536000, immutable');
  expect((await request.get('/pagefind/pagefind.js')).headers()['cache-control']).toBe('no-cache');
});
