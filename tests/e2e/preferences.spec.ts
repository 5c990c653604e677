import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { allowedValues } from '../../src/components/preferences/model.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { contrast, paintedColours, schemeColours } from './colours';
import { announced, loadedAxeViolations, openSettings, settingsToggle, softly, tagsFor } from './site';

// Each test loads a page once (or as often as what it checks needs) and checks each thing in turn,
// each check named, most on the worker's shared page (./fixtures.ts). What needs no renderer is unit-tested: the stored text read field by field,
// garbage and blocked storage (tests/unit/preferences.test.ts, tests/unit/page-script.test.ts).
// Without JavaScript the settings are not offered: header.spec.ts.

const fontSizes = allowedValues.fontSize;
const { tDynamic } = strings('en');

const group = (page: Page, name: string) => page.getByRole('banner').getByRole('group', { name });
const status = (page: Page) => page.getByRole('banner').getByRole('status');
/** The toggle inside the panel of the settings folded under "More": type, pictures, the spacings. */
const spacingToggle = (page: Page) => page.getByRole('banner').locator('summary').filter({ hasText: /^More/ });
const body = (page: Page) => page.locator('body');

// WCAG 1.4.11 asks 3:1 for a control's boundary and its state against what is next to it; axe
// does not measure it, so this test does: each radio button's ring against the panel behind it,
// and the dot of the checked one against the button's own fill, in every scheme.
test('each colour scheme, chosen in the panel, recolours everything, text, links, borders and focus included, and keeps its radio buttons at 3:1', async ({ shared: page }) => {
  await page.goto('/operations/kanal/');
  await openSettings(page);
  await spacingToggle(page).click();
  const link = page.getByRole('main').getByRole('link', { name: 'OSCE' });
  // The two-colour schemes, then back to the default look.
  for (const scheme of [...allowedValues.scheme.slice(1), allowedValues.scheme[0]]) {
    const name = tDynamic(`prefs.scheme.${scheme}`);
    await group(page, 'Site colours').getByRole('radio', { name, exact: true }).check();
    if (scheme === 'default') await expect(page.locator('html'), `${name}: no scheme on <html>`).not.toHaveAttribute('data-scheme');
    else await expect(page.locator('html'), `${name}: the scheme on <html>`).toHaveAttribute('data-scheme', scheme);
    await expect(status(page), `${name}: the choice announced`).toHaveText(`Site colours: ${name}`);

    if (scheme !== 'default') {
      const [text, background] = schemeColours[scheme]!;
      const painted = (await paintedColours(page, [scheme]))[scheme]!;
      const stray = Object.entries(painted).filter(([colour]) => colour !== text && colour !== background);
      expect(stray, `${name}: colours outside the scheme`).toEqual([]);
      await expect(body(page), `${name}: the background`).toHaveCSS('background-color', background);
      await link.focus();
      await expect(link, `${name}: a focused link's outline`).toHaveCSS('outline-color', text);
      await expect(link, `${name}: a link's colour`).toHaveCSS('color', text);
    }

    const radios = await page.getByRole('banner').getByRole('radio').evaluateAll((inputs) =>
      inputs.map((input) => {
        const style = getComputedStyle(input);
        let behind: Element | null = input.parentElement;
        while (behind && getComputedStyle(behind).backgroundColor === 'rgba(0, 0, 0, 0)') behind = behind.parentElement;
        const dot = (input as HTMLInputElement).checked ? getComputedStyle(input, '::before').backgroundColor : undefined;
        return { name: input.getAttribute('aria-label') ?? (input as HTMLInputElement).value, ring: style.borderTopColor, fill: style.backgroundColor, behind: getComputedStyle(behind ?? document.body).backgroundColor, dot };
      }),
    );
    expect(radios.length, `${name}: radio buttons in the panel`).toBeGreaterThan(20);
    for (const radio of radios) {
      expect(contrast(radio.ring, radio.behind), `${name}, ${radio.name}: ring`).toBeGreaterThanOrEqual(3);
      if (radio.dot) expect(contrast(radio.dot, radio.fill), `${name}, ${radio.name}: checked dot`).toBeGreaterThanOrEqual(3);
    }
  }
});

