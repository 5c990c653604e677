import { expect, test, type Page } from '@playwright/test';
import { allowedValues } from '../../src/components/preferences/model.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { axeViolations, storePreferences, wcag22aa } from './site';

/** The five two-colour schemes and their text and background, as the panels of CIS government sites have them. */
const schemes = {
  'Black on white': ['rgb(0, 0, 0)', 'rgb(255, 255, 255)'],
  'White on black': ['rgb(255, 255, 255)', 'rgb(0, 0, 0)'],
  'Dark blue on light blue': ['rgb(6, 52, 98)', 'rgb(157, 209, 255)'],
  'Brown on beige': ['rgb(77, 75, 67)', 'rgb(247, 243, 214)'],
  'Green on dark brown': ['rgb(169, 228, 77)', 'rgb(59, 39, 22)'],
} as const;
type Scheme = keyof typeof schemes;
const schemeValue = (name: string) => name.toLowerCase().replaceAll(' ', '-');

const fontSizes = allowedValues.fontSize;

const group = (page: Page, name: string) => page.getByRole('banner').getByRole('group', { name });
const status = (page: Page) => page.getByRole('banner').getByRole('status');

/**
 * Every colour the visible page paints: text, backgrounds and borders of each element, except the
 * swatches (which show other schemes on purpose) and native radio buttons (drawn by the browser).
 */
