import { expect, test } from './fixtures';
import { allowedValues } from '../../src/components/preferences/model.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { loadedAxeViolations, openSettings, showWith, tagsFor } from './site';

// Kazakh pages with the display settings open (their Kazakh labels): axe's WCAG 2.2 A and AA rules
// in the default look at 200% text, and in a two-colour scheme, which promises 7:1, AAA contrast
// too (at 100%: at 200% all text is large, and AAA asks only 4.5:1 of it). The sweep of every page (pages.spec.ts) runs axe in the default look and paints every
// two-colour scheme on a Kazakh page of each template; tests/unit/preferences.test.ts holds each
// scheme's two colours to 7:1. A page of each kind the Kazakh words change most: an entry with its
// facts, the chart, the map, search. Each page is loaded once, with axe (./fixtures.ts, shared), and
// shown in each look in turn as the head script shows it (./site.ts, showWith).
const kazakhPages = ['/kk/operations/kanal/', '/kk/structure/', '/kk/members/', '/kk/search/?q=Қазақстан'];

const [defaultLook, twoColour] = allowedValues.scheme;
const looks = [[defaultLook, '200'], [twoColour, '100']] as const;

test(`axe finds nothing on the Kazakh pages, ${looks.map(([scheme, fontSize]) => `in ${scheme} at ${fontSize}%`).join(' and ')}`, async ({ shared: page }) => {
  for (const path of kazakhPages) {
    await page.goto(path);
    if (path.includes('?q=')) await expect(page.getByRole('main').getByRole('status'), `${path}: the count`).not.toBeEmpty();
    else await openSettings(page, strings('kk').t('prefs.open'));
    for (const [scheme, fontSize] of looks) {
      await showWith(page, { scheme, fontSize });
      expect(await loadedAxeViolations(page, tagsFor(scheme)), `axe on ${path} in ${scheme} at ${fontSize}%`).toEqual([]);
    }
  }
});
