// Checks of the interface strings of every language against English and the schemas.
import { describe, expect, it } from 'vitest';
import { sectionCollections } from '../../src/lib/content/registry.ts';
import { languageTable, languages } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { bodyKinds } from '../../src/schemas/bodies.ts';
import { forceKinds, forceStatuses } from '../../src/schemas/forces.ts';
import { operationKinds } from '../../src/schemas/operations.ts';
import { partnerKinds } from '../../src/schemas/partners.ts';
import { sourceKinds } from '../../src/schemas/sources.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const forms = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as Record<string, string>));

describe('the strings of every language', () => {
  const english = languageTable.en.strings as Record<string, unknown>;
  for (const lang of languages) {
    it(`${lang}: has every English key, each filled, with the same placeholders`, () => {
      const table = languageTable[lang].strings as Record<string, unknown>;
      expect(Object.keys(table).sort()).toEqual(Object.keys(english).sort());
      for (const key of Object.keys(english)) {
        for (const text of forms(table[key])) {
          expect(text.trim(), `${lang} ${key}`).not.toBe('');
          expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(forms(english[key])[0]!));
        }
      }
    });

    it(`${lang}: has a label for every kind, status and section the schemas allow`, () => {
      const keys = [
        ...[...bodyKinds, ...operationKinds, ...forceKinds, ...partnerKinds].map((kind) => `kind.${kind}`),
        ...forceStatuses.map((status) => `status.${status}`),
        ...bodyKinds.map((kind) => `structure.group.${kind}`),
        ...sectionCollections.flatMap((collection) => [`section.${collection}`, `intro.${collection}`]),
        ...sourceKinds.map((kind) => `sources.kind.${kind}`),
      ];
      for (const key of keys) expect(strings(lang).tDynamic(key), `${lang} ${key}`).not.toBe('');
    });
  }

  it('ru: names the display settings and the schemes as the panels of government sites do', () => {
    const { t } = strings('ru');
    expect([t('prefs.fontSize'), t('prefs.colours')]).toEqual(['Размер шрифта', 'Цвета сайта']);
    expect(['black-on-white', 'white-on-black', 'dark-blue-on-light-blue', 'brown-on-beige', 'green-on-dark-brown'].map((s) => strings('ru').tDynamic(`prefs.scheme.${s}`))).toEqual([
      'Черным по белому', 'Белым по черному', 'Темно-синим по голубому', 'Коричневым по бежевому', 'Зеленым по темно-коричневому',
    ]);
  });

  it('ru: has no Latin words except the name JavaScript', () => {
    for (const [key, value] of Object.entries(languageTable.ru.strings)) {
      for (const text of forms(value)) expect(text.replace('JavaScript', '').replace(/\{\w+\}/g, ''), key).not.toMatch(/[A-Za-z]{2,}/);
    }
  });
});
