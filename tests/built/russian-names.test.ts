import { describe, expect, it } from 'vitest';
import { htmlFiles, readDist } from './built-site.ts';
import { attr, readText } from './html.ts';

// The Organization's official Russian names and the Russian of its Charter, on the pages that
// name them; and the wordings they replaced (back-translations of the source's English, and the
// content review's findings), nowhere but in the corrections that quote them. Text is compared as
// a reader reads it (./html.ts).
const text = (file: string) => readText(readDist(file));
/** The words of a page but its notes on the Russian version's wording (content/ru/statements/note-*), which name the English source's, and the sources' own words, quoted as written. */
const used = (file: string) => readText(readDist(file), undefined, (element) => element.tagName === 'blockquote' || (attr(element, 'data-statement')?.startsWith('note-') ?? false));

const official: [string, string][] = [
  ['ru/forces/unified-air-defense-system-of-russia-and-belarus/index.html', 'Единая региональная система противовоздушной обороны Республики Беларусь и Российской Федерации'],
  ['ru/forces/unified-air-defense-system-of-russia-and-kazakhstan/index.html', 'Единая региональная система противовоздушной обороны Республики Казахстан и Российской Федерации'],
  ['ru/forces/regional-air-defense-system-of-russia-and-armenia/index.html', 'Объединенная региональная система противовоздушной обороны в Кавказском регионе коллективной безопасности'],
  ['ru/bodies/coordinating-council-on-countering-illegal-migration/index.html', 'Координационный совет руководителей компетентных органов государств – членов ОДКБ по вопросам борьбы с незаконной миграцией'],
  ['ru/bodies/coordinating-council-on-countering-illegal-drug-trafficking/index.html', 'Координационный совет руководителей компетентных органов по противодействию незаконному обороту наркотиков государств – членов ОДКБ'],
  ['ru/operations/kanal/index.html', 'Региональная антинаркотическая операция постоянного действия'],
  ['ru/operations/nelegal/index.html', 'оперативно-профилактические мероприятия и специальные операции'],
  ['ru/activities/countering-new-challenges-and-threats/index.html', 'оперативно-профилактические операции'],
  ['ru/about/index.html', 'общепризнанных принципах международного права'],
  ['ru/bodies/permanent-council/index.html', 'Постоянный совет при ОДКБ'],
  ['ru/bodies/collective-security-council/index.html', 'рассматривает принципиальные вопросы деятельности Организации'],
  ['ru/bodies/secretariat/index.html', 'организационное, информационное, аналитическое и консультативное обеспечение деятельности органов Организации'],
  ['ru/forces/collective-rapid-deployment-forces-of-the-central-asian-region/index.html', 'Коллективные силы быстрого развертывания Центральноазиатского региона коллективной безопасности'],
  ['ru/forces/collective-operational-response-forces/index.html', 'Коллективные силы оперативного реагирования ОДКБ'],
  ['ru/forces/peacekeeping-forces/index.html', 'Коллективные миротворческие силы ОДКБ'],
  ['ru/operations/proxy/index.html', '«ПРОКСИ»'],
  ['ru/partners/index.html', 'Сотрудничающие организации'],
  // The content review of 2026-12-07 (RU-N1 to RU-N4, RU-M1 to RU-M3, RU-A1 to RU-A9).
  ['ru/partners/un/index.html', 'Контртеррористическим управлением ООН'],
  ['ru/partners/un/index.html', 'Департаментом операций мира'],
  ['ru/forces/unified-russian-armenian-forces-grouping/index.html', 'Объединенная группировка войск (сил) России и Армении'],
  ['ru/activities/military-cooperation/index.html', 'Объединенная группировка войск (сил) России и Армении (Кавказский регион)'],
  ['ru/forces/regional-air-defense-system-of-russia-and-armenia/index.html', 'соглашение об Объединенной региональной системе противовоздушной обороны в Кавказском регионе коллективной безопасности'],
  ['ru/operations/nelegal/index.html', 'пресечению преступной деятельности, обеспечивающей переправку лиц и организованных групп'],
  ['ru/partners/un/index.html', 'организации будут разрабатывать совместные проекты'],
  ['ru/bodies/secretariat/index.html', 'Сверчков переулок, д. 3, стр. 1'],
  ['ru/bodies/index.html', 'работающий с 2004 года'],
  ['ru/members/armenia/index.html', 'в Кремле заявляют'],
  ['ru/members/kazakhstan/index.html', 'В их составе — подразделения'],
  ['ru/members/kazakhstan/index.html', 'назвал эту миссию первой такой операцией'],
  ['ru/about/index.html', 'В Кишиневе подписывается Устав'],
  ['ru/about/index.html', 'В Ташкенте подписывается Договор'],
  ['ru/operations/kanal/index.html', 'пограничных и таможенных служб'],
  ['ru/partners/index.html', 'об официальном статусе партнера ОДКБ'],
  ['ru/forces/regional-air-defense-system-of-russia-and-armenia/index.html', 'одобряет федеральный закон о ратификации соглашения'],
];

const retired = [
  'Единая система противовоздушной обороны России',
  'Региональная система противовоздушной обороны России и Армении',
  'учебно-профилактическ',
  'взаимно признанных',
  'региональные антинаркотические операции',
  'региональных антинаркотических операциях',
  'компетентных органов по противодействию незаконной миграции',
  'специальных органов безопасности',
  'рассматривает важные вопросы',
  'обеспечивает организационную, информационную, аналитическую и консультативную деятельность',
  'Эти условия должны позволять',
  '«Прокси»',
  'Центрально-Азиатск',
  'Организации-партнеры',
  // Retired by the content review of 2026-12-07.
  'Управлением ООН по борьбе с терроризмом',
  'Департаментом миротворческих операций',
  'Армении и России Кавказского региона',
  'соглашение о совместной системе противовоздушной обороны',
  'лиц и организованных групп, способствующих незаконной миграции',
  'по которому организации разрабатывают',
  'действующий с 2004 года',
  'В Кремле говорят',
  'назвал ее первой',
  'В Кишиневе подписан Устав',
  'В Ташкенте подписан Договор',
  'следующих служб',
  'формальн',
  'одобряет ратификацию',
  'автоматическим продлением еще на пять лет',
  'более 15 тонн',
];

describe('official Russian names', () => {
  for (const [file, name] of official) {
    it(`${file} names "${name}"`, () => {
      expect(text(file)).toContain(name);
    });
  }

  // One test a page: the sweep grows with the site.
  it.each(htmlFiles().filter((file) => file.startsWith('ru/')))('%s keeps no retired wording', (file) => {
    const words = used(file);
    expect(retired.filter((wording) => words.includes(wording))).toEqual([]);
  });
});
