import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
for (const q of process.argv.slice(2)) {
  await page.goto('http://localhost:4321/search/?q=' + encodeURIComponent(q));
  await page.waitForTimeout(1200);
  const status = await page.getByRole('status').last().innerText();
  const titles = await page.locator('[data-list] h3').allInnerTexts();
  console.log(JSON.stringify(q), '->', status, '|', titles.slice(0, 4).join(' / '));
}
await page.screenshot({ path: '/tmp/search.png', fullPage: true });
await browser.close();
