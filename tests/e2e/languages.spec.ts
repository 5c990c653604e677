import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { splitLanguage } from '../../src/lib/i18n.ts';
import { stringTables, strings } from '../../src/lib/strings.ts';
import { builtPages } from './site';

const ru = strings('ru').t;
const russianPages = builtPages().filter((path) => splitLanguage(path).lang === 'ru');
const englishPages = builtPages().filter((path) => splitLanguage(path).lang === 'en');

test('every English page has its Russian twin, and the other way round', () => {
  expect(russianPages.length).toBeGreaterThan(50);
  expect(russianPages.map((path) => splitLanguage(path).path)).toEqual(englishPages.map((path) => splitLanguage(path).path));
});

test('the language switch leads to the same page in the other language and back', async ({ page }) => {
  await page.goto('/operations/kanal/');
  const toRussian = page.getByRole('banner').getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' });
  await expect(toRussian).toHaveAttribute('lang', 'ru');
  await expect(toRussian).toHaveAttribute('hreflang', 'ru');
  await toRussian.click();
  await expect(page).toHaveURL('/ru/operations/kanal/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('«Канал»');
  const toEnglish = page.getByRole('banner').getByRole('navigation', { name: ru('language.label') }).getByRole('link', { name: 'English' });
  await expect(toEnglish).toHaveAttribute('lang', 'en');
  await expect(toEnglish).toHaveAttribute('hreflang', 'en');
  await toEnglish.click();
  await expect(page).toHaveURL('/operations/kanal/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kanal (Channel)');
});

test('on every page the switch and the alternate links name the twin', async ({ page }) => {
  test.setTimeout(180_000); // one visit to every page of the build
  for (const path of builtPages()) {
    const { lang, path: inSite } = splitLanguage(path);
    const other = lang === 'en' ? 'ru' : 'en';
    const twin = other === 'en' ? `/${inSite}` : `/ru/${inSite}`;
    await page.goto(path);
    await expect(page.getByRole('banner').locator(`a[hreflang="${other}"][lang="${other}"]`), path).toHaveAttribute('href', twin);
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
      links.map((link) => `${link.getAttribute('hreflang')} ${new URL(link.getAttribute('href')!).pathname}`),
    );
    expect(alternates, path).toEqual([`en /${inSite}`, `ru /ru/${inSite}`, `x-default /${inSite}`]);
  }
});

/** Every piece of text a reader or a screen reader meets on the page, minus passages marked as English. */
async function russianText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest('[lang]:not(html)')?.getAttribute('lang') === 'en') continue;
      if (parent.closest('script, style')) continue;
      texts.push(node.textContent ?? '');
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) texts.push(element.getAttribute(name) ?? '');
    }
    for (const element of document.querySelectorAll('[data-strings], [data-reset-message]')) {
      texts.push(...Object.values(JSON.parse((element as HTMLElement).dataset.strings ?? '{}') as Record<string, string>));
      texts.push((element as HTMLElement).dataset.resetMessage ?? '');
    }
    texts.push(document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '');
    return texts.map((text) => text.trim()).filter((text) => text !== '');
  });
}

// English interface strings that a Russian page must not show: every one with a word in it that
// the Russian strings file does not share (digits such as "2" are the same in both).
const englishOnly = Object.entries(stringTables.en)
  .filter(([key, text]) => /[A-Za-z]{2,}/.test(text) && stringTables.ru[key as keyof typeof stringTables.ru] !== text)
  .map(([, text]) => text.replace(/\{\w+\}/g, '').trim())
  .filter((text) => text.length >= 2);

test('no English interface string, and no unmarked English, on any Russian page', async ({ page }) => {
  test.setTimeout(180_000); // one visit to every Russian page
  for (const path of [...russianPages, '/ru/404.html']) {
    await page.goto(path);
    const texts = await russianText(page);
    for (const text of texts) {
      expect(englishOnly.filter((english) => text === english || (text.includes(english) && english.length > 12)), `${path}: "${text}"`).toEqual([]);
      // Any Latin word must sit in an element marked lang="en"; JavaScript is a name, not English.
      expect(text.replace('JavaScript', '').replace(/\{\w+\}/g, ''), `${path}: Latin text without lang="en"`).not.toMatch(/[A-Za-z]{2,}/);
    }
  }
});

test('the English name of an operation is marked as English on the Russian page', async ({ page }) => {
  await page.goto('/ru/operations/kanal/');
  await expect(page.getByRole('main').locator('[lang="en"]')).toHaveText('Channel');
});

