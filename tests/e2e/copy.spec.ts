import { expect, test } from '@playwright/test';
import { localSite } from '../../scripts/lib/local-site.ts';
import { strings } from '../../src/lib/i18n/strings.ts';

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

// Cite this page (src/components/cite/): a ready citation at the end of every page of content,
// with a button that copies it where JavaScript runs, and the text to select where it does not.
for (const [path, lang] of [
  ['/bodies/secretariat/', 'en'],
  ['/ru/bodies/secretariat/', 'ru'],
] as const) {
  const { t } = strings(lang);
  const [heading, button, copied] = [t('cite.heading'), t('cite.copy'), t('cite.copied')];
  test(`${lang}: the citation is copied by its button, from the keyboard, and said so`, async ({ browser }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(path);
    const section = page.getByRole('region', { name: heading });
    const citation = (await section.getByRole('paragraph').first().textContent())!.replaceAll('\u00AD', '');
    expect(citation).toContain(`${localSite}${path}`);
    const copy = section.getByRole('button', { name: button });
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect(section.getByRole('status')).toHaveText(copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    await context.close();
  });
}

test('without JavaScript the citation is there to select, and no button that would do nothing', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/bodies/secretariat/');
  const section = page.getByRole('region', { name: 'Cite this page' });
  await expect(section.getByRole('paragraph').first()).toBeVisible();
  expect((await section.getByRole('paragraph').first().textContent())!.replaceAll('\u00AD', '')).toMatch(new RegExp(`^“Secretariat”\\. CSTO guide\\. Reviewed on \\d+ \\w+ \\d{4}\\. ${RegExp.escape(`${localSite}/bodies/secretariat/`)}$`));
  await expect(section.getByRole('button')).toBeHidden();
  await context.close();
});
