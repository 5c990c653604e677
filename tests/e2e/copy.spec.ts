import { expect, test } from '@playwright/test';

// The build puts soft hyphens into words (src/lib/hyphenation.ts); a reader who copies a passage
// to quote it gets the words without them (src/components/site/copy-text.ts).
test('copied text carries no soft hyphens, as plain text and as HTML', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/ru/forces/unified-air-defense-system-of-russia-and-kazakhstan/');
  const paragraph = page.getByRole('main').locator('.prose p').first();
  const shown = (await paragraph.textContent())!;
  expect(shown).toContain('\u00AD');
  await paragraph.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await page.keyboard.press('Control+C');
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { text: await (await item!.getType('text/plain')).text(), html: await (await item!.getType('text/html')).text() };
  });
  expect(copied.text).toBe(shown.replaceAll('\u00AD', ''));
  expect(copied.html).not.toContain('\u00AD');
  expect(copied.html).not.toContain('&shy;');
  await context.close();
});
