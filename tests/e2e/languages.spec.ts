import { expect, test } from '@playwright/test';
import { defaultLanguage, languageTable, languages } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';
import { openSettings } from './site';

// The search page in each language (its words, results, filters, axe and the keyboard) is
// search.spec.ts's, one test a language.

test('the display settings are shared with the other languages', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/members/armenia/');
  await openSettings(page);
  await page.getByRole('radio', { name: 'White on black' }).check();
  await page.getByRole('radio', { name: 'Font size 125%' }).check();
  // From each language to the next, the choice goes along.
  for (const [index, from] of languages.entries()) {
    const lang = languages[(index + 1) % languages.length]!;
    if (lang === defaultLanguage) break;
    const { t } = strings(lang);
    await page.getByRole('banner').getByRole('navigation', { name: strings(from).t('language.label') }).getByRole('link', { name: languageTable[lang].name }).click();
    await expect(page, `${lang}: the same page`).toHaveURL(`/${localizedPath(lang, 'members/armenia/')}`);
    await expect(page.locator('html'), `${lang}: the scheme`).toHaveAttribute('data-scheme', 'white-on-black');
    await expect(page.locator('html'), `${lang}: the font size`).toHaveAttribute('data-font-size', '125');
    await openSettings(page, t('prefs.open'));
    await expect(page.getByRole('group', { name: t('prefs.colours') }).getByRole('radio', { name: t('prefs.scheme.white-on-black') }), `${lang}: the scheme’s control`).toBeChecked();
    await expect(page.getByRole('group', { name: t('prefs.fontSize') }), `${lang}: the font size’s controls`).toBeVisible();
  }
});

// Where the switch of every page leads, in every language, with `lang` and `hreflang`, is checked
// in the built pages (tests/built/pages.test.ts); here, on a phone, that following it lands there,
// from each language to the next and back to the first; that it shows the start of each name and
// a screen reader hears it whole; and that the English name of an operation is marked as English
// on the Russian page.
test('on a phone the language switch leads from each language to the same page in the next, shows the start of each name, and a screen reader hears it whole; the English name of an operation is marked as English on the Russian page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`/${localizedPath(languages[0]!, 'operations/kanal/')}`);
  for (const [index, from] of languages.entries()) {
    const to = languages[(index + 1) % languages.length]!;
    await page.getByRole('banner').getByRole('navigation', { name: strings(from).t('language.label') }).getByRole('link', { name: languageTable[to].name, exact: true }).click();
    await expect(page, `${from} → ${to}: the same page`).toHaveURL(`/${localizedPath(to, 'operations/kanal/')}`);
    await expect(page.locator('html'), `${from} → ${to}: its language`).toHaveAttribute('lang', to);
    if (to === 'ru') await expect(page.getByRole('main').locator('dd [lang="en"]'), 'ru: the English name marked as English').toHaveText('Channel');
    if (to === 'kk') {
      const russian = page.getByRole('banner').getByRole('link', { name: 'Русский', exact: true });
      await expect(russian, 'kk: the switch to Russian is shown').toBeVisible();
      // What is painted: the link's own text, and its rest no wider than the one pixel of `sr-only`.
      const shown = await russian.evaluate((link) => ({ start: link.firstChild?.textContent?.trim(), restWidth: link.querySelector('span')!.getBoundingClientRect().width }));
      expect(shown.start, 'kk: the start of the name, shown').toBe('Рус');
      expect(shown.restWidth, 'kk: the rest of the name, for screen readers only').toBeLessThanOrEqual(1);
    }
  }
});
