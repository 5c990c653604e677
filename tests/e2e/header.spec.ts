import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { languages } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';
import { localSite } from '../../scripts/lib/local-site.ts';
import { announced, readable, settingsToggle, softly } from './site';

// Where each page's heading starts, at a phone's and a desktop's size with 100% and 200% text, is
// measured on every page in the sweep (pages.spec.ts, with the limits of scripts/lib/heading-limits.ts);
// the list of a long page's sections ("On this page") is checked on every page over dist/
// (tests/built/contents-list.test.ts).

const toggle = (page: Page, label: string) => page.getByRole('banner').locator('summary').filter({ hasText: softly(label) });

for (const lang of languages) {
  const { t } = strings(lang);
  test(`${lang}: on a phone, settings, search and the menu fold behind toggles that the keyboard opens, Escape closes and a screen reader hears; on a wide screen the navigation and the search box show without them`, async ({ shared: page }) => {
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

    // Back on the page, on a wide screen: the navigation and the search box show without their
    // toggles; the settings stay one step away, and closed take one row, not a block above the site's name.
    await page.goBack();
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(nav, 'the navigation on a wide screen').toBeVisible();
    await expect(page.getByRole('banner').getByRole('searchbox', { name: t('search.label') }), 'the search box on a wide screen').toBeVisible();
    await expect(menu, 'Menu on a wide screen').toBeHidden();
    await expect(toggle(page, t('header.search')), 'Search on a wide screen').toBeHidden();
    const settings = settingsToggle(page, t('prefs.open'));
    await expect(settings, 'the settings toggle on a wide screen').toBeVisible();
    const sizes = page.getByRole('group', { name: t('prefs.fontSize') });
    await expect(sizes, 'the settings, closed').toBeHidden();
    await settings.click();
    await expect(sizes, 'the settings, opened').toBeVisible();
    await settings.click();
    const band = await settings.evaluate((summary) => summary.closest('header > div')!.getBoundingClientRect().height);
    expect(band, 'the height of the closed settings on a wide screen').toBeLessThanOrEqual(60);
  });
}

// Without JavaScript, one page as a reader gets it, with the system's dark mode. That each page
// reads without script (its heading, text and navigation) is checked over dist/ (tests/built/pages.test.ts).
test('with JavaScript off the menu and search toggles still open, the settings are not offered, the page follows the system, and the citation is there to select, with no button that would do nothing', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 }, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(settingsToggle(page), 'the settings toggle').toBeHidden();
  await expect(page.getByRole('group', { name: 'Font size' }), 'the settings').toBeHidden();
  await expect(page.locator('body'), 'the background in dark mode').toHaveCSS('background-color', 'rgb(18, 18, 18)');
  await toggle(page, 'Menu').click();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav, 'the navigation behind Menu').toBeVisible();
  await nav.getByRole('link', { name: 'Forces' }).click();
  await expect(page).toHaveURL('/forces/');

  // Cite this page (src/components/cite/): the text to select, where a script would add a copy button.
  await page.goto('/bodies/secretariat/');
  const section = page.getByRole('region', { name: 'Cite this page' });
  await expect(section.getByRole('paragraph').first(), 'the citation').toBeVisible();
  expect(readable(await section.getByRole('paragraph').first().textContent()), 'the citation’s words').toMatch(new RegExp(`^CSTO guide\\. \\(\\d{4}, \\w+ \\d+\\)\\. Secretariat\\. Retrieved \\w+ \\d+, \\d{4}, from ${RegExp.escape(`${localSite}/bodies/secretariat/`)}$`));
  await expect(section.getByRole('button'), 'the copy button').toBeHidden();
  await context.close();
});
