import { test as base, type Page } from '@playwright/test';

/**
 * For the sweeps that visit every page: one page per worker, reused from test to test, instead of
 * a new browser context per test (which costs more than many a check). Each test starts it at the
 * default size; the sweeps store nothing, so nothing carries over but the browser's cache.
 */
export const test = base.extend<object, { sweepPage: Page; scriptlessPage: Page }>({
  sweepPage: [
    async ({ browser }, use) => {
      const context = await browser.newContext();
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  scriptlessPage: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
