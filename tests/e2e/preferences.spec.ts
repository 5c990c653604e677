import { expect, test, type Page } from '@playwright/test';
import { allowedValues } from '../../src/components/preferences/model.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { contrast, paintedColours, schemeColours } from './colours';
import { announced, axeViolations, openSettings, settingsToggle, softly, storePreferences, tagsFor } from './site';

const fontSizes = allowedValues.fontSize;

const group = (page: Page, name: string) => page.getByRole('banner').getByRole('group', { name });
const status = (page: Page) => page.getByRole('banner').getByRole('status');
/** The spacing settings' own toggle inside the panel. */
const spacingToggle = (page: Page) => page.getByRole('banner').locator('summary').filter({ hasText: 'Spacing' });

test.describe('site colours', () => {
  // Each two-colour scheme, with the panel open on it: its radio buttons, which the site draws, included.
  for (const [scheme, [text, background]] of Object.entries(schemeColours)) {
    const name = strings('en').tDynamic(`prefs.scheme.${scheme}`);
    test(`${name} recolours everything, text, links, borders and focus included`, async ({ page }) => {
      await page.goto('/operations/kanal/');
      await openSettings(page);
      await group(page, 'Site colours').getByRole('radio', { name }).check();
      await expect(page.locator('html')).toHaveAttribute('data-scheme', scheme);
      const painted = (await paintedColours(page, [scheme]))[scheme]!;
      const stray = Object.entries(painted).filter(([colour]) => colour !== text && colour !== background);
      expect(stray, 'colours outside the scheme').toEqual([]);
      await expect(page.locator('body')).toHaveCSS('background-color', background);

      const link = page.getByRole('main').getByRole('link', { name: 'OSCE' });
      await link.focus();
      await expect(link).toHaveCSS('outline-color', text);
      await expect(link).toHaveCSS('color', text);
      await expect(status(page)).toHaveText(`Site colours: ${name}`);
    });
  }

  test('the default look follows a dark system setting when nothing is chosen', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(18, 18, 18)');
    await openSettings(page);
    await group(page, 'Site colours').getByRole('radio', { name: 'Black on white' }).check();
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  });

  test('the default look gets stronger contrast when the system asks for more', async ({ page }) => {
    await page.emulateMedia({ contrast: 'more' });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('color', 'rgb(0, 0, 0)');
  });

  test('under forced colours the page keeps its focus outline and the system colours win', async ({ page }) => {
    await storePreferences(page, '{"scheme":"green-on-dark-brown"}');
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto('/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toHaveCSS('outline-style', 'solid');
    await expect(page.locator('body')).not.toHaveCSS('background-color', schemeColours['green-on-dark-brown']![1]);
  });
});

test.describe('font size', () => {
  for (const size of fontSizes) {
    test(`${size}% sets the root size in per cent and scales the text`, async ({ page }) => {
      await storePreferences(page, JSON.stringify({ fontSize: size === '125' ? '150' : '125' }));
      await page.goto('/bodies/');
      await openSettings(page);
      await group(page, 'Font size').getByRole('radio', { name: `Font size ${size}%` }).check();
      const px = (16 * Number(size)) / 100;
      await expect(page.locator('html')).toHaveCSS('font-size', `${px}px`);
      await expect(page.getByRole('main').getByText(softly(strings('en').t('intro.bodies')))).toHaveCSS('font-size', `${px * 1.125}px`);
      await expect(group(page, 'Font size').getByRole('radio', { name: `Font size ${size}%` })).toBeChecked();
      await expect(status(page)).toHaveText(`Font size: ${size}%`);
    });
  }

  test('counts on top of the browser default, so a reader’s own setting still applies', async ({ page }) => {
    await page.goto('/');
    const rule = await page.evaluate(() => {
      for (const sheet of document.styleSheets) {
        for (const r of sheet.cssRules) if (r.cssText.includes("data-font-size=\"150\"")) return r.cssText;
      }
      return '';
    });
    expect(rule).toContain('font-size: 150%');
  });
});

