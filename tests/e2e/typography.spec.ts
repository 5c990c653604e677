import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { languages } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';
import { sentenceStart } from '../../src/lib/hyphenation.ts';
import { headingWord, lineBreakLimits, lineBreakPages, measureSplitWords, neverSplit, splitWords } from '../../scripts/lib/line-breaks.ts';
import { openSettings } from './site';

// Words and lines (src/styles/typography.css, src/lib/hyphenation.ts): on long pages of each kind,
// in each language, few lines end in a split word (none need to on a desktop, where nothing is
// hyphenated), and no word is split in a heading, the header, the breadcrumbs, a control, a date,
// a name or an address, unless it is longer than its whole line; the open settings panel and menu
// on a phone at 200% text split none of their labels either. And a PDF saved from a page finds
// its words whole.

for (const lang of languages) {
  const { t } = strings(lang);
  test(`${lang}: at most ${lineBreakLimits.map(({ width, fontSize, share }) => `${share * 100}% of lines end in a split word at ${width} px with ${fontSize}% text`).join(', ')}; never in headings, chrome, controls, dates, names or addresses`, async ({ shared: page }) => {
    for (const size of lineBreakLimits) {
      let lines = 0;
      let splits = 0;
      for (const path of lineBreakPages) {
        const measured = await measureSplitWords(page, `/${localizedPath(lang, path)}`, size);
        expect(measured.lines, `lines of main on /${path} at ${size.width} px`).toBeGreaterThan(20);
        expect(measured.forbidden, `words split where none may be, /${path} at ${size.width} px with ${size.fontSize}% text`).toEqual([]);
        lines += measured.lines;
        splits += measured.splits;
      }
      expect(splits / lines, `the share of lines that end in a split word at ${size.width} px with ${size.fontSize}% text (${splits} of ${lines})`).toBeLessThanOrEqual(size.share);
    }
    // The display settings and the menu, open on a phone at 200% text: their labels whole.
    const narrow = lineBreakLimits.find(({ width }) => width === 320)!;
    await measureSplitWords(page, `/${localizedPath(lang, 'operations/kanal/')}`, narrow);
    const forbidden = () => page.evaluate(splitWords, [neverSplit, sentenceStart.source, headingWord] as [string, string, number]).then((measured) => measured.forbidden);
    await openSettings(page, t('prefs.open'));
    await expect(page.getByRole('radio').first(), 'the settings panel, open').toBeVisible();
    expect(await forbidden(), 'words split in the open settings panel').toEqual([]);
    await page.getByRole('banner').locator('summary').filter({ hasText: t('header.menu') }).click();
    await expect(page.getByRole('navigation', { name: t('nav.label') }).getByRole('link').first(), 'the menu, open').toBeVisible();
    expect(await forbidden(), 'words split in the open menu').toEqual([]);
  });
}

// Chromium's PDF of a page, as "Save as PDF" writes it, read by pdftotext (Debian's poppler-utils,
// which `npm test` installs: scripts/lib/system-tools.mjs): each word is there whole, with no
// soft hyphen inside it, in each language, at 100% and at 200% text.
const pdftotext = process.env.PDFTOTEXT_PATH ?? '/usr/bin/pdftotext';
const wholeWords = { en: ['Collective', 'Organization', 'international'], ru: ['Организации', 'коллективной', 'безопасности'], kk: ['қауіпсіздік', 'мемлекеттердің', 'бөлімшелерінің'] } as const;

test('a PDF saved from a page holds its words whole: found by search, copied without soft hyphens, in each language', async ({ shared: page }) => {
  const folder = mkdtempSync(join(tmpdir(), 'csto-pdf-'));
  try {
    for (const lang of languages) {
      for (const fontSize of ['100', '200']) {
        await page.goto(`/${localizedPath(lang, 'operations/kanal/')}`);
        if (fontSize !== '100') await page.locator('html').evaluate((html, size) => html.setAttribute('data-font-size', size), fontSize);
        const file = join(folder, `${lang}-${fontSize}.pdf`);
        writeFileSync(file, await page.pdf({ format: 'A4' }));
        const text = execFileSync(pdftotext, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
        expect(text.length, `${lang} at ${fontSize}%: the PDF's text`).toBeGreaterThan(2000);
        expect(text.match(/\u00AD/gu) ?? [], `${lang} at ${fontSize}%: soft hyphens in the PDF's text`).toEqual([]);
        for (const word of wholeWords[lang]) expect(text, `${lang} at ${fontSize}%: “${word}” in the PDF`).toContain(word);
      }
      // After printing, the page is as it was: a narrow screen breaks its long words with a hyphen again.
      expect(await page.locator('main').evaluate((main) => main.textContent?.includes('\u00AD')), `${lang}: the soft hyphens back after printing`).toBe(true);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
