import type { Page } from '@playwright/test';

/**
 * How long the open display-settings panel may be on a phone at the largest text size: one and a
 * half screens of 320 × 640 CSS px at 200% text. The browser tests hold the panel to it in each
 * language (tests/e2e/panel.spec.ts); `npm run bench` prints the figures.
 */
export const panelLimit = { width: 320, height: 640, fontSize: '200', screens: 1.5 } as const;

/**
 * The height in CSS px of the display-settings panel of the loaded page at `panelLimit`'s size,
 * opened by its toggle: with "Spacing" folded, as it opens, and with it unfolded. Leaves the page
 * at that size with the panel closed.
 */
export async function panelHeights(page: Page): Promise<{ folded: number; unfolded: number }> {
  await page.setViewportSize({ width: panelLimit.width, height: panelLimit.height });
  await page.locator('html').evaluate((html, size) => html.setAttribute('data-font-size', size), panelLimit.fontSize);
  return page.evaluate(() => {
    const toggle = document.querySelector<HTMLDetailsElement>('details.header-toggle:has(+ #preferences-panel)')!;
    const panel = document.getElementById('preferences-panel')!;
    const spacing = panel.querySelector('details')!;
    toggle.open = true;
    spacing.open = false;
    const folded = panel.getBoundingClientRect().height;
    spacing.open = true;
    const unfolded = panel.getBoundingClientRect().height;
    spacing.open = false;
    toggle.open = false;
    return { folded: Math.round(folded), unfolded: Math.round(unfolded) };
  });
}
