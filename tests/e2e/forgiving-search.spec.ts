import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';
import type { Lang } from '../../src/lib/i18n/languages.ts';

const inLanguage = (lang: Lang) => {
  const { t } = strings(lang);
  return {
    results: (page: Page) => page.getByRole('region', { name: t('search.results'), exact: true }).getByRole('listitem'),
    status: (page: Page) => page.getByRole('main').getByRole('status'),
    open: (page: Page, query: string, extra = '') => page.goto(`/${localizedPath(lang, 'search/')}?q=${encodeURIComponent(query)}${extra}`),
  };
};

/** The address a result leads to, without the text fragment and heading it lands on. */
const pageOf = (href: string | null) => (href ?? '').replace(/#.*$/, '');

// Queries as readers type them: misspelt, in another transliteration, as an acronym the page may
// not print, in the other language's script, in another form of the word, or cut short; each with
// the page that must come first. What makes them work: spelling.ts, transliterate.ts, stems.ts,
// the `aliases` of the content, and site-search.ts, which tries them in turn.
const forgiving: [Lang, string, string, string][] = [
  ['en', 'typo', 'Kazakstan', '/members/kazakhstan/'],
  ['en', 'typo', 'secretariate', '/bodies/secretariat/'],
  ['en', 'typo', 'Tadjikistan', '/members/tajikistan/'],
  ['en', 'typo', 'Kyrgystan', '/members/kyrgyzstan/'],
  ['en', 'typo', 'Armenya', '/members/armenia/'],
  ['en', 'typo', 'peacekeping forces', '/forces/peacekeeping-forces/'],
  ['en', 'typo', 'secretery general', '/bodies/secretary-general/'],
  ['en', 'typo', 'collective securty council', '/bodies/collective-security-council/'],
  ['en', 'transliteration', 'Vzaimodeystviye', '/operations/vzaimodeistvie/'],
  ['en', 'transliteration', 'Vzaimodeistviye', '/operations/vzaimodeistvie/'],
  ['en', 'transliteration', 'Nerushimoye Bratstvo', '/operations/nerushimoe-bratstvo/'],
  ['en', 'acronym', 'CRRF', '/forces/collective-operational-response-forces/'],
  ['en', 'acronym', 'KSOR', '/forces/collective-operational-response-forces/'],
  ['en', 'acronym', 'CFM', '/bodies/council-of-foreign-ministers/'],
  ['en', 'acronym', 'CSSC', '/bodies/committee-of-secretaries-of-security-councils/'],
  ['en', 'acronym', 'CRDF', '/forces/collective-rapid-deployment-forces-of-the-central-asian-region/'],
  ['en', 'other name', 'Indestructible Brotherhood', '/operations/nerushimoe-bratstvo/'],
  ['en', 'other name', 'Collective Rapid Reaction Forces', '/forces/collective-operational-response-forces/'],
  ['en', 'other script', 'Канал', '/operations/kanal/'],
  ['en', 'other script', 'ОДКБ', '/about/'],
  ['en', 'other script', 'Нерушимое братство', '/operations/nerushimoe-bratstvo/'],
  ['en', 'partial word', 'peacekee', '/forces/peacekeeping-forces/'],
  ['ru', 'typo', 'Казакстан', '/ru/members/kazakhstan/'],
  ['ru', 'typo', 'Таджикстан', '/ru/members/tajikistan/'],
  ['ru', 'typo', 'Кыргызтан', '/ru/members/kyrgyzstan/'],
  ['ru', 'typo', 'секритариат', '/ru/bodies/secretariat/'],
  ['ru', 'typo', 'обьединенный штаб', '/ru/bodies/joint-staff/'],
  ['ru', 'other script', 'Kanal', '/ru/operations/kanal/'],
  ['ru', 'other script', 'Nerushimoe bratstvo', '/ru/operations/nerushimoe-bratstvo/'],
  ['ru', 'other script', 'Kazakhstan', '/ru/members/kazakhstan/'],
  ['ru', 'acronym', 'КСОР', '/ru/forces/collective-operational-response-forces/'],
  ['ru', 'acronym', 'КССБ', '/ru/bodies/committee-of-secretaries-of-security-councils/'],
  ['ru', 'acronym', 'СМИД', '/ru/bodies/council-of-foreign-ministers/'],
  ['ru', 'acronym', 'КСОПН', '/ru/bodies/coordinating-council-on-countering-illegal-drug-trafficking/'],
  ['ru', 'acronym', 'CSTO', '/ru/about/'],
  ['ru', 'word form', 'незаконной миграцией', '/ru/bodies/coordinating-council-on-countering-illegal-migration/'],
  ['ru', 'word form', 'незаконный оборот наркотиков', '/ru/bodies/coordinating-council-on-countering-illegal-drug-trafficking/'],
];

// Kazakh, which Pagefind has no stemmer for: names and terms in the forms a sentence puts them in
// (a case, a possessive, a plural: stems.ts), the Russian spelling of a name, Latin letters.
const kazakh: [Lang, string, string, string][] = [
  ['kk', 'word form', 'Қазақстанның', '/kk/members/kazakhstan/'],
  ['kk', 'word form', 'Ресейдің', '/kk/members/russia/'],
  ['kk', 'word form', 'Арменияның', '/kk/members/armenia/'],
  ['kk', 'word form', 'Беларусьпен', '/kk/members/belarus/'],
  ['kk', 'word form', 'Тәжікстанға', '/kk/members/tajikistan/'],
  ['kk', 'word form', 'Қырғызстанда', '/kk/members/kyrgyzstan/'],
  ['kk', 'word form', 'Хатшылығының', '/kk/bodies/secretariat/'],
  ['kk', 'word form', 'Бас хатшысы', '/kk/bodies/secretary-general/'],
  ['kk', 'word form', 'Біріккен штабының', '/kk/bodies/joint-staff/'],
  ['kk', 'word form', 'Тұрақты Кеңеске', '/kk/bodies/permanent-council/'],
  ['kk', 'word form', 'Қорғаныс министрлерінің', '/kk/bodies/council-of-defense-ministers/'],
  ['kk', 'word form', 'Сыртқы істер министрлері', '/kk/bodies/council-of-foreign-ministers/'],
  ['kk', 'word form', 'хатшылары комитетінің', '/kk/bodies/committee-of-secretaries-of-security-councils/'],
  ['kk', 'word form', 'Ұжымдық қауіпсіздік кеңесінің', '/kk/bodies/collective-security-council/'],
  ['kk', 'word form', 'бітімгершілік күштерінің', '/kk/forces/peacekeeping-forces/'],
  ['kk', 'word form', 'жедел ден қою күштері', '/kk/forces/collective-operational-response-forces/'],
  ['kk', 'word form', 'авиациялық күштерге', '/kk/forces/collective-air-forces/'],
  ['kk', 'word form', 'есірткінің заңсыз айналымына', '/kk/bodies/coordinating-council-on-countering-illegal-drug-trafficking/'],
  ['kk', 'word form', 'заңсыз көші-қонға', '/kk/bodies/coordinating-council-on-countering-illegal-migration/'],
  ['kk', 'word form', 'Канал операциясы', '/kk/operations/kanal/'],
  ['kk', 'word form', 'Шанхай ынтымақтастық ұйымының', '/kk/partners/sco/'],
  ['kk', 'word form', 'Біріккен Ұлттар Ұйымымен', '/kk/partners/un/'],
  ['kk', 'word form', 'Коломбо жоспарының', '/kk/partners/colombo-plan/'],
  ['kk', 'word form', 'Интерполмен', '/kk/partners/interpol/'],
  ['kk', 'other name', 'Мызғымас бауырластық', '/kk/operations/nerushimoe-bratstvo/'],
  ['kk', 'acronym', 'ҰҚШҰ', '/kk/about/'],
  ['kk', 'Russian spelling', 'Казакстан', '/kk/members/kazakhstan/'],
  ['kk', 'other script', 'Kazakhstan', '/kk/members/kazakhstan/'],
  ['kk', 'other script', 'Kanal', '/kk/operations/kanal/'],
];

for (const [lang, kind, query, path] of [...forgiving, ...kazakh]) {
  test(`${lang}, ${kind}: "${query}" puts ${path} first`, async ({ sweepPage: page }) => {
    const { results, open } = inLanguage(lang);
    await open(page, query);
    await expect(results(page).first()).toBeVisible();
    expect(pageOf(await results(page).first().getByRole('link').getAttribute('href'))).toBe(path);
  });
}

test('a misspelt word is corrected, said so, and the words as typed are one link away', async ({ page }) => {
  const { results, status, open } = inLanguage('en');
  await open(page, 'Kazakstan');
  await expect(status(page)).toHaveText(/^Showing \d+ results for “Kazakhstan”\.$/);
  await expect(page.getByRole('searchbox', { name: 'Search this site' }).last()).toHaveValue('Kazakstan');
  const asTyped = page.getByRole('main').getByRole('link', { name: 'Search for “Kazakstan” instead' });
  await asTyped.click();
  await expect(page).toHaveURL('/search/?q=Kazakstan&exact=1');
  await expect(status(page)).toHaveText('No results for “Kazakstan”.');
  await expect(asTyped).toBeHidden();
  await expect(results(page)).toHaveCount(0);
  // Typing again asks for corrections again.
  await page.getByRole('searchbox', { name: 'Search this site' }).last().fill('Tadjikistan');
  await expect(status(page)).toHaveText(/^Showing \d+ results for “Tajikistan”\.$/);
  await expect(page).toHaveURL('/search/?q=Tadjikistan');
});

test('ru: a correction is said in Russian, with its link to the words as typed', async ({ page }) => {
  const { status, open } = inLanguage('ru');
  await open(page, 'Казакстан');
  await expect(status(page)).toHaveText(/^Показаны \d+ результат(а|ов)? по запросу «Казахстан»\.$/);
  await expect(page.getByRole('main').getByRole('link', { name: 'Искать вместо этого «Казакстан»' })).toHaveAttribute('href', '/ru/search/?q=%D0%9A%D0%B0%D0%B7%D0%B0%D0%BA%D1%81%D1%82%D0%B0%D0%BD&exact=1');
});

test('a word the site uses is never corrected, and a partial word is not taken for a typo', async ({ page }) => {
  const { status, open } = inLanguage('en');
  for (const query of ['councils', 'secr']) {
    await open(page, query);
    await expect(status(page)).toHaveText(new RegExp(`^(\\d+ results? for “${query}”|No results for “${query}”\\.)$`));
    await expect(page.getByRole('main').getByRole('link', { name: /instead$/ })).toBeHidden();
  }
});

for (const [lang, query, other, heading] of [
  ['en', 'Канал', 'ru', /^Results in Russian \(\d+\)$/],
  ['ru', 'OSCE', 'en', /^Результаты на английском \(\d+\)$/],
  ['en', 'Қазақстан', 'kk', /^Results in Kazakh \(\d+\)$/],
  ['ru', 'Қазақстан', 'kk', /^Результаты на казахском \(\d+\)$/],
  ['kk', 'OSCE', 'en', /^Ағылшын тіліндегі нәтижелер \(\d+\)$/],
] as const) {
  test(`${lang}: "${query}", in ${other}'s letters, also lists the ${other} pages, under their own heading, marked with lang`, async ({ page }) => {
    const { open } = inLanguage(lang);
    await open(page, query);
    const block = page.getByRole('region', { name: heading });
    await expect(block).toBeVisible();
    await expect(block.getByRole('list')).toHaveAttribute('lang', other);
    const first = block.getByRole('listitem').first().getByRole('link');
    expect(pageOf(await first.getAttribute('href'))).toMatch(other === 'en' ? /^\/(?!ru\/|kk\/)/ : new RegExp(`^/${other}/`));
  });
}

test('an English query on the English page offers no other language when it finds enough here', async ({ page }) => {
  const { results, open } = inLanguage('en');
  await open(page, 'council');
  await expect(results(page).first()).toBeVisible();
  await expect(page.getByRole('region', { name: /^Results in Russian/ })).toBeHidden();
});

test('a result that matched under a heading leads to that heading and marks the words there', async ({ page }) => {
  const { results, open } = inLanguage('en');
  await open(page, 'Kazakstan');
  const link = results(page).first().getByRole('link');
  const href = (await link.getAttribute('href'))!;
  const [, id, text] = /#([^:]+):~:text=(.+)$/.exec(href) ?? [];
  expect(id, `heading in ${href}`).toBeTruthy();
  expect(text, `text fragment in ${href}`).toBeTruthy();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${pageOf(href)}#${id}$`));
  const heading = page.locator(`[id="${id}"]`);
  await expect(heading).toHaveCount(1);
  // The browser scrolled to the words the fragment names, below the heading.
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
});

test('a long list shows every result: the first at once, the rest as they load', async ({ page }) => {
  const { results, status, open } = inLanguage('en');
  await open(page, 'council');
  await expect(status(page)).toHaveText(/^\d+ results for “council”$/);
  const count = Number((await status(page).innerText()).split(' ')[0]);
  expect(count).toBeGreaterThan(8);
  await expect(results(page)).toHaveCount(count);
});
