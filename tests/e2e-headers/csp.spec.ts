import { expect, test } from '../e2e/fixtures';
import type { Page } from '@playwright/test';
import { languages } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';
import { openSettings, pagePaths } from '../e2e/site';

// The built site served by a real static server: nginx with the configuration `npm run
// deploy:nginx` generates, or scripts/serve.mjs where nginx cannot be had (scripts/static-host.mjs).

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => message.text().includes('Content Security Policy') && console.push(message.text()));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI}`));
  });
  return async () => {
    const found = [...console.splice(0), ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
    return found;
  };
}

// One page per worker for the sweep, watching for violations from before each page's first script.
let sweep: { page: Page; violations: () => Promise<string[]> } | undefined;
for (const path of pagePaths()) {
  test(`${path}: served with the CSP and breaks none of it`, async ({ sweepPage }) => {
    sweep ??= { page: sweepPage, violations: await watchViolations(sweepPage) };
    const { page, violations } = sweep;
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    expect(response?.headers()['cache-control']).toBe('no-cache');
    expect(await violations()).toEqual([]);
  });
}

test('the head script, the preference controls and search all run under the CSP', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/search/?q=Kanal');
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('listitem').first()).toContainText('Kanal');
  await openSettings(page);
  await page.getByRole('banner').getByRole('group', { name: 'Site colours' }).getByRole('radio', { name: 'White on black' }).check();
  await page.goto('/bodies/');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  expect(await violations()).toEqual([]);
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
