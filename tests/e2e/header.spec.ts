import { expect, test, type Page } from '@playwright/test';
import { languages } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';
import { announced, settingsToggle, softly } from './site';

// Where each page's heading starts, at a phone's and a desktop's size with 100% and 200% text, is
// measured on every page in the sweep (pages.spec.ts, with the limits of scripts/lib/heading-limits.ts).

const toggle = (page: Page, label: string) => page.getByRole('banner').locator('summary').filter({ hasText: softly(label) });

for (const lang of languages) {
  const { t } = strings(lang);
  test(`${lang}: on a phone, settings, search and the menu fold behind toggles that the keyboard opens, Escape closes and a screen reader hears`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`/${localizedPath(lang, 'bodies/')}`);
    const nav = page.getByRole('navigation', { name: t('nav.label') });
    await expect(nav).toBeHidden();
    await expect(page.getByRole('banner').getByRole('searchbox')).toBeHidden();

    // Skip link first, then the display settings, then the language, the site's name, Search and Menu.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: t('skip.main') })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(settingsToggle(page, t('prefs.open'))).toBeFocused();
    expect(await announced(page, t('prefs.open'))).toEqual({ role: 'DisclosureTriangleGrouped', expanded: false });
    // A link to each other language, the site's name, and Search.
    for (let i = 0; i < languages.length - 1 + 2; i++) await page.keyboard.press('Tab');
    await expect(toggle(page, t('header.search'))).toBeFocused();
    await page.keyboard.press('Tab');
    const menu = toggle(page, t('header.menu'));
    await expect(menu).toBeFocused();
    expect(await announced(page, t('header.menu'))).toEqual({ role: 'DisclosureTriangleGrouped', expanded: false });

    await page.keyboard.press('Enter');
    await expect(nav).toBeVisible();
    expect((await announced(page, t('header.menu'))).expanded).toBe(true);
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();
    expect((await announced(page, t('header.menu'))).expanded).toBe(false);

    // Opening one toggle closes the other; Search leads to the search page with the words.
    await page.keyboard.press('Enter');
    await toggle(page, t('header.search')).focus();
    await page.keyboard.press('Space');
    await expect(nav).toBeHidden();
    await page.keyboard.press('Tab');
    const box = page.getByRole('banner').getByRole('searchbox', { name: t('search.label') });
    await expect(box).toBeFocused();
    await page.keyboard.type('Kanal');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/${localizedPath(lang, 'search/')}?q=Kanal`);
  });
}

test('on a wide screen the navigation and the search box show without their toggles; the settings stay one step away', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/bodies/');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('searchbox', { name: 'Search this site' })).toBeVisible();
  await expect(toggle(page, 'Menu')).toBeHidden();
  await expect(toggle(page, 'Search')).toBeHidden();
  await expect(settingsToggle(page)).toBeVisible();
  await expect(page.getByRole('group', { name: 'Font size' })).toBeHidden();
  await settingsToggle(page).click();
  await expect(page.getByRole('group', { name: 'Font size' })).toBeVisible();
  // Compact: the closed settings take one row, not a block above the site's name.
  await settingsToggle(page).click();
  const band = await settingsToggle(page).evaluate((summary) => summary.closest('header > div')!.getBoundingClientRect().height);
  expect(band).toBeLessThanOrEqual(60);
});

test('with JavaScript off the menu and search toggles still open, and the settings are not offered', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto('/');
  await expect(settingsToggle(page)).toBeHidden();
  await toggle(page, 'Menu').click();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeVisible();
  await nav.getByRole('link', { name: 'Forces' }).click();
  await expect(page).toHaveURL('/forces/');
  await context.close();
});

test('a long page opens with the list of its sections, each a link to its heading; a short page has none', async ({ page }) => {
  await page.goto('/bodies/secretary-general/');
  const contents = page.getByRole('navigation', { name: 'On this page' });
  // Every section of the page's own text; the citation that ends every page of content is not one.
  const headings = await page.getByRole('main').locator('h2[id]').evaluateAll((h2s) =>
    h2s.filter((h2) => h2.id !== 'on-this-page' && h2.id !== 'cite-heading').map((h2) => h2.id),
  );
  expect(headings.length).toBeGreaterThanOrEqual(3);
  const targets = await contents.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(targets).toEqual(headings.map((id) => `#${id}`));
  await contents.getByRole('link').last().click();
  await expect(page).toHaveURL(new RegExp(`${headings.at(-1)}$`));
  await page.goto('/search/');
  await expect(page.getByRole('navigation', { name: 'On this page' })).toHaveCount(0);
});
