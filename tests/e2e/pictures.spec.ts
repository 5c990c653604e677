import { expect, test } from '@playwright/test';
import { strings } from '../../src/lib/strings.ts';

const bodies: Record<'en' | 'ru', [string, string][]> = {
  en: [
    ['Collective Security Council', '/bodies/collective-security-council/'],
    ['Permanent Council', '/bodies/permanent-council/'],
    ['Secretary General', '/bodies/secretary-general/'],
    ['Secretariat', '/bodies/secretariat/'],
    ['Council of Foreign Ministers', '/bodies/council-of-foreign-ministers/'],
    ['Council of Defense Ministers', '/bodies/council-of-defense-ministers/'],
    ['Committee of Secretaries of Security Councils', '/bodies/committee-of-secretaries-of-security-councils/'],
    ['CSTO Joint Staff', '/bodies/joint-staff/'],
    ['Coordinating Council of Heads of Competent Authorities on Countering Illegal Drug Trafficking', '/bodies/coordinating-council-on-countering-illegal-drug-trafficking/'],
    ['Coordinating Council of Heads of Competent Authorities on Countering Illegal Migration', '/bodies/coordinating-council-on-countering-illegal-migration/'],
  ],
  ru: [
    ['Совет коллективной безопасности', '/ru/bodies/collective-security-council/'],
    ['Постоянный совет', '/ru/bodies/permanent-council/'],
    ['Генеральный секретарь', '/ru/bodies/secretary-general/'],
    ['Секретариат', '/ru/bodies/secretariat/'],
    ['Совет министров иностранных дел', '/ru/bodies/council-of-foreign-ministers/'],
    ['Совет министров обороны', '/ru/bodies/council-of-defense-ministers/'],
    ['Комитет секретарей советов безопасности', '/ru/bodies/committee-of-secretaries-of-security-councils/'],
    ['Объединенный штаб ОДКБ', '/ru/bodies/joint-staff/'],
    ['Координационный совет руководителей компетентных органов по противодействию незаконному обороту наркотиков', '/ru/bodies/coordinating-council-on-countering-illegal-drug-trafficking/'],
    ['Координационный совет руководителей компетентных органов по противодействию незаконной миграции', '/ru/bodies/coordinating-council-on-countering-illegal-migration/'],
  ],
};

for (const [lang, path] of [['en', '/structure/'], ['ru', '/ru/structure/'], ['en', '/'], ['ru', '/ru/']] as const) {
  test(`the structure chart on ${path} names and links every body, as a nested list`, async ({ page }) => {
    await page.goto(path);
    const chart = page.getByRole('list', { name: strings(lang).t('structure.chart') });
    await expect(chart.getByRole('link')).toHaveCount(bodies[lang].length);
    for (const [name, href] of bodies[lang]) {
      await expect(chart.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
    }
    // The Council's item holds a list with the Permanent Council, and the Secretary General's the Secretariat.
    const council = chart.getByRole('listitem').filter({ has: page.getByRole('link', { name: bodies[lang][0]![0], exact: true }) }).first();
    await expect(council.getByRole('list').first().getByRole('link', { name: bodies[lang][1]![0], exact: true })).toBeVisible();
    const general = council.getByRole('listitem').filter({ has: page.getByRole('link', { name: bodies[lang][2]![0], exact: true }) });
    await expect(general.getByRole('list').getByRole('link', { name: bodies[lang][3]![0], exact: true })).toBeVisible();
  });
}

test('the chart keeps its lines and boxes in forced colours', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/structure/');
  const box = page.getByRole('link', { name: 'Secretariat', exact: true }).first();
  await expect(box).toHaveCSS('border-top-style', 'solid');
  const line = await page.locator('.chart-branch .chart-branch > li').first().evaluate((li) => getComputedStyle(li, '::before').borderLeftStyle);
  expect(line).toBe('solid');
});

for (const [lang, path] of [['en', '/members/'], ['ru', '/ru/members/'], ['en', '/'], ['ru', '/ru/']] as const) {
  test(`the member-state map on ${path} is an image with a name, followed by the linked list of members`, async ({ page }) => {
    const { t } = strings(lang);
    await page.goto(path);
    const map = page.getByRole('img', { name: t('map.title') });
    await expect(map).toBeVisible();
    const box = await map.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    // The text alternative: every member state as a link, after the map.
    const links = page.getByRole('main').getByRole('link').filter({ hasText: lang === 'en' ? /^(Armenia|Belarus|Kazakhstan|Kyrgyzstan|Russia|Tajikistan)$/ : /^(Армения|Беларусь|Казахстан|Кыргызстан|Россия|Таджикистан)$/ });
    await expect(links).toHaveCount(6);
  });
}

for (const [lang, path] of [['en', '/about/'], ['ru', '/ru/about/']] as const) {
  test(`the timeline on ${path} lists the dates in order, each with its source named`, async ({ page }) => {
    const { t } = strings(lang);
    await page.goto(path);
    const timeline = page.getByRole('region', { name: t('timeline.title') }).getByRole('list');
    const items = timeline.getByRole('listitem');
    await expect(items).toHaveCount(3);
    const datetimes = await timeline.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
    expect(datetimes).toEqual(['1992-05-15', '2002-10-07', '2004']);
    for (const item of await items.all()) await expect(item).toContainText(t('timeline.source'));
    await expect(items.nth(0).getByRole('link')).toHaveAttribute('href', 'https://en.odkb-csto.org/');
    await expect(items.nth(2).getByRole('link').first()).toHaveAttribute('href', lang === 'en' ? '/bodies/joint-staff/' : '/ru/bodies/joint-staff/');
  });
}

test('the chart and the map print, lines and fills included', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/structure/');
  await expect(page.getByRole('list', { name: 'Structure chart of the bodies' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Secretariat', exact: true }).first()).toHaveCSS('border-top-style', 'solid');
  await page.goto('/members/');
  await expect(page.getByRole('img', { name: 'Map of the six member states of the CSTO' })).toBeVisible();
  const fill = await page.locator('.map-member').first().evaluate((path) => getComputedStyle(path).fill);
  expect(fill).not.toBe('none');
});
