// Takes full-page screenshots of key pages of the built site into screenshots/, for people to
// look at: desktop and 320 px wide. Run against a server at BASE_URL (default: astro preview).
// PREFS sets stored display preferences first, e.g. PREFS='{"scheme":"white-on-black","fontSize":"200"}'.
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { storageKey } from '../src/components/preferences/model.ts';
import { localSite } from './lib/local-site.ts';
import { browserPath } from './lib/system-tools.mjs';

const baseURL = process.env.BASE_URL ?? localSite;
const pages = (process.argv[2] ?? '/,/bodies/,/bodies/secretary-general/,/operations/kanal/,/structure/,/members/,/about/,/a-z/,/members/kazakhstan/,/nope/,/ru/,/ru/operations/kanal/,/ru/structure/,/ru/members/,/ru/about/,/ru/a-z/,/ru/search/?q=%D0%BA%D0%B0%D0%BD%D0%B0%D0%BB').split(',');
const widths = (process.env.WIDTHS ?? '1280,320').split(',').map(Number);

await mkdir('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: browserPath(), args: ['--no-sandbox', '--disable-background-networking'] });
for (const width of widths) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  if (process.env.PREFS) await page.addInitScript(([key, prefs]) => localStorage.setItem(key, prefs), [storageKey, process.env.PREFS]);
  for (const path of pages) {
    await page.goto(new URL(path.replace(/^\//, ''), `${baseURL}/`).href);
    const variant = process.env.PREFS ? `-${Object.values(JSON.parse(process.env.PREFS)).join('-')}` : '';
    const name = `${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${width}${variant}.png`;
    await page.screenshot({ path: `screenshots/${name}`, fullPage: process.env.FULL !== '0' });
    console.log(`screenshots/${name}`);
  }
  await page.close();
}
await browser.close();
