import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { allowedValues } from '../../src/components/preferences/model.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { schemeColours } from './colours';
import { openSettings, showWith } from './site';
import { finishSentence, heard, highlighted, installSpeechStandIn, readStraightThrough, said, voices } from './speech-stand-in';

// Read aloud (src/components/read-aloud/), through a scripted stand-in for the browser's speech
// engine (./speech-stand-in.ts): what it is asked to say, in which language and voice, in what
// order; the highlight; pause, resume and stop, by keyboard; stopping on leaving; the message
// where no voice reads the page's language. How text splits into sentences, which voice is chosen
// (against a real machine's list) and what counts as main text are unit-tested
// (tests/unit/read-aloud.test.ts).

const control = (page: Page) => page.getByRole('main').getByRole('group', { name: /^(Read aloud|Чтение вслух|Дауыстап оқу)$/ });
const button = (page: Page, name: string) => control(page).getByRole('button', { name, exact: true });

/** Presses a button of the control from the keyboard. */
async function press(page: Page, name: string, key = 'Enter') {
  await button(page, name).focus();
  await page.keyboard.press(key);
}

/** Waits until the stand-in has been asked to say this many things. */
const saidCount = (page: Page, count: number) => expect.poll(async () => (await said(page)).length).toBeGreaterThanOrEqual(count);

test('reads the main text in order, each passage in its language and voice, the sentence highlighted, never by itself', async ({ page }) => {
  await installSpeechStandIn(page, [voices.other, voices.ru, voices.kk, voices.en]);
  await page.goto('/members/armenia/');
  await expect(button(page, 'Listen'), 'the control, shown by its script').toBeVisible();
  expect(await heard(page), 'nothing said before the reader asks').toEqual([]);
  // A folded quotation is not read; an unfolded one is, in its own language (TASS's, in Russian).
  await page.getByRole('main').getByText('What the sources say').first().click();

  await press(page, 'Listen');
  await saidCount(page, 1);
  expect((await said(page))[0], 'the heading first, in English, by the English voice').toEqual({ text: 'Armenia', lang: 'en', voice: voices.en.name, rate: 1 });
  expect(await highlighted(page), 'the sentence being read is highlighted').toBe('Armenia');
  // In every two-colour scheme the highlight swaps the scheme's text and background, so it keeps their contrast.
  const highlightColours = () => page.locator('h1').evaluate((h1) => ['color', 'backgroundColor'].map((property) => getComputedStyle(h1, '::highlight(read-aloud)')[property as 'color']));
  for (const scheme of allowedValues.scheme.slice(1)) {
    await showWith(page, { scheme });
    const [text, background] = schemeColours[scheme]!;
    await expect.poll(highlightColours, `${scheme}: the highlight`).toEqual([background, text]);
  }
  await showWith(page, { scheme: 'default' });
  await finishSentence(page);
  await saidCount(page, 2);
  const second = (await said(page))[1]!;
  expect(await highlighted(page), 'the highlight follows the voice').toBe(second.text);

  await readStraightThrough(page);
  await expect(button(page, 'Listen'), 'back to Listen at the end').toBeVisible();
  const all = await said(page);
  const texts = all.map((entry) => entry.text);
  // The headings of the main text: not those of "On this page" or of the citation, which is not read.
  const headings = await page
    .getByRole('main')
    .getByRole('heading')
    .filter({ hasNotText: /^(On this page|Cite this page)$/ })
    .evaluateAll((found) => found.filter((heading) => !heading.closest('[data-listen="skip"]')).map((heading) => heading.textContent!));
  const spokenHeadings = texts.filter((text) => headings.map((heading) => heading.replaceAll('\u00AD', '')).includes(text));
  expect(spokenHeadings, 'every heading of the main text, in the page’s order').toEqual(headings.map((heading) => heading.replaceAll('\u00AD', '')));
  expect(texts, 'the key facts are read').toContain('Key facts');
  for (const chrome of ['Home', 'Member states', 'On this page', 'Cite this page', 'Display settings', 'Listen'])
    expect(texts, `the chrome is not read: ${chrome}`).not.toContain(chrome);
  const russian = all.filter((entry) => entry.lang === 'ru');
  expect(russian.map((entry) => entry.text), 'the unfolded Russian quotation, in Russian').toContain('Однако конкретных решений о выходе из организации Армения не принимала.');
  expect(new Set(russian.map((entry) => entry.voice)), 'read by the Russian voice only').toEqual(new Set([voices.ru.name]));
  expect(new Set(all.filter((entry) => entry.lang === 'en').map((entry) => entry.voice)), 'English by the English voice only').toEqual(new Set([voices.en.name]));
  expect(texts, 'a quotation still folded is not read').not.toContain('The Armenian National Assembly voted 102 to 8 today to ratify the Agreement on Joint Air Defense with Russia, a bill that had stirred controversy among the public.');
  expect(await highlighted(page), 'no highlight once the reading ends').toBeNull();
});

