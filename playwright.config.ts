import { defineConfig, devices } from '@playwright/test';

// The browser tests run against the built site, never the dev server, served as a real static
// host serves it: nginx with the configuration the build generates, or scripts/serve.mjs where
// nginx cannot be had (scripts/static-host.mjs); the site, and the copy built under a sub-path
// (BASE_PATH=/csto/, OUT_DIR=dist-subpath). scripts/test.mjs builds both and finds Chromium and nginx.
const port = Number(process.env.TEST_PORT ?? 4329);
const subpathPort = port + 1;

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
  // Each sweep is one test a page, so no test grows with the content; on two loaded cores a page
  // with axe in every scheme still needs more than the default 30 s.
  timeout: 60_000,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // Recording a trace of every test costs a quarter of the run (pages.spec.ts: 3 min 14 s with,
  // 2 min 24 s without); to look into a failure, rerun it with `--trace retain-on-failure`.
  use: { trace: 'off' },
  projects: [
    { name: 'site', testDir: 'tests/e2e', use: { ...chromium, baseURL: `http://localhost:${port}` } },
    { name: 'sub-path', testDir: 'tests/e2e-subpath', use: { ...chromium, baseURL: `http://localhost:${subpathPort}/csto/` } },
  ],
  webServer: [
    { command: `node scripts/static-host.mjs dist ${port} /`, url: `http://localhost:${port}/`, reuseExistingServer: false },
    { command: `node scripts/static-host.mjs dist-subpath ${subpathPort} /csto/`, url: `http://localhost:${subpathPort}/csto/`, reuseExistingServer: false },
  ],
});