test('with nothing chosen the default look follows the system, dark or with more contrast; a chosen scheme wins over dark mode, and forced colours over the scheme', async ({ shared: page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(body(page), 'the background in dark mode').toHaveCSS('background-color', 'rgb(18, 18, 18)');
  await openSettings(page);
  await group(page, 'Site colours').getByRole('radio', { name: 'Black on white' }).check();
  await expect(body(page), 'the background of Black on white in dark mode').toHaveCSS('background-color', 'rgb(255, 255, 255)');

  await page.getByRole('banner').getByRole('button', { name: 'Reset' }).click();
  await page.emulateMedia({ colorScheme: 'light', contrast: 'more' });
  await expect(page.getByRole('heading', { level: 1 }), 'the heading when the system asks for more contrast').toHaveCSS('color', 'rgb(0, 0, 0)');

  // A reader who chose a scheme, on a system with a contrast theme (Windows), on their next page.
  await group(page, 'Site colours').getByRole('radio', { name: 'Green on dark brown' }).check();
  await page.emulateMedia({ contrast: 'no-preference', forcedColors: 'active' });
  await page.reload();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' }), 'the focus outline under forced colours').toHaveCSS('outline-style', 'solid');
  await expect(page.locator('html'), 'the chosen scheme, kept').toHaveAttribute('data-scheme', 'green-on-dark-brown');
  await expect(body(page), 'the background under forced colours').not.toHaveCSS('background-color', schemeColours['green-on-dark-brown']![1]);
});

test('each font size sets the root size in per cent of the browser’s own, so a reader’s own setting still applies, and scales the text', async ({ page }) => {
  await page.goto('/bodies/');
  await openSettings(page);
  const intro = page.getByRole('main').getByText(softly(strings('en').t('intro.bodies')));
  const radio = (size: string) => group(page, 'Font size').getByRole('radio', { name: `Font size ${size}%` });
  // Each size in turn, each a change from the one before.
  for (const size of [...fontSizes.slice(1), fontSizes[0]]) {
    await radio(size).check();
    const px = (16 * Number(size)) / 100;
    await expect(page.locator('html'), `the root at ${size}%`).toHaveCSS('font-size', `${px}px`);
    await expect(intro, `the introduction at ${size}%`).toHaveCSS('font-size', `${px * 1.125}px`);
    await expect(radio(size), `${size}% checked`).toBeChecked();
    await expect(status(page), `${size}% announced`).toHaveText(`Font size: ${size}%`);
  }
  // A reader whose browser's own size is 20 px, not 16, gets 150% of theirs.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 20 } });
  await expect(page.locator('html'), 'the root at 100% of a browser size of 20 px').toHaveCSS('font-size', '20px');
  await radio('150').check();
  await expect(page.locator('html'), 'the root at 150% of a browser size of 20 px').toHaveCSS('font-size', '30px');
});

test('the "More" toggle shows and says whether it is open; every option is a target of 24 by 24 CSS px; the four text spacings apply, each relative to its text’s size; Reset returns to the defaults', async ({ shared: page }) => {
  await page.goto('/about/');
  await openSettings(page);
  const spacing = spacingToggle(page).locator('xpath=..');
  await expect(spacing, 'the spacing settings, closed at first').not.toHaveAttribute('open');
  // What is drawn: a flex <summary> draws no ::marker, whatever its list-style says.
  const sign = () => spacingToggle(page).evaluate((summary) => getComputedStyle(summary, '::after').content);
  expect(await sign(), 'the sign of a closed toggle').toContain('▾');
  // What a screen reader is told: Chromium's accessibility tree.
  expect(await announced(page, 'More'), 'the closed toggle, as a screen reader hears it').toEqual({ role: 'DisclosureTriangle', expanded: false });
  await spacingToggle(page).click();
  await expect(spacing, 'the spacing settings, open').toHaveAttribute('open');
  expect(await sign(), 'the sign of an open toggle').toContain('▴');
  expect(await announced(page, 'More'), 'the open toggle, as a screen reader hears it').toEqual({ role: 'DisclosureTriangle', expanded: true });

  // Measured in one pass: each control's box as drawn, with its words to name it.
  const controls = await page.getByRole('banner').locator('label:visible, button:visible, summary:visible').evaluateAll((elements) =>
    elements.map((element) => ({ words: (element as HTMLElement).innerText, box: element.getBoundingClientRect().toJSON() as DOMRect })),
  );
  expect(controls.length, 'the controls of the open panel').toBeGreaterThan(25);
  for (const { words, box } of controls) {
    expect(box.width, `the width of ${words}`).toBeGreaterThanOrEqual(24);
    expect(box.height, `the height of ${words}`).toBeGreaterThanOrEqual(24);
  }

  await group(page, 'Letter spacing').getByRole('radio', { name: 'Wider', exact: true }).check();
  await expect(status(page), 'letter spacing announced').toHaveText('Letter spacing: Wider');
  await group(page, 'Word spacing').getByRole('radio', { name: 'Wide', exact: true }).check();
  await expect(status(page), 'word spacing announced').toHaveText('Word spacing: Wide');
  await group(page, 'Line spacing').getByRole('radio', { name: '2.5' }).check();
  await expect(status(page), 'line spacing announced').toHaveText('Line spacing: 2.5');
  await group(page, 'Paragraph spacing').getByRole('radio', { name: 'Wide', exact: true }).check();
  await expect(status(page), 'paragraph spacing announced').toHaveText('Paragraph spacing: Wide');
  const paragraph = page.getByRole('main').locator('.prose p').first();
  await expect(paragraph, 'letter spacing').toHaveCSS('letter-spacing', `${16 * 0.24}px`);
  await expect(paragraph, 'word spacing').toHaveCSS('word-spacing', `${16 * 0.16}px`);
  await expect(paragraph, 'line spacing').toHaveCSS('line-height', `${16 * 2.5}px`);
  await expect(paragraph, 'paragraph spacing').toHaveCSS('margin-bottom', `${16 * 2}px`);
  // Relative to the text's own size: a heading's letters are spaced wider than a paragraph's.
  const h1 = page.getByRole('heading', { level: 1 });
  const h1Size = parseFloat(await h1.evaluate((element) => getComputedStyle(element).fontSize));
  await expect(h1, 'letter spacing of the heading, relative to its size').toHaveCSS('letter-spacing', `${h1Size * 0.24}px`);

  await group(page, 'Font size').getByRole('radio', { name: 'Font size 150%' }).check();
  await page.getByRole('banner').getByRole('button', { name: 'Reset' }).click();
  await expect(status(page), 'Reset announced').toHaveText('Display settings reset to the defaults');
  await expect(paragraph, 'letter spacing after Reset').toHaveCSS('letter-spacing', 'normal');
  await expect(paragraph, 'word spacing after Reset').toHaveCSS('word-spacing', '0px');
  await expect(page.locator('html'), 'the root size after Reset').toHaveCSS('font-size', '16px');
  await expect(group(page, 'Font size').getByRole('radio', { name: 'Font size 100%' }), '100% checked after Reset').toBeChecked();
  await page.reload();
  for (const attribute of ['data-font-size', 'data-letter-spacing', 'data-word-spacing', 'data-line-spacing', 'data-paragraph-spacing']) {
    await expect(page.locator('html'), `${attribute} after Reset and a reload`).not.toHaveAttribute(attribute);
  }
});

test('serif type comes from the reader’s own system fonts, in both alphabets', async ({ shared: page }) => {
  await page.goto('/ru/');
  await openSettings(page, 'Настройки отображения');
  await page.getByRole('banner').locator('summary').filter({ hasText: /^Ещё/ }).click();
  await group(page, 'Шрифт').getByRole('radio', { name: 'С засечками' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-font-family', 'serif');
  await expect(page.locator('body')).toHaveCSS('font-family', /Georgia.*serif$/);
  // Nothing is downloaded for it.
  expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => /\.(woff2?|ttf|otf)$/.test(entry.name)).length), 'fonts downloaded').toBe(0);
  await expect(status(page)).toHaveText('Шрифт: С засечками');
});