test.describe('type, spacing, pictures and reset', () => {
  test('the four text spacings apply to the text, each relative to its size, and Reset returns to the defaults', async ({ page }) => {
    await page.goto('/about/');
    await openSettings(page);
    await expect(spacingToggle(page).locator('xpath=..')).not.toHaveAttribute('open');
    await spacingToggle(page).click();
    await expect(spacingToggle(page).locator('xpath=..')).toHaveAttribute('open');
    await group(page, 'Letter spacing').getByRole('radio', { name: 'Wider', exact: true }).check();
    await expect(status(page)).toHaveText('Letter spacing: Wider');
    await group(page, 'Word spacing').getByRole('radio', { name: 'Wide', exact: true }).check();
    await expect(status(page)).toHaveText('Word spacing: Wide');
    await group(page, 'Line spacing').getByRole('radio', { name: '2.5' }).check();
    await expect(status(page)).toHaveText('Line spacing: 2.5');
    await group(page, 'Paragraph spacing').getByRole('radio', { name: 'Wide', exact: true }).check();
    await expect(status(page)).toHaveText('Paragraph spacing: Wide');
    const paragraph = page.getByRole('main').locator('.prose p').first();
    await expect(paragraph).toHaveCSS('letter-spacing', `${16 * 0.24}px`);
    await expect(paragraph).toHaveCSS('word-spacing', `${16 * 0.16}px`);
    await expect(paragraph).toHaveCSS('line-height', `${16 * 2.5}px`);
    await expect(paragraph).toHaveCSS('margin-bottom', `${16 * 2}px`);
    // Relative to the text's own size: a heading's letters are spaced wider than a paragraph's.
    const h1 = page.getByRole('heading', { level: 1 });
    const h1Size = parseFloat(await h1.evaluate((element) => getComputedStyle(element).fontSize));
    await expect(h1).toHaveCSS('letter-spacing', `${h1Size * 0.24}px`);

    await group(page, 'Font size').getByRole('radio', { name: 'Font size 150%' }).check();
    await page.getByRole('banner').getByRole('button', { name: 'Reset' }).click();
    await expect(status(page)).toHaveText('Display settings reset to the defaults');
    await expect(paragraph).toHaveCSS('letter-spacing', 'normal');
    await expect(paragraph).toHaveCSS('word-spacing', '0px');
    await expect(page.locator('html')).toHaveCSS('font-size', '16px');
    await expect(group(page, 'Font size').getByRole('radio', { name: 'Font size 100%' })).toBeChecked();
    await page.reload();
    for (const attribute of ['data-font-size', 'data-letter-spacing', 'data-word-spacing', 'data-line-spacing', 'data-paragraph-spacing']) {
      await expect(page.locator('html')).not.toHaveAttribute(attribute);
    }
  });

  test('serif type comes from the reader’s own system fonts, in both alphabets', async ({ page }) => {
    await page.goto('/ru/');
    await openSettings(page, 'Настройки отображения');
    await group(page, 'Шрифт').getByRole('radio', { name: 'С засечками' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-font-family', 'serif');
    await expect(page.locator('body')).toHaveCSS('font-family', /Georgia.*serif$/);
    // Nothing is downloaded for it.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => /\.(woff2?|ttf|otf)$/.test(entry.name)).length)).toBe(0);
    await expect(status(page)).toHaveText('Шрифт: С засечками');
  });

  test('pictures as text: the map gives way to a note, and every fact it gave is still on the page', async ({ page }) => {
    await page.goto('/members/');
    await openSettings(page);
    const map = page.getByRole('img', { name: strings('en').t('map.title') });
    await expect(map).toBeVisible();
    const named = await map.locator('text').evaluateAll((texts) => [...new Set(texts.map((text) => text.textContent ?? ''))]);
    await group(page, 'Pictures').getByRole('radio', { name: 'Text instead', exact: true }).check();
    await expect(map).toBeHidden();
    await expect(page.getByText(softly(strings('en').t('map.asText')))).toBeVisible();
    const main = (await page.getByRole('main').innerText()).replaceAll('\u00AD', '');
    for (const name of named) expect(main).toContain(name);
    await page.reload();
    await expect(map).toBeHidden();
  });

  test('the spacing toggle shows whether it is open: a sign that changes, and the state a screen reader hears', async ({ page }) => {
    await page.goto('/');
    await openSettings(page);
    // What is drawn: a flex <summary> draws no ::marker, whatever its list-style says.
    const sign = () => spacingToggle(page).evaluate((summary) => getComputedStyle(summary, '::after').content);
    expect(await sign()).toContain('▾');
    expect(await announced(page, 'Spacing')).toEqual({ role: 'DisclosureTriangle', expanded: false });
    await spacingToggle(page).click();
    expect(await sign()).toContain('▴');
    // What a screen reader is told: the toggle, expanded.
    expect(await announced(page, 'Spacing')).toEqual({ role: 'DisclosureTriangle', expanded: true });
  });
});

test.describe('keeping the choice', () => {
  test('persists across reload and navigation', async ({ page }) => {
    await page.goto('/');
    await openSettings(page);
    await group(page, 'Site colours').getByRole('radio', { name: 'Brown on beige' }).check();
    await group(page, 'Font size').getByRole('radio', { name: 'Font size 175%' }).check();
    await group(page, 'Type').getByRole('radio', { name: 'Serif', exact: true }).check();
    await spacingToggle(page).click();
    await group(page, 'Paragraph spacing').getByRole('radio', { name: 'Wider', exact: true }).check();
    await page.reload();
    await expect(page.locator('body')).toHaveCSS('background-color', schemeColours['brown-on-beige']![1]);
    await openSettings(page);
    await expect(group(page, 'Site colours').getByRole('radio', { name: 'Brown on beige' })).toBeChecked();
    await expect(group(page, 'Type').getByRole('radio', { name: 'Serif', exact: true })).toBeChecked();
    // At 175% the page is narrower than 48rem: the navigation is behind Menu.
    await page.getByRole('banner').locator('summary').filter({ hasText: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Forces' }).click();
    await expect(page).toHaveURL('/forces/');
    await expect(page.locator('html')).toHaveCSS('font-size', '28px');
    await expect(page.locator('html')).toHaveAttribute('data-paragraph-spacing', 'wider');
    await openSettings(page);
    await expect(group(page, 'Font size').getByRole('radio', { name: 'Font size 175%' })).toBeChecked();
  });

  test('is right on the first frame of the next page: no flash of the default look', async ({ page }) => {
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
    await group(page, 'Type').getByRole('radio', { name: 'Serif', exact: true }).check();
    await spacingToggle(page).click();
    await group(page, 'Word spacing').getByRole('radio', { name: 'Wider', exact: true }).check();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cooperating organizations' }).click();
    await expect(page).toHaveURL('/partners/');
    const firstFrame = await page.waitForFunction(() => (window as unknown as { firstFrame?: string[] }).firstFrame);
    expect(await firstFrame.jsonValue()).toEqual(['rgb(0, 0, 0)', '20px', 'serif', `${20 * 0.32}px`]);
  });

  test('works for the page when storage is blocked, and nothing throws', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto('/');
    await openSettings(page);
    await group(page, 'Site colours').getByRole('radio', { name: 'White on black' }).check();
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
    await expect(status(page)).toHaveText('Site colours: White on black');
    expect(errors).toEqual([]);
  });

  for (const stored of [
    '{not json',
    '"text"',
    '{"scheme":"pink","fontSize":"150"}',
    '{"fontSize":"<img src=x onerror=alert(1)>"}',
    '{"fontFamily":"Comic Sans","wordSpacing":"9em","paragraphSpacing":["wide"],"pictures":"text"}',
  ]) {
    test(`falls back to the defaults, field by field, on stored ${stored}`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await storePreferences(page, stored);
      await page.goto('/members/');
      const expectedSize = stored.includes('"150"') ? '24px' : '16px';
      await expect(page.locator('html')).toHaveCSS('font-size', expectedSize);
      for (const attribute of ['data-scheme', 'data-font-family', 'data-word-spacing', 'data-paragraph-spacing']) await expect(page.locator('html')).not.toHaveAttribute(attribute);
      // The one valid field is kept.
      if (stored.includes('"pictures":"text"')) await expect(page.locator('html')).toHaveAttribute('data-pictures', 'text');
      await openSettings(page);
      await expect(group(page, 'Site colours').getByRole('radio', { name: 'Default', exact: true })).toBeChecked();
      await expect(group(page, 'Type').getByRole('radio', { name: 'Sans-serif', exact: true })).toBeChecked();
      expect(errors).toEqual([]);
    });
  }
});

test.describe('using the controls', () => {
  test('with the keyboard alone: the toggle first after the skip link, then each group, arrows choosing within it', async ({ page }) => {
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
    await expect(group(page, 'Type').getByRole('radio', { name: 'Sans-serif', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(group(page, 'Pictures').getByRole('radio', { name: 'Show', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(spacingToggle(page)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(group(page, 'Letter spacing')).toBeVisible();
    // Escape closes the panel from inside it and returns to its toggle.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(group(page, 'Font size')).toBeHidden();
    await expect(settingsToggle(page)).toBeFocused();
  });

  test('on a narrow screen the toggle shows its first word and keeps its whole name', async ({ page }) => {
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

  test('choosing a larger size with the keyboard keeps the panel open and focus where it was', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/');
    await openSettings(page);
    const sizes = group(page, 'Font size');
    await sizes.getByRole('radio', { name: 'Font size 150%' }).check();
    await sizes.getByRole('radio', { name: 'Font size 150%' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('html')).toHaveCSS('font-size', '32px');
    await expect(sizes.getByRole('radio', { name: 'Font size 200%' })).toBeFocused();
    await expect(sizes).toBeVisible();
  });

  test('every option is a target of at least 24 by 24 CSS px', async ({ page }) => {
    await page.goto('/');
    await openSettings(page);
    await spacingToggle(page).click();
    const controls = await page.getByRole('banner').locator('label:visible, button:visible, summary:visible').all();
    expect(controls.length).toBeGreaterThan(25);
    for (const control of controls) {
      const box = (await control.boundingBox())!;
      expect(box.width, await control.innerText()).toBeGreaterThanOrEqual(24);
      expect(box.height, await control.innerText()).toBeGreaterThanOrEqual(24);
    }
  });

  test('are not shown with JavaScript off; the page follows the system', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(settingsToggle(page)).toBeHidden();
    await expect(page.getByRole('group', { name: 'Font size' })).toBeHidden();
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(18, 18, 18)');
    await context.close();
  });
});

// WCAG 1.4.11 asks 3:1 for a control's boundary and its state against what is next to it; axe
// does not measure it, so this does: each radio button's ring against the panel behind it, and
// the dot of the checked one against the button's own fill, in every scheme (set by its attribute,
// as the head script sets it).
test('in every scheme, each radio button’s ring and checked dot have 3:1 against what is next to them', async ({ page }) => {
  await page.goto('/');
  await openSettings(page);
  await spacingToggle(page).click();
  for (const scheme of allowedValues.scheme) {
    await page.locator('html').evaluate((html, value) => html.setAttribute('data-scheme', value), scheme);
    const radios = await page.getByRole('banner').getByRole('radio').evaluateAll((inputs) =>
      inputs.map((input) => {
        const style = getComputedStyle(input);
        let behind: Element | null = input.parentElement;
        while (behind && getComputedStyle(behind).backgroundColor === 'rgba(0, 0, 0, 0)') behind = behind.parentElement;
        const dot = (input as HTMLInputElement).checked ? getComputedStyle(input, '::before').backgroundColor : undefined;
        return { name: input.getAttribute('aria-label') ?? (input as HTMLInputElement).value, ring: style.borderTopColor, fill: style.backgroundColor, behind: getComputedStyle(behind ?? document.body).backgroundColor, dot };
      }),
    );
    expect(radios.length).toBeGreaterThan(20);
    for (const radio of radios) {
      expect(contrast(radio.ring, radio.behind), `${scheme}, ${radio.name}: ring`).toBeGreaterThanOrEqual(3);
      if (radio.dot) expect(contrast(radio.dot, radio.fill), `${scheme}, ${radio.name}: checked dot`).toBeGreaterThanOrEqual(3);
    }
  }
});

// axe with the panel and its spacing open, on an entry page (facts, links, the header's
// controls): in the default look at 200% text with serif type and the spacings widened, and in a
// two-colour scheme at 100%, with the AAA contrast rule (wcag2aaa), which asks 7:1 of text of that
// size (at 200% all text is large, and 4.5:1 is enough); and with pictures as text. That each
// two-colour scheme paints only its two colours, on a page of every template with every
// disclosure open and pictures both ways, is the sweep's (pages.spec.ts); that its two colours
// have 7:1, tests/unit/preferences.test.ts.
const [defaultLook, twoColour] = allowedValues.scheme;
for (const preferences of [
  { scheme: defaultLook, fontSize: '200', fontFamily: 'serif', wordSpacing: 'wide', paragraphSpacing: 'wide' },
  { scheme: twoColour },
]) {
  test(`axe finds nothing with the settings open in ${preferences.scheme}${preferences.fontSize ? ` at ${preferences.fontSize}%` : ''}`, async ({ page }) => {
    await storePreferences(page, preferences);
    await page.goto('/operations/kanal/');
    await openSettings(page);
    await spacingToggle(page).click();
    expect(await axeViolations(page, tagsFor(preferences.scheme))).toEqual([]);
  });
}

test('axe finds nothing with pictures as text', async ({ page }) => {
  await storePreferences(page, { pictures: 'text' });
  await page.goto('/members/');
  await expect(page.getByText(softly(strings('en').t('map.asText')))).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
