import { describe, expect, it } from 'vitest';
import { format, pluralForm } from '../../src/lib/i18n/format.ts';
import { en } from '../../src/lib/i18n/lang/en.ts';
import { ru } from '../../src/lib/i18n/lang/ru.ts';
import { declareLanguages, langOf, languageTable, languages } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';

describe('strings', () => {
  it('gives the string for a key, and for a key built at run time', () => {
    expect(strings('en').t('skip.main')).toBe('Skip to main content');
    expect(strings('en').tDynamic('kind.council')).toBe('Council');
  });
  it('throws, naming the key and the file, for a key that does not exist', () => {
    for (const lang of languages) {
      expect(() => strings(lang).tDynamic('kind.parliament')).toThrow(`No interface string for "kind.parliament" in src/lib/i18n/lang/${lang}.ts`);
    }
  });
  it('does not give a plural string as a plain one', () => {
    expect(() => strings('en').tDynamic('search.count')).toThrow();
  });
});

describe('plural', () => {
  it('picks one and other in English', () => {
    const { plural } = strings('en');
    expect([0, 1, 2, 21].map((n) => plural('search.count', n, { query: 'x' }))).toEqual([
      '0 results for “x”',
      '1 result for “x”',
      '2 results for “x”',
      '21 results for “x”',
    ]);
  });
  it('picks one, few and many in Russian, as Intl.PluralRules says', () => {
    const { plural } = strings('ru');
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => plural('search.count', n, { query: 'к' }).split(' ')[1])).toEqual([
      'результат', 'результата', 'результатов', 'результатов', 'результат', 'результата', 'результатов',
    ]);
  });
  it('falls back to the other form for a category a language does not write', () => {
    expect(pluralForm({ one: 'one', other: 'other' }, 'ru', 5)).toBe('other');
    expect(pluralForm({ other: 'other' }, 'kk', 1)).toBe('other');
  });
});

describe('format', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(format('{count} results for “{query}”', { count: 3, query: 'x' })).toBe('3 results for “x”');
    expect(format('{missing}', {})).toBe('{missing}');
  });
});

describe('languages', () => {
  it('declares each language once, with its name in itself, direction and date locale', () => {
    for (const lang of languages) {
      const spec = languageTable[lang];
      expect(spec.code).toBe(lang);
      expect(spec.name.length).toBeGreaterThan(1);
      expect(['ltr', 'rtl']).toContain(spec.dir);
      expect(new Intl.DateTimeFormat(spec.dateLocale).resolvedOptions().locale.startsWith(lang)).toBe(true);
    }
  });
  it('falls back to the default for an unknown or missing locale', () => {
    expect(langOf('ru')).toBe('ru');
    expect(langOf('xx')).toBe('en');
    expect(langOf(undefined)).toBe('en');
  });
  it('gives the default language an empty path segment and every other its code', () => {
    expect(declareLanguages({ en, ru }, 'en').languagePaths()).toEqual([
      { params: { lang: undefined }, props: { lang: 'en' } },
      { params: { lang: 'ru' }, props: { lang: 'ru' } },
    ]);
    // Whichever language is the default, wherever it stands in the table.
    expect(declareLanguages({ en, ru }, 'ru').languagePaths()).toEqual([
      { params: { lang: 'en' }, props: { lang: 'en' } },
      { params: { lang: undefined }, props: { lang: 'ru' } },
    ]);
  });
});
