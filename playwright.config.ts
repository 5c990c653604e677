import { defineConfig, devices } from '@playwright/test';

// The browser tests run against the built site, never the dev server: `astro preview` for most;
// scripts/serve.mjs, a static server sending exactly dist/_headers, for the CSP; and the same
// server for the copy built under a sub-path (BASE_PATH=/csto/, OUT_DIR=dist-subpath).
// scripts/test.mjs builds both and sets CHROME_PATH to a Chromium it has made sure exists.
const port = Number(process.env.TEST_PORT ?? 4329);
const headersPort = port + 1;
const subpathPort = port + 2;

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: process.env.CHROME_PATH || undefined,
    // Without these, Chromium reaches for Google's hosts at start, which this network refuses.
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
};

export default defineConfig({
  testDir: 'tests',
  fullyParallel: true,
  // Several tests visit many pages in turn (axe in every scheme, every page's links); on two cores
  // under load they need more than the default 30 s.
  timeout: 90_000,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'site', testDir: 'tests/e2e', use: { ...chromium, baseURL: `http://localhost:${port}` } },
    { name: 'served-with-headers', testDir: 'tests/e2e-headers', use: { ...chromium, baseURL: `http://localhost:${headersPort}` } },
    { name: 'sub-path', testDir: 'tests/e2e-subpath', use: { ...chromium, baseURL: `http://localhost:${subpathPort}/csto/` } },
  ],
  webServer: [
    { command: `npx astro preview --port ${port}`, url: `http://localhost:${port}/`, reuseExistingServer: false, timeout: 60_000 },
    { command: `node scripts/serve.mjs dist ${headersPort} /`, url: `http://localhost:${headersPort}/`, reuseExistingServer: false },
    { command: `node scripts/serve.mjs dist-subpath ${subpathPort} /csto/`, url: `http://localhost:${subpathPort}/csto/`, reuseExistingServer: false },
  ],
});
