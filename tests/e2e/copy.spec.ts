import { expect, test } from '@playwright/test';
import { localSite } from '../../scripts/lib/local-site.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { format } from '../../src/lib/i18n/format.ts';
import { citationStyles, styleNames } from '../../src/components/cite/styles.ts';

// The build puts soft hyphens into words (src/lib/hyphenation.ts); a reader who copies a passage
// to quote it gets the words without them (src/components/site/copy-text.ts). Cite this page
// (src/components/cite/): a ready citation at the end of every page of content, with a button that
// copies it where JavaScript runs (without it, the text to select: header.spec.ts). One browser
// context with the clipboard, each page in turn.
test('copied text carries no soft hyphens, as plain text and as HTML; the citation is copied by its button, from the keyboard, and said so, in each language', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/ru/forces/unified-air-defense-system-of-russia-and-kazakhstan/');
  const paragraph = page.getByRole('main').locator('.prose p').first();
  const shown = (await paragraph.textContent())!;
  expect(shown, 'soft hyphens in the paragraph').toContain('\u00AD');
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
  expect(copied.text, 'the paragraph copied as text').toBe(shown.replaceAll('\u00AD', ''));
  expect(copied.html, 'the paragraph copied as HTML').not.toContain('\u00AD');
  expect(copied.html, 'the paragraph copied as HTML').not.toContain('&shy;');

  for (const [path, lang] of [
    ['/bodies/secretariat/', 'en'],
    ['/ru/bodies/secretariat/', 'ru'],
  ] as const) {
    const { t } = strings(lang);
    await page.goto(path);
    const section = page.getByRole('region', { name: t('cite.heading') });
    const citation = (await section.getByRole('paragraph').first().textContent())!.replaceAll('\u00AD', '');
    expect(citation, `${path}: the citation's address`).toContain(`${localSite}${path}`);
    const copy = section.getByRole('button', { name: format(t('cite.copyStyle'), { style: styleNames[citationStyles[lang][0]!] }) });
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect(section.getByRole('status'), `${path}: the copy announced`).toHaveText(t('cite.copied'));
    expect(await page.evaluate(() => navigator.clipboard.readText()), `${path}: the citation copied`).toBe(citation);
  }
  await context.close();
});
