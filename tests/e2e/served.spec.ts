import { expect, test } from './fixtures';
import { languages } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';
import { openSettings } from './site';

// The built site as a real static host serves it (scripts/static-host.mjs: nginx with the
// configuration scripts/lib/nginx.ts generates, the same as deploy/nginx.conf, or
// scripts/serve.mjs where nginx cannot be had): what a page gets besides its HTML. The sweep
// (pages.spec.ts) checks every page's CSP header and violations; these, what it does not.

test('the head script, the preference controls and search all run under the CSP; text is sent compressed, and hashed assets are cached for a year', async ({ watched, request }) => {
  const { page } = watched;
  const assets = new Set<string>();
  page.on('response', (response) => /\/_astro\//.test(response.url()) && assets.add(new URL(response.url()).pathname));
  await page.goto('/search/?q=Kanal');
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('listitem').first(), 'a result').toContainText('Kanal');
  await openSettings(page);
  await page.getByRole('banner').getByRole('group', { name: 'Site colours' }).getByRole('radio', { name: 'White on black' }).check();
  await page.goto('/bodies/');
  await expect(page.locator('body'), 'the stored scheme, applied by the head script').toHaveCSS('background-color', 'rgb(0, 0, 0)');
  expect(await watched.problems(), 'console errors, uncaught errors and CSP violations').toEqual([]);

  expect(assets.size, 'hashed assets the pages loaded').toBeGreaterThan(0);
  for (const path of ['/bodies/', ...assets]) {
    const headers = (await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } })).headers();
    expect(headers['content-encoding'], `the encoding of ${path}`).toBe('gzip');
  }
  for (const path of assets) expect((await request.get(path)).headers()['cache-control'], `the caching of ${path}`).toBe('public, max-age=31536000, immutable');
  expect((await request.get('/pagefind/pagefind.js')).headers()['cache-control'], 'the caching of /pagefind/pagefind.js').toBe('no-cache');
});

test('security headers are sent with every kind of file', async ({ request }) => {
  for (const path of ['/', '/pagefind/pagefind.js', '/favicon.svg', '/no-such-page/']) {
    const headers = (await request.get(path)).headers();
    for (const name of ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'strict-transport-security', 'cross-origin-opener-policy']) {
      expect(headers[name], `${name} on ${path}`).toBeTruthy();
    }
  }
});

test('a missing page answers 404 in the language of its address, with a way on', async ({ shared: page }) => {
  for (const lang of languages) {
    const { t } = strings(lang);
    const path = `/${localizedPath(lang, 'no-such-page/')}`;
    const response = await page.goto(path);
    expect(response?.status(), `${path}: the status`).toBe(404);
    await expect(page.locator('html'), `${path}: the language`).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 }), `${path}: the heading`).toHaveText(t('notFound.title'));
    // Served at any address, the page's links lead where they should from there (the A to Z index is served as every page is: pages.spec.ts).
    const link = page.getByRole('main').getByRole('link', { name: t('section.az') });
    await expect(link, `${path}: the way on`).toBeVisible();
    await expect(link, `${path}: where the way on leads`).toHaveJSProperty('href', new URL(`/${localizedPath(lang, 'a-z/')}`, page.url()).href);
  }
});
