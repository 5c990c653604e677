import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { languages } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';
import { readable, settingsToggle, softly } from './site';

/**
 * Where the top of the page's heading may be, in CSS px from the top of the page, at each screen
 * and text size: on the first screen, with room for the start of the text.
 */
const headingWithin = [
  { width: 320, height: 640, fontSize: '100', top: 200 },
  { width: 320, height: 640, fontSize: '200', top: 480 },
  { width: 1280, height: 800, fontSize: '100', top: 250 },
  { width: 1280, height: 800, fontSize: '200', top: 500 },
];

/** A page of each kind: home, a section, an entry, a single page, the chart, the index, the bibliography, search, help. */
const kinds = ['', 'bodies/', 'bodies/coordinating-council-on-countering-illegal-migration/', 'about/', 'structure/', 'a-z/', 'sources/', 'search/', 'help/'];

for (const lang of languages) {
  for (const kind of kinds) {
    const path = `/${localizedPath(lang, kind)}`;
    test(`${path}: the heading starts on the first screen on a phone and a desktop, at 100% and 200% text`, async ({ sweepPage: page }) => {
      await page.goto(path);
      for (const { width, height, fontSize, top } of headingWithin) {
        await page.setViewportSize({ width, height });
        await page.locator('html').evaluate((html, size) => html.setAttribute('data-font-size', size), fontSize);
        const at = await page.getByRole('heading', { level: 1 }).evaluate((h1) => h1.getBoundingClientRect().top + window.scrollY);
        expect(at, `${width} px at ${fontSize}%`).toBeLessThanOrEqual(top);
      }
    });
  }
}

/**
 * What a screen reader is told of a toggle: Chromium's own accessibility tree, where a <summary>
 * is a disclosure button (grouped, for those of one `name`). Soft hyphens, which speech ignores,
 * are left out of the name.
 */
async function announced(page: Page, name: string): Promise<{ role: string; expanded: boolean | undefined }> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[]; ignored: boolean }[] };
  await cdp.detach();
  const node = nodes.find((each) => !each.ignored && readable(each.name?.value ?? null) === name && /^(DisclosureTriangle|button)/.test(each.role?.value ?? ''));
  if (!node) throw new Error(`no button named "${name}" in the accessibility tree`);
  return { role: node.role!.value, expanded: node.properties?.find((p) => p.name === 'expanded')?.value.value as boolean | undefined };
}

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