test('pauses, resumes and stops from the keyboard, at the speed chosen in the display settings', async ({ page }) => {
  await installSpeechStandIn(page, [voices.ru]);
  await page.goto('/ru/bodies/secretariat/');
  await openSettings(page, 'Настройки отображения');
  // The speed is among the settings under "More" (src/components/preferences/options.ts).
  await page.getByRole('banner').locator('summary').filter({ hasText: /^Ещё/ }).click();
  await page.getByRole('banner').getByRole('group', { name: 'Скорость чтения вслух' }).getByRole('radio', { name: 'Быстрая' }).check();
  await press(page, 'Слушать', ' ');
  await saidCount(page, 1);
  const first = (await said(page))[0]!;
  expect(first, 'the Russian heading, by the Russian voice, fast').toMatchObject({ lang: 'ru', voice: voices.ru.name });
  expect(first.rate, 'the speed chosen').toBeGreaterThan(1);

  await press(page, 'Пауза');
  await expect(button(page, 'Продолжить'), 'Pause becomes Resume, focus kept').toBeFocused();
  expect((await heard(page)).at(-1), 'the voice is silenced').toEqual({ cancel: true });
  expect(await highlighted(page), 'the paused sentence stays highlighted').toBe(first.text);

  await page.keyboard.press('Enter');
  await saidCount(page, 2);
  expect((await said(page))[1]!.text, 'resumes at the start of the paused sentence').toBe(first.text);
  await finishSentence(page);
  await saidCount(page, 3);

  await press(page, 'Остановить');
  await expect(button(page, 'Слушать'), 'Stop hands focus back to Listen').toBeFocused();
  await expect(button(page, 'Остановить'), 'nothing to stop').toBeHidden();
  expect(await highlighted(page), 'no highlight once stopped').toBeNull();
  expect((await heard(page)).at(-1)).toEqual({ cancel: true });

  // Escape stops too, from anywhere in the control.
  await page.keyboard.press('Enter');
  await saidCount(page, 4);
  expect((await said(page))[3]!.text, 'Listen starts again from the top').toBe(first.text);
  await page.keyboard.press('Escape');
  await expect(button(page, 'Слушать'), 'Escape stops').toBeFocused();
  expect((await heard(page)).at(-1)).toEqual({ cancel: true });
});

test('stops when the reader leaves the page', async ({ page }) => {
  await installSpeechStandIn(page, [voices.kk]);
  await page.goto('/kk/bodies/secretariat/');
  await press(page, 'Тыңдау');
  await saidCount(page, 1);
  await page.getByRole('navigation', { name: 'Навигациялық тізбек' }).getByRole('link').first().click();
  await page.waitForURL((url) => !url.pathname.endsWith('/secretariat/'));
  expect((await heard(page)).at(-1), 'the voice silenced on leaving').toEqual({ cancel: true });
});

test('where no voice reads the page’s language, says so in that language and links to the help; a passage in a language no voice reads is skipped, saying so', async ({ page }) => {
  // Russian and English voices, and the system's default of another language: none for Kazakh.
  await installSpeechStandIn(page, [voices.other, voices.ru, voices.en]);
  await page.goto('/kk/members/armenia/');
  await press(page, 'Тыңдау');
  const { t } = strings('kk');
  const message = `${t('listen.noVoice')} ${t('listen.addVoice')}`;
  await expect(page.locator('[data-no-voice]'), 'the message, in Kazakh').toHaveText(message);
  await expect(page.locator('[data-no-voice]')).toBeVisible();
  await expect(page.locator('read-aloud').getByRole('status'), 'and announced').toHaveText(message);
  expect(await heard(page), 'Kazakh is never read by another language’s voice').toEqual([]);
  await page.getByRole('link', { name: 'Дауысты қалай қосуға болады' }).click();
  await expect(page.getByRole('heading', { name: 'Дауыстап оқуға арналған дауысты қосу' }), 'the help on adding a voice').toBeVisible();

  // From the next page on, an English voice only (the later stand-in takes the place of the first).
  await installSpeechStandIn(page, [voices.en]);
  await page.goto('/members/armenia/');
  await page.evaluate(() => sessionStorage.clear());
  await page.getByRole('main').getByText('What the sources say').first().click();
  await press(page, 'Listen');
  await saidCount(page, 1);
  await readStraightThrough(page);
  await expect(button(page, 'Stop'), 'read to the end').toBeHidden();
  const all = await said(page);
  expect(all.filter((entry) => entry.lang !== 'en'), 'nothing read in Russian by the English voice').toEqual([]);
  expect(all.map((entry) => entry.text), 'the Russian quotation skipped, with a word').toContain('A passage in another language, not read.');
});