test('pictures as text: the map gives way to a note, every fact it gave is still on the page, the choice is kept, and axe finds nothing', async ({ shared: page }) => {
  await page.goto('/members/');
  await openSettings(page);
  const map = page.getByRole('img', { name: strings('en').t('map.title') });
  const note = page.getByText(softly(strings('en').t('map.asWords').split('{where}')[0]!.trim()));
  await expect(map, 'the map, before').toBeVisible();
  const named = await map.locator('text').evaluateAll((texts) => [...new Set(texts.map((text) => text.textContent ?? ''))]);
  await spacingToggle(page).click();
  await group(page, 'Pictures').getByRole('radio', { name: 'Text instead', exact: true }).check();
  await expect(map, 'the map, as text').toBeHidden();
  await expect(note, 'the note in its place').toBeVisible();
  const main = (await page.getByRole('main').innerText()).replaceAll('\u00AD', '');
  for (const name of named) expect(main, `${name}, named on the page`).toContain(name);
  await page.reload();
  await expect(map, 'the map, after a reload').toBeHidden();
  await expect(note, 'the note, after a reload').toBeVisible();
  expect(await loadedAxeViolations(page), 'axe with pictures as text').toEqual([]);
});

test('the choice is right on the first frame of the next page (no flash of the default look), and is kept across reload and navigation', async ({ page }) => {
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      const html = getComputedStyle(document.documentElement);
      const body = getComputedStyle(document.body);
      (window as unknown as { firstFrame: string[] }).firstFrame = [html.backgroundColor, html.fontSize, body.fontFamily.startsWith('Georgia') ? 'serif' : 'sans', body.wordSpacing];
    });
  });
  await page.goto('/');
  await openSettings(page);
  await group(page, 'Site colours').getByRole('radio', { name: 'White on black' }).check();
  await group(page, 'Font size').getByRole('radio', { name: 'Font size 125%' }).check();
  await spacingToggle(page).click();
  await group(page, 'Type').getByRole('radio', { name: 'Serif', exact: true }).check();
  await group(page, 'Word spacing').getByRole('radio', { name: 'Wider', exact: true }).check();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cooperation' }).click();
  await expect(page).toHaveURL('/partners/');
  const firstFrame = await page.waitForFunction(() => (window as unknown as { firstFrame?: string[] }).firstFrame);
  expect(await firstFrame.jsonValue(), 'colours, size, type and word spacing on the first frame of the next page').toEqual(['rgb(0, 0, 0)', '20px', 'serif', `${20 * 0.32}px`]);

  await openSettings(page);
  await group(page, 'Site colours').getByRole('radio', { name: 'Brown on beige' }).check();
  await group(page, 'Font size').getByRole('radio', { name: 'Font size 175%' }).check();
  await spacingToggle(page).click();
  await group(page, 'Paragraph spacing').getByRole('radio', { name: 'Wider', exact: true }).check();
  await page.reload();
  await expect(body(page), 'the background after a reload').toHaveCSS('background-color', schemeColours['brown-on-beige']![1]);
  await openSettings(page);
  await expect(group(page, 'Site colours').getByRole('radio', { name: 'Brown on beige' }), 'the scheme checked after a reload').toBeChecked();
  await spacingToggle(page).click();
  await expect(group(page, 'Type').getByRole('radio', { name: 'Serif', exact: true }), 'the type checked after a reload').toBeChecked();
  // At 175% the page is narrower than 48rem: the navigation is behind Menu.
  await page.getByRole('banner').locator('summary').filter({ hasText: 'Menu' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Forces' }).click();
  await expect(page).toHaveURL('/forces/');
  await expect(page.locator('html'), 'the size on the next page').toHaveCSS('font-size', '28px');
  await expect(page.locator('html'), 'the paragraph spacing on the next page').toHaveAttribute('data-paragraph-spacing', 'wider');
  await openSettings(page);
  await expect(group(page, 'Font size').getByRole('radio', { name: 'Font size 175%' }), 'the size checked on the next page').toBeChecked();
});

