import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../e2e/site';

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => message.text().includes('Content Security Policy') && console.push(message.text()));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI}`));
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
}

test('every page is served with the CSP and breaks none of it', async ({ page }) => {
  test.setTimeout(180_000); // one visit to every page of the build
  const violations = await watchViolations(page);
  for (const path of builtPages()) {
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy'], path).toContain("default-src 'self'");
    expect(await violations(), path).toEqual([]);
  }
});

test('the head script, the preference controls and search all run under the CSP', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/search/?q=Kanal');
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('listitem').first()).toContainText('Kanal');
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

test('a missing page answers 404 in the language of its address', async ({ page }) => {
  const english = await page.goto('/no-such-page/');
  expect(english?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  const russian = await page.goto('/ru/no-such-page/');
  expect(russian?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
  await page.getByRole('main').getByRole('link', { name: 'От А до Я' }).click();
  await expect(page).toHaveURL('/ru/a-z/');
});
