import { expect, test } from '@playwright/test';
import { defaultLanguage, languageTable, languages } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';
import { axeViolations, openSettings } from './site';

for (const lang of languages.filter((lang) => lang !== defaultLanguage)) {
  const { t } = strings(lang);
  test(`${lang}: the display settings are shared with the other languages`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/members/armenia/');
    await openSettings(page);
    await page.getByRole('radio', { name: 'White on black' }).check();
    await page.getByRole('radio', { name: 'Font size 125%' }).check();
    await page.getByRole('banner').getByRole('link', { name: languageTable[lang].name }).click();
    await expect(page).toHaveURL(`/${localizedPath(lang, 'members/armenia/')}`);
    await expect(page.locator('html')).toHaveAttribute('data-scheme', 'white-on-black');
    await expect(page.locator('html')).toHaveAttribute('data-font-size', '125');
    await openSettings(page, t('prefs.open'));
    await expect(page.getByRole('group', { name: t('prefs.colours') }).getByRole('radio', { name: t('prefs.scheme.white-on-black') })).toBeChecked();
    await expect(page.getByRole('group', { name: t('prefs.fontSize') })).toBeVisible();
  });

  test(`${lang}: a search finds only pages in its language and speaks it; an English one only English pages`, async ({ page }) => {
    await page.goto(`/${localizedPath(lang, 'search/')}?q=${encodeURIComponent(strings(lang).t('section.forces'))}`);
    const results = page.getByRole('region', { name: t('search.results') }).getByRole('listitem');
    await expect(results.first()).toBeVisible();
    await page.getByRole('main').locator('summary', { hasText: t('search.filtersToggle') }).click();
    await expect(page.getByRole('group', { name: t('search.filters') })).toBeVisible();
    const hrefs = await results.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.every((href) => href!.startsWith(`/${lang}/`))).toBe(true);

    await page.goto('/search/?q=Kanal');
    const english = page.getByRole('region', { name: 'Results' }).getByRole('listitem');
    await expect(english.first()).toBeVisible();
    const englishHrefs = await english.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(englishHrefs.some((href) => languages.some((other) => other !== 'en' && href!.startsWith(`/${other}/`)))).toBe(false);
  });

  test(`${lang}: search by keyboard only, with no results and a way on`, async ({ page }) => {
    await page.goto(`/${localizedPath(lang, 'search/')}`);
    const box = page.getByRole('main').getByRole('searchbox', { name: t('search.label') });
    await box.focus();
    await page.keyboard.type('зззззз');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main').getByRole('status')).toHaveText(t('search.none').replace('{query}', 'зззззз'));
    await expect(page.getByRole('main').getByRole('link', { name: t('section.bodies') })).toHaveAttribute('href', `/${localizedPath(lang, 'bodies/')}`);
  });

  test(`${lang}: axe finds nothing on the search results`, async ({ page }) => {
    await page.goto(`/${localizedPath(lang, 'search/')}?q=${encodeURIComponent(strings(lang).t('section.forces'))}`);
    await expect(page.getByRole('region', { name: t('search.results') }).getByRole('listitem').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

// Where the switch of every page leads, in every language, with `lang` and `hreflang`, is checked
// in the built pages (tests/built/pages.test.ts); here, that following it lands there, from each
// language to the next and back to the first.
test('the language switch leads from each language to the same page in the next', async ({ page }) => {
  await page.goto(`/${localizedPath(languages[0]!, 'bodies/secretariat/')}`);
  for (const [index, from] of languages.entries()) {
    const to = languages[(index + 1) % languages.length]!;
    await page.getByRole('banner').getByRole('navigation', { name: strings(from).t('language.label') }).getByRole('link', { name: languageTable[to].name, exact: true }).click();
    await expect(page).toHaveURL(`/${localizedPath(to, 'bodies/secretariat/')}`);
    await expect(page.locator('html')).toHaveAttribute('lang', to);
  }
});

test('on a phone the switch shows the start of each name, and a screen reader hears it whole', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/kk/');
  const russian = page.getByRole('banner').getByRole('link', { name: 'Русский', exact: true });
  await expect(russian).toBeVisible();
  // What is painted: the link's own text, and its rest no wider than the one pixel of `sr-only`.
  const shown = await russian.evaluate((link) => ({ start: link.firstChild?.textContent?.trim(), restWidth: link.querySelector('span')!.getBoundingClientRect().width }));
  expect(shown.start).toBe('Рус');
  expect(shown.restWidth).toBeLessThanOrEqual(1);
});

test('the English name of an operation is marked as English on the Russian page', async ({ page }) => {
  await page.goto('/ru/operations/kanal/');
  await expect(page.getByRole('main').locator('dd [lang="en"]')).toHaveText('Channel');
});