function paintedColours(page: Page) {
  return page.evaluate(() => {
    const colours = new Map<string, string>();
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest('.swatch') || (element as HTMLInputElement).type === 'radio') continue;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
      const where = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}`;
      colours.set(style.color, where);
      if (style.backgroundColor !== 'rgba(0, 0, 0, 0)') colours.set(style.backgroundColor, where);
      for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
        if (style[`border${side}Style`] !== 'none' && style[`border${side}Width`] !== '0px') colours.set(style[`border${side}Color`], where);
      }
    }
    return Object.fromEntries(colours);
  });
}

test.describe('site colours', () => {
  for (const [name, [text, background]] of Object.entries(schemes) as [Scheme, readonly [string, string]][]) {
    test(`${name} recolours everything, text, links, borders and focus included`, async ({ page }) => {
      await page.goto('/operations/kanal/');
      await group(page, 'Site colours').getByRole('radio', { name }).check();
      await expect(page.locator('html')).toHaveAttribute('data-scheme', schemeValue(name));
      const painted = await paintedColours(page);
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
    await expect(page.locator('body')).not.toHaveCSS('background-color', schemes['Green on dark brown'][1]);
  });
});

test.describe('font size', () => {
  for (const size of fontSizes) {
    test(`${size}% sets the root size in per cent and scales the text`, async ({ page }) => {
      await storePreferences(page, JSON.stringify({ fontSize: size === '125' ? '150' : '125' }));
      await page.goto('/bodies/');
      await group(page, 'Font size').getByRole('radio', { name: `Font size ${size}%` }).check();
      const px = (16 * Number(size)) / 100;
      await expect(page.locator('html')).toHaveCSS('font-size', `${px}px`);
      await expect(page.getByRole('main').getByText(strings('en').t('intro.bodies'))).toHaveCSS('font-size', `${px * 1.125}px`);
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

test.describe('spacing and reset', () => {
  test('letter and line spacing apply to the text, and Reset returns to the defaults', async ({ page }) => {
    await page.goto('/about/');
    await page.getByRole('button', { name: 'Spacing' }).click();
    await expect(page.getByRole('button', { name: 'Spacing' })).toHaveAttribute('aria-expanded', 'true');
    await group(page, 'Letter spacing').getByRole('radio', { name: 'Wider' }).check();
    await expect(status(page)).toHaveText('Letter spacing: Wider');
    await group(page, 'Line spacing').getByRole('radio', { name: '2.5' }).check();
    await expect(status(page)).toHaveText('Line spacing: 2.5');
    const paragraph = page.getByRole('main').locator('.prose p').first();
    await expect(paragraph).toHaveCSS('letter-spacing', '4px');
    await expect(paragraph).toHaveCSS('line-height', `${16 * 2.5}px`);

    await group(page, 'Font size').getByRole('radio', { name: 'Font size 150%' }).check();
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(status(page)).toHaveText('Display settings reset to the defaults');
    await expect(paragraph).toHaveCSS('letter-spacing', 'normal');
    await expect(page.locator('html')).toHaveCSS('font-size', '16px');
    await expect(group(page, 'Font size').getByRole('radio', { name: 'Font size 100%' })).toBeChecked();
    await page.reload();
    await expect(page.locator('html')).not.toHaveAttribute('data-font-size');
  });
});

test.describe('keeping the choice', () => {
  test('persists across reload and navigation', async ({ page }) => {
    await page.goto('/');
    await group(page, 'Site colours').getByRole('radio', { name: 'Brown on beige' }).check();
    await group(page, 'Font size').getByRole('radio', { name: 'Font size 175%' }).check();
    await page.reload();
    await expect(page.locator('body')).toHaveCSS('background-color', schemes['Brown on beige'][1]);
    // At 175% the header is narrower than 48rem, so the controls sit behind their button.
    await page.getByRole('button', { name: 'Display settings' }).click();
    await expect(group(page, 'Site colours').getByRole('radio', { name: 'Brown on beige' })).toBeChecked();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Forces' }).click();
    await expect(page).toHaveURL('/forces/');
    await expect(page.locator('html')).toHaveCSS('font-size', '28px');
    await page.getByRole('button', { name: 'Display settings' }).click();
    await expect(group(page, 'Font size').getByRole('radio', { name: 'Font size 175%' })).toBeChecked();
  });

  test('is right on the first frame of the next page: no flash of the default look', async ({ page }) => {
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        const html = getComputedStyle(document.documentElement);
        (window as unknown as { firstFrame: string[] }).firstFrame = [html.backgroundColor, html.fontSize];
      });
    });
    await page.goto('/');
    await group(page, 'Site colours').getByRole('radio', { name: 'White on black' }).check();
    await group(page, 'Font size').getByRole('radio', { name: 'Font size 200%' }).check();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cooperating organizations' }).click();
    await expect(page).toHaveURL('/partners/');
    const firstFrame = await page.waitForFunction(() => (window as unknown as { firstFrame?: string[] }).firstFrame);
    expect(await firstFrame.jsonValue()).toEqual(['rgb(0, 0, 0)', '32px']);
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
    await group(page, 'Site colours').getByRole('radio', { name: 'White on black' }).check();
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
    await expect(status(page)).toHaveText('Site colours: White on black');
    expect(errors).toEqual([]);
  });

  for (const stored of ['{not json', '"text"', '{"scheme":"pink","fontSize":"150"}', '{"fontSize":"<img src=x onerror=alert(1)>"}']) {
    test(`falls back to the defaults, field by field, on stored ${stored}`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await storePreferences(page, stored);
      await page.goto('/');
      const expectedSize = stored.includes('"150"') ? '24px' : '16px';
      await expect(page.locator('html')).toHaveCSS('font-size', expectedSize);
      await expect(page.locator('html')).not.toHaveAttribute('data-scheme');
      await expect(group(page, 'Site colours').getByRole('radio', { name: 'Default' })).toBeChecked();
      expect(errors).toEqual([]);
    });
  }
});

test.describe('using the controls', () => {
  test('with the keyboard alone: Tab reaches each group, arrows choose within it', async ({ page }) => {
    await page.goto('/members/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Tab');
    const sizes = group(page, 'Font size');
    await expect(sizes.getByRole('radio', { name: 'Font size 100%' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(sizes.getByRole('radio', { name: 'Font size 125%' })).toBeFocused();
    await expect(sizes.getByRole('radio', { name: 'Font size 125%' })).toBeChecked();
    await expect(page.locator('html')).toHaveCSS('font-size', '20px');
    await page.keyboard.press('Tab');
    const colours = group(page, 'Site colours');
    await expect(colours.getByRole('radio', { name: 'Default' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(colours.getByRole('radio', { name: 'White on black' })).toBeChecked();
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
    await expect(colours.getByRole('radio', { name: 'White on black' })).toBeFocused();
    await expect(status(page)).toHaveText('Site colours: White on black');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Spacing' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(group(page, 'Letter spacing')).toBeVisible();
  });

  test('on a narrow screen the controls open from a button that says whether it is open', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Display settings' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(group(page, 'Font size')).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(group(page, 'Font size')).toBeVisible();
    await group(page, 'Site colours').getByRole('radio', { name: 'Dark blue on light blue' }).check();
    await expect(page.locator('body')).toHaveCSS('background-color', schemes['Dark blue on light blue'][1]);
  });

  test('at 200% text on a wide screen the controls fold behind a button, like 200% zoom, and the heading shows', async ({ page }) => {
    await storePreferences(page, '{"fontSize":"200"}');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/bodies/secretariat/');
    const toggle = page.getByRole('button', { name: 'Display settings' });
    await expect(toggle).toBeVisible();
    await expect(group(page, 'Font size')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(group(page, 'Font size').getByRole('radio', { name: 'Font size 200%' })).toBeChecked();
  });

  test('choosing a larger size with the keyboard keeps the controls open and focus where it was', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/');
    const sizes = group(page, 'Font size');
    await sizes.getByRole('radio', { name: 'Font size 150%' }).check();
    await sizes.getByRole('radio', { name: 'Font size 150%' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('html')).toHaveCSS('font-size', '32px');
    await expect(sizes.getByRole('radio', { name: 'Font size 200%' })).toBeFocused();
    await expect(sizes).toBeVisible();
    await expect(page.getByRole('button', { name: 'Display settings' })).toHaveAttribute('aria-expanded', 'true');
  });

  test('every option is a target of at least 24 by 24 CSS px', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Spacing' }).click();
    const controls = await page.getByRole('banner').locator('label:visible, button:visible').all();
    expect(controls.length).toBeGreaterThan(15);
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
    await expect(page.getByRole('group', { name: 'Font size' })).toBeHidden();
    await expect(page.getByRole('group', { name: 'Site colours' })).toBeHidden();
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(18, 18, 18)');
    await context.close();
  });
});

// axe in every scheme at 100% and 200% text, on an entry page (facts, links, the header's
// controls); in the five two-colour schemes, which promise at least 7:1, the AAA contrast rule
// (tag wcag2aaa) too. Every page is checked in every scheme for colours outside it in pages.spec.ts.
for (const scheme of allowedValues.scheme) {
  for (const fontSize of ['100', '200']) {
    test(`axe finds nothing in ${scheme} at ${fontSize}%`, async ({ page }) => {
      await storePreferences(page, { scheme, fontSize });
      await page.goto('/operations/kanal/');
      expect(await axeViolations(page, scheme === 'default' ? wcag22aa : [...wcag22aa, 'wcag2aaa'])).toEqual([]);
    });
  }
}
