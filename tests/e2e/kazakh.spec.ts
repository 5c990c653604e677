import { expect, test } from '@playwright/test';
import { allowedValues } from '../../src/components/preferences/model.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { axeViolations, openSettings, storePreferences, wcag22aa } from './site';

// Kazakh pages in every colour scheme, with the display settings open (their Kazakh labels),
// at 200% text: axe's WCAG 2.2 A and AA rules, and in the five two-colour schemes, which promise
// 7:1, AAA contrast too. The sweep of every page (pages.spec.ts) runs axe in the default scheme.
// A page of each kind the Kazakh words change most: an entry with its facts, the chart, the map, search.
const kazakhPages = ['/kk/operations/kanal/', '/kk/structure/', '/kk/members/', '/kk/search/?q=Қазақстан'];

for (const scheme of allowedValues.scheme) {
  test(`axe finds nothing on the Kazakh pages in ${scheme}`, async ({ page }) => {
    await storePreferences(page, { scheme, fontSize: '200' });
    for (const path of kazakhPages) {
      await page.goto(path);
      if (path.includes('?q=')) await expect(page.getByRole('main').getByRole('status')).not.toBeEmpty();
      else await openSettings(page, strings('kk').t('prefs.open'));
      expect(await axeViolations(page, scheme === 'default' ? wcag22aa : [...wcag22aa, 'wcag2aaa']), path).toEqual([]);
    }
  });
}
