import { expect, test } from './fixtures';
import { showWith, stringsFor } from './site';

// Issue 26 §2, the column: on a phone with 200% text the reading text keeps at least 85% of
// <main>'s width (boxed lists drop their borders, padding and indents: src/styles/column.css), and
// each key fact's label sits above its value; on a wide page, beside it.

/** Long pages of each kind, in every language: boxed facts, dated events, quotations, lists. */
const longPages = ['operations/kanal/', 'members/armenia/', 'bodies/collective-security-council/', 'bodies/secretary-general/', 'documents/collective-security-treaty/', 'about/', 'changes/'].flatMap((path) =>
  ['', 'ru/', 'kk/'].map((prefix) => `/${prefix}${path}`),
);

/** Every block of reading text in <main> that shows (not in a closed toggle, not in a scrolling table), with its width for text. */
const textColumn = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const main = document.querySelector('main')!;
    const style = getComputedStyle(main);
    const width = main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const blocks = [...main.querySelectorAll('p, li, dt, dd, blockquote, figcaption')]
      .filter((element) => element.getClientRects().length > 0 && !element.closest('table, svg'))
      .filter((element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()))
      .map((element) => {
        const own = getComputedStyle(element);
        return { text: element.textContent!.trim().slice(0, 40), width: element.clientWidth - parseFloat(own.paddingLeft) - parseFloat(own.paddingRight) };
      });
    return { width, blocks };
  });

test.describe('at 320 px with 200% text in White on black', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of longPages) {
    test(`${path}: every block of text keeps at least 85% of the main column`, async ({ shared: page }) => {
      await page.goto(path);
      await showWith(page, { fontSize: '200', scheme: 'white-on-black' });
      const { width, blocks } = await textColumn(page);
      expect(blocks.length, 'blocks of text measured').toBeGreaterThan(10);
      expect(
        blocks.filter((block) => block.width < 0.85 * width).map((block) => `${Math.round(block.width)} of ${Math.round(width)} px: ${block.text}`),
        'blocks narrower than 85% of main',
      ).toEqual([]);
    });
  }

  test('a key fact’s label sits above its value, at the same left edge, in every language', async ({ shared: page }) => {
    for (const path of ['/members/armenia/', '/ru/bodies/secretary-general/', '/kk/documents/charter/']) {
      await page.goto(path);
      await showWith(page, { fontSize: '200', scheme: 'white-on-black' });
      const facts = page.getByRole('region', { name: stringsFor(path).t('entry.facts') });
      const pairs = await facts.locator('dt').evaluateAll((labels) =>
        labels.map((dt) => {
          const [label, value] = [dt.getBoundingClientRect(), dt.nextElementSibling!.getBoundingClientRect()];
          return { label: { left: label.left, bottom: label.bottom }, value: { left: value.left, top: value.top } };
        }),
      );
      expect(pairs.length, `${path}: key facts`).toBeGreaterThanOrEqual(3);
      for (const { label, value } of pairs) {
        expect(value.top, `${path}: a value below its label`).toBeGreaterThanOrEqual(label.bottom - 1);
        expect(Math.abs(value.left - label.left), `${path}: a value at its label's left edge`).toBeLessThanOrEqual(1);
      }
    }
  });
});

test('on a wide page a key fact’s label sits beside its value', async ({ shared: page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/kk/members/armenia/');
  const facts = page.getByRole('region', { name: stringsFor('/kk/').t('entry.facts') });
  const pairs = await facts.locator('dt').evaluateAll((labels) => labels.map((dt) => [dt.getBoundingClientRect(), dt.nextElementSibling!.getBoundingClientRect()].map((box) => ({ top: box.top, left: box.left, right: box.right }))));
  expect(pairs.length).toBeGreaterThanOrEqual(3);
  for (const [label, value] of pairs) {
    expect(value!.left, 'a value right of its label').toBeGreaterThanOrEqual(label!.right);
    expect(Math.abs(value!.top - label!.top), 'on the same line').toBeLessThanOrEqual(1);
  }
});

test('the search page keeps no blank screen under its form until a search is asked, in every language', async ({ shared: page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const prefix of ['', 'ru/', 'kk/']) {
    await page.goto(`/${prefix}search/`);
    const top = await page.getByRole('contentinfo').evaluate((footer) => footer.getBoundingClientRect().top);
    expect(top, `/${prefix}search/: the footer, on the first screen`).toBeLessThan(800);
  }
});