test('with the keyboard alone: the toggle first after the skip link, then each group, arrows choosing within it; a larger size keeps the panel open and focus where it was', async ({ shared: page }) => {
  await page.goto('/members/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(settingsToggle(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const sizes = group(page, 'Font size');
  await expect(sizes.getByRole('radio', { name: 'Font size 100%' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(sizes.getByRole('radio', { name: 'Font size 125%' })).toBeFocused();
  await expect(sizes.getByRole('radio', { name: 'Font size 125%' })).toBeChecked();
  await expect(page.locator('html')).toHaveCSS('font-size', '20px');
  await page.keyboard.press('Tab');
  const colours = group(page, 'Site colours');
  await expect(colours.getByRole('radio', { name: 'Default', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(colours.getByRole('radio', { name: 'White on black' })).toBeChecked();
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  await expect(colours.getByRole('radio', { name: 'White on black' })).toBeFocused();
  await expect(status(page)).toHaveText('Site colours: White on black');
  await page.keyboard.press('Tab');
  await expect(spacingToggle(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(group(page, 'Type').getByRole('radio', { name: 'Sans-serif', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(group(page, 'Pictures').getByRole('radio', { name: 'Show', exact: true })).toBeFocused();
  await expect(group(page, 'Letter spacing')).toBeVisible();
  // Escape closes the panel from inside it and returns to its toggle.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(group(page, 'Font size')).toBeHidden();
  await expect(settingsToggle(page)).toBeFocused();

  // Up to 200%, where the page is narrower than 48rem and the header folds: the panel stays open
  // and focus stays on the size chosen.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(sizes.getByRole('radio', { name: 'Font size 125%' }), 'focus on the size chosen, on reopening').toBeFocused();
  for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('html'), 'the root at 200%').toHaveCSS('font-size', '32px');
  await expect(sizes.getByRole('radio', { name: 'Font size 200%' }), 'focus on 200%').toBeFocused();
  await expect(sizes, 'the panel at 200%').toBeVisible();
});

test('on a narrow screen the toggle shows its first word and keeps its whole name', async ({ shared: page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/');
  const toggle = settingsToggle(page);
  await expect(toggle).toHaveAccessibleName(softly('Display settings'));
  // The rest of the name is there for screen readers, clipped to nothing on screen.
  const rest = toggle.getByText(softly('settings'));
  expect((await rest.boundingBox())!.width).toBeLessThanOrEqual(1);
  await page.setViewportSize({ width: 1280, height: 800 });
  expect((await rest.boundingBox())!.width).toBeGreaterThan(20);
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(group(page, 'Font size')).toBeHidden();
  await toggle.click();
  await expect(group(page, 'Font size')).toBeVisible();
  await group(page, 'Site colours').getByRole('radio', { name: 'Dark blue on light blue' }).check();
  await expect(page.locator('body')).toHaveCSS('background-color', schemeColours['dark-blue-on-light-blue']![1]);
});

// axe with the panel and its spacing open, on an entry page (facts, links, the header's
// controls): in the default look at 200% text with serif type and the spacings widened, and in a
// two-colour scheme at 100%, with the AAA contrast rule (wcag2aaa), which asks 7:1 of text of that
// size (at 200% all text is large, and 4.5:1 is enough). That each two-colour scheme paints only
// its two colours, on a page of every template with every disclosure open and pictures both ways,
// is the sweep's (pages.spec.ts); that its two colours have 7:1, tests/unit/preferences.test.ts.
test('axe finds nothing with the settings open, in the default look at 200% with serif type and wide spacing, and in a two-colour scheme at 100%', async ({ shared: page }) => {
  await page.goto('/operations/kanal/');
  await openSettings(page);
  await spacingToggle(page).click();
  await group(page, 'Font size').getByRole('radio', { name: 'Font size 200%' }).check();
  await group(page, 'Type').getByRole('radio', { name: 'Serif', exact: true }).check();
  await group(page, 'Word spacing').getByRole('radio', { name: 'Wide', exact: true }).check();
  await group(page, 'Paragraph spacing').getByRole('radio', { name: 'Wide', exact: true }).check();
  expect(await loadedAxeViolations(page, tagsFor('default')), 'axe in the default look at 200%, serif, wide spacing').toEqual([]);

  const twoColour = allowedValues.scheme[1];
  await page.getByRole('banner').getByRole('button', { name: 'Reset' }).click();
  await group(page, 'Site colours').getByRole('radio', { name: tDynamic(`prefs.scheme.${twoColour}`), exact: true }).check();
  await expect(page.locator('html'), 'the defaults but the scheme').toHaveAttribute('data-scheme', twoColour);
  expect(await loadedAxeViolations(page, tagsFor(twoColour)), `axe in ${twoColour} at 100%`).toEqual([]);
});
