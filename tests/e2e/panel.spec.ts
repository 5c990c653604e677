import { expect, test } from './fixtures';
import { languages } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';
import { panelHeights, panelLimit } from '../../scripts/lib/panel-limits.ts';
import { settingsToggle, storePreferences } from './site';

// The display-settings panel on a phone at the largest text size (scripts/lib/panel-limits.ts):
// its length, its labels kept whole, and its "Done" button, by keyboard and by touch, in each
// language. What the settings do: ./preferences.spec.ts.

test.use({ hasTouch: true });

for (const lang of languages) {
  const { t } = strings(lang);
  test(`${lang}: on a phone at 200% text the open panel is at most one and a half screens long, its labels unhyphenated, and it ends with "${t('prefs.done')}", which closes it and returns focus to its toggle, by keyboard and by touch`, async ({ page }) => {
    await storePreferences(page, { fontSize: panelLimit.fontSize, scheme: 'white-on-black' });
    await page.setViewportSize({ width: panelLimit.width, height: panelLimit.height });
    await page.goto(`/${localizedPath(lang, '')}`);
    const { folded } = await panelHeights(page);
    expect(folded, `the open panel's height at ${panelLimit.width} px and ${panelLimit.fontSize}% text`).toBeLessThanOrEqual(panelLimit.screens * panelLimit.height);

    const toggle = settingsToggle(page, t('prefs.open'));
    const panel = page.locator('#preferences-panel');
    const done = page.getByRole('banner').getByRole('button', { name: t('prefs.done'), exact: true });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(done, 'Done, in the open panel').toBeVisible();

    // The labels of its controls: no soft hyphen in them, and none added by the browser.
    const labels = await panel.locator('legend, label, summary, button').evaluateAll((elements) =>
      elements.filter((element) => element.getClientRects().length > 0).map((element) => ({ text: element.textContent!.trim(), hyphens: getComputedStyle(element).hyphens })),
    );
    expect(labels.length, 'labels in the open panel').toBeGreaterThan(10);
    for (const label of labels) {
      expect(label.text, 'a label without soft hyphens').not.toContain('\u00AD');
      expect(label.hyphens, `${label.text}: hyphens`).not.toBe('auto');
    }

    // Done is the panel's last control: Tab from the toggle reaches it after every other, then
    // leaves the panel.
    const focusable = await panel.evaluate((element) => [...element.querySelectorAll<HTMLElement>('input, button, a, summary')].filter((each) => each.getClientRects().length > 0).at(-1)?.textContent?.trim());
    expect(focusable, 'the last control of the panel').toBe(t('prefs.done'));
    for (let presses = 0; presses < 40 && !(await done.evaluate((button) => button === document.activeElement)); presses++) await page.keyboard.press('Tab');
    await expect(done, 'Done, reached with Tab').toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panel, 'the panel, closed by Done with the keyboard').toBeHidden();
    await expect(toggle, 'focus back on the toggle').toBeFocused();

    // By touch: the reader opens the panel, scrolls to its end and taps Done.
    await toggle.tap();
    await done.scrollIntoViewIfNeeded();
    await done.tap();
    await expect(panel, 'the panel, closed by a tap on Done').toBeHidden();
    await expect(toggle, 'focus on the toggle after a tap').toBeFocused();
    await expect(toggle, 'the toggle in view').toBeInViewport();
  });
}