test('the display settings are shared between the languages', async ({ page }) => {
  await page.goto('/members/armenia/');
  await page.getByRole('radio', { name: 'White on black' }).check();
  await page.getByRole('radio', { name: 'Font size 150%' }).check();
  await page.getByRole('banner').getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL('/ru/members/armenia/');
  await expect(page.locator('html')).toHaveAttribute('data-scheme', 'white-on-black');
  await expect(page.locator('html')).toHaveAttribute('data-font-size', '150');
  const panel = page.getByRole('button', { name: ru('prefs.open') });
  if (await panel.isVisible()) await panel.click();
  await expect(page.getByRole('radio', { name: ru('prefs.scheme.white-on-black') })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Размер шрифта' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Цвета сайта' })).toBeVisible();
});

const rightRussianPageFirst: [string, string, string][] = [
  ['Канал', '«Канал»', '/ru/operations/kanal/'],
  ['Объединенный штаб', 'Объединенный штаб ОДКБ', '/ru/bodies/joint-staff/'],
  ['миротворческие силы', 'Миротворческие силы ОДКБ', '/ru/forces/peacekeeping-forces/'],
  // Russian stemming: other case forms of the same words find the same page.
  ['миротворческих сил', 'Миротворческие силы ОДКБ', '/ru/forces/peacekeeping-forces/'],
  ['Объединенного штаба', 'Объединенный штаб ОДКБ', '/ru/bodies/joint-staff/'],
  ['Армения', 'Армения', '/ru/members/armenia/'],
  ['Казахстан', 'Казахстан', '/ru/members/kazakhstan/'],
  ['Россия', 'Россия', '/ru/members/russia/'],
  ['Беларусь', 'Беларусь', '/ru/members/belarus/'],
  ['СНГ', 'СНГ', '/ru/partners/cis/'],
  ['ШОС', 'ШОС', '/ru/partners/sco/'],
  ['высший орган', 'Совет коллективной безопасности', '/ru/bodies/collective-security-council/'],
  ['Нерушимое братство', '«Нерушимое братство»', '/ru/operations/nerushimoe-bratstvo/'],
  ['Генеральный секретарь', 'Генеральный секретарь', '/ru/bodies/secretary-general/'],
];

for (const [query, title, path] of rightRussianPageFirst) {
  test(`Russian search: "${query}" puts ${title} first`, async ({ page }) => {
    await page.goto(`/ru/search/?q=${encodeURIComponent(query)}`);
    const first = page.getByRole('region', { name: ru('search.results') }).getByRole('listitem').first().getByRole('link');
    await expect(first).toHaveText(title);
    await expect(first).toHaveAttribute('href', path);
  });
}

test('a Russian search finds only Russian pages and speaks Russian; an English one only English pages', async ({ page }) => {
  await page.goto('/ru/search/?q=%D0%9A%D0%B0%D0%BD%D0%B0%D0%BB');
  const results = page.getByRole('region', { name: ru('search.results') }).getByRole('listitem');
  await expect(results.first()).toBeVisible();
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/^\d+ результат(а|ов)? по запросу «Канал»$/);
  await expect(page.getByRole('group', { name: ru('search.filters') })).toBeVisible();
  const russianHrefs = await results.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(russianHrefs.every((href) => href!.startsWith('/ru/'))).toBe(true);

  await page.goto('/search/?q=Kanal');
  const english = page.getByRole('region', { name: 'Results' }).getByRole('listitem');
  await expect(english.first()).toBeVisible();
  const englishHrefs = await english.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(englishHrefs.some((href) => href!.startsWith('/ru/'))).toBe(false);
});

test('Russian search by keyboard only, with no results and a way on', async ({ page }) => {
  await page.goto('/ru/search/');
  const box = page.getByRole('main').getByRole('searchbox', { name: ru('search.label') });
  await box.focus();
  await page.keyboard.type('зззззз');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('По запросу «зззззз» ничего не найдено.');
  await expect(page.getByRole('main').getByRole('link', { name: ru('section.bodies') })).toHaveAttribute('href', '/ru/bodies/');
});

test('axe finds nothing on the Russian search results', async ({ page }) => {
  await page.goto('/ru/search/?q=%D1%81%D0%B8%D0%BB%D1%8B');
  await expect(page.getByRole('region', { name: ru('search.results') }).getByRole('listitem').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
