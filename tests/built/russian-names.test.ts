import { describe, expect, it } from 'vitest';
import { withoutSoftHyphens } from '../../src/lib/soft-hyphens.ts';
import { htmlFiles, readDist } from './built-site.ts';

// The Organization's official Russian names and the Russian of its Charter, on the pages that
// name them; and the wordings they replaced (back-translations of the source's English), nowhere.
// Text is compared as a reader sees it: soft hyphens and <wbr> taken out (src/lib/hyphenation.ts),
// other tags dropped, white space folded.
const text = (file: string) =>
  withoutSoftHyphens(readDist(file))
    .replace(/<wbr>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\s+/g, ' ');

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
];

describe('official Russian names', () => {
  for (const [file, name] of official) {
    it(`${file} names "${name}"`, () => {
      expect(text(file)).toContain(name);
    });
  }

  it('no Russian page keeps a retired wording', () => {
    const found = htmlFiles()
      .filter((file) => file.startsWith('ru/'))
      .flatMap((file) => retired.filter((wording) => text(file).includes(wording)).map((wording) => `${file}: ${wording}`));
    expect(found).toEqual([]);
  });
});
