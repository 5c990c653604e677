import { describe, expect, it } from 'vitest';
import { format, stringTables, strings } from '../../src/lib/strings.ts';
import { languages } from '../../src/lib/i18n.ts';
import { bodyKinds } from '../../src/schemas/bodies.ts';
import { forceKinds, forceStatuses } from '../../src/schemas/forces.ts';
import { partnerKinds } from '../../src/schemas/partners.ts';
import { sectionCollections } from '../../src/lib/catalog.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('strings', () => {
  it('gives the interface string for a key in each language', () => {
    expect(strings('en').t('skip.main')).toBe('Skip to main content');
    expect(strings('ru').t('prefs.fontSize')).toBe('Размер шрифта');
    expect(strings('ru').t('prefs.colours')).toBe('Цвета сайта');
  });

  it('names the schemes in Russian as the source panels do', () => {
    const { t } = strings('ru');
    expect([
      t('prefs.scheme.black-on-white'),
      t('prefs.scheme.white-on-black'),
      t('prefs.scheme.dark-blue-on-light-blue'),
      t('prefs.scheme.brown-on-beige'),
      t('prefs.scheme.green-on-dark-brown'),
    ]).toEqual(['Черным по белому', 'Белым по черному', 'Темно-синим по голубому', 'Коричневым по бежевому', 'Зеленым по темно-коричневому']);
  });

  it('has, in every language, the same keys and the same placeholders as English', () => {
    const english = stringTables.en;
    for (const lang of languages) {
      const table = stringTables[lang];
      expect(Object.keys(table), lang).toEqual(Object.keys(english));
      for (const key of Object.keys(english) as (keyof typeof english)[]) {
        expect(table[key].trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholders(table[key]), `${lang} ${key}`).toEqual(placeholders(english[key]));
      }
    }
  });

  it('has no Latin words in Russian strings except the name JavaScript', () => {
    for (const [key, text] of Object.entries(stringTables.ru)) {
      const latin = text.replace('JavaScript', '').replace(/\{\w+\}/g, '');
      expect(latin, key).not.toMatch(/[A-Za-z]{2,}/);
    }
  });
});

describe('tDynamic', () => {
  it('has a label for every kind, status and section the schemas allow, in every language', () => {
    const keys = [
      ...bodyKinds.map((k) => `kind.${k}`),
      ...forceKinds.map((k) => `kind.${k}`),
      ...partnerKinds.map((k) => `kind.${k}`),
      ...forceStatuses.map((s) => `status.${s}`),
      ...bodyKinds.map((k) => `structure.group.${k}`),
      ...sectionCollections.flatMap((c) => [`section.${c}`, `intro.${c}`]),
    ];
    for (const lang of languages) for (const key of keys) expect(strings(lang).tDynamic(key), `${lang} ${key}`).not.toBe('');
  });
  it('throws, naming the key and the file, for a key that does not exist', () => {
    expect(() => strings('en').tDynamic('kind.parliament')).toThrow('No interface string for "kind.parliament" in src/strings/en.ts');
    expect(() => strings('ru').tDynamic('kind.parliament')).toThrow('No interface string for "kind.parliament" in src/strings/ru.ts');
  });
});

describe('format', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(format('{count} results for “{query}”', { count: 3, query: 'x' })).toBe('3 results for “x”');
    expect(format('{missing}', {})).toBe('{missing}');
  });
});
