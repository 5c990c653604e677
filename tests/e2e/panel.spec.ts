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

// Kazakh in serif type (src/components/preferences/preferences.css): the stack of Kazakh pages
// leads with faces that have the whole Kazakh alphabet, not with Georgia or Cambria; and the text
// renders in one face, the letters only Kazakh has included, not in two mixed letter by letter.
// (This machine has only DejaVu of the faces named: Windows' and macOS's faces cannot be seen here.)
test('kk: serif type sets Kazakh text, Ә Ғ Қ Ң Ө Ұ Ү Һ І included, in one face that has them all', async ({ page }) => {
  await storePreferences(page, { fontFamily: 'serif' });
  await page.goto(`/${localizedPath('kk', 'about/')}`);
  const paragraph = page.getByRole('main').locator('p').filter({ hasText: /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/ }).first();
  const family = await paragraph.evaluate((element) => getComputedStyle(element).fontFamily);
  const stack = family.split(',').map((name) => name.trim().replace(/^["']|["']$/g, ''));
  expect(stack.slice(0, 2), 'the faces the Kazakh serif stack leads with').not.toContain('Georgia');
  expect(stack, 'the Kazakh serif stack').not.toContain('Cambria');
  // The paragraph's words, then the letters only Kazakh has, each on its own: the faces the browser
  // draws them in (Chromium's own record, through the DevTools protocol).
  await paragraph.evaluate((element) => {
    element.setAttribute('data-kazakh-letters', '');
    element.textContent = `${element.textContent} Ә Ғ Қ Ң Ө Ұ Ү Һ І ә ғ қ ң ө ұ ү һ і`;
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'main p[data-kazakh-letters]' });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  expect(fonts.map((font) => font.familyName), 'the faces the Kazakh letters render in').toHaveLength(1);
  expect(stack, `${fonts[0]!.familyName}, named in the stack`).toContain(fonts[0]!.familyName);
});
