import { test as base, type Page } from '@playwright/test';
import { axeScript } from './site';

/** A page that records what goes wrong on it: errors in its console and scripts, and breaches of its Content Security Policy. */
export interface WatchedPage {
  page: Page;
  /** What went wrong since the last call, each as a line of text; the record starts afresh. */
  problems(): Promise<string[]>;
}

/** Watches a page from before the first script of each document it loads: console errors, uncaught errors, and every CSP violation it reports (`securitypolicyviolation`). */
async function watch(page: Page): Promise<WatchedPage> {
  const seen: string[] = [];
  page.on('console', (message) => message.type() === 'error' && seen.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => seen.push(`uncaught: ${error.message}`));
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI}`));
  });
  const problems = async () => {
    const violations = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations?.splice(0) ?? []);
    return [...seen.splice(0), ...violations.map((violation) => `CSP violation: ${violation}`)];
  };
  return { page, problems };
}

/**
 * `watched`: the test's own page, watched. For the sweeps that visit every page: one page per
 * worker, reused from test to test, instead of a new browser context per test (which costs more
 * than many a check); the sweeps store nothing, so nothing carries over but the browser's cache.
 * `sweep` is that page, watched, with axe loaded in every document (./site.ts, loadedAxeViolations).
 */
export const test = base.extend<{ watched: WatchedPage; shared: Page }, { sweepPage: Page; sweep: WatchedPage; sharedPage: Page }>({
  watched: async ({ page }, use) => use(await watch(page)),
  /**
   * `shared`: for tests that load pages one after another, one page per worker, reused as the
   * sweeps reuse theirs, with axe loaded in every document (./site.ts, loadedAxeViolations). After
   * each test, what a test may change is undone: its stored display preferences (localStorage), the
   * viewport and the emulated media. A test that adds init scripts, listeners or permissions, or
   * changes the browser's own settings, takes a page of its own.
   */
  shared: async ({ sharedPage, viewport, colorScheme, reducedMotion, forcedColors, contrast }, use) => {
    // The test's own viewport (`test.use({ viewport })`), whatever the test before it used.
    if (viewport) await sharedPage.setViewportSize(viewport);
    await use(sharedPage);
    // (A page not yet on the site, after a test that failed before its first visit, has nothing stored.)
    if (sharedPage.url().startsWith('http')) await sharedPage.evaluate(() => localStorage.clear());
    if (viewport) await sharedPage.setViewportSize(viewport);
    await sharedPage.emulateMedia({ media: null, colorScheme, reducedMotion, forcedColors, contrast });
  },
  sharedPage: [
    async ({ browser }, use) => {
      const context = await browser.newContext();
      await context.addInitScript({ path: axeScript });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  sweepPage: [
    async ({ browser }, use) => {
      const context = await browser.newContext();
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  sweep: [
    async ({ browser }, use) => {
      const context = await browser.newContext();
      await context.addInitScript({ path: axeScript });
      await use(await watch(await context.newPage()));
      await context.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
