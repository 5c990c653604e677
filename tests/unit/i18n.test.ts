import { describe, expect, it } from 'vitest';
import { langOf, languagePaths, localizedPath, splitLanguage, twinPath } from '../../src/lib/i18n.ts';

describe('localizedPath', () => {
  it('keeps English paths as they are and puts other languages under their code', () => {
    expect(localizedPath('en', 'bodies/secretariat')).toBe('bodies/secretariat');
    expect(localizedPath('ru', 'bodies/secretariat')).toBe('ru/bodies/secretariat');
    expect(localizedPath('ru', '/a-z/')).toBe('ru/a-z/');
  });
  it('gives each language its home page', () => {
    expect(localizedPath('en', '')).toBe('');
    expect(localizedPath('ru')).toBe('ru/');
  });
});

describe('splitLanguage', () => {
  it('reads the language from the first segment', () => {
    expect(splitLanguage('/ru/bodies/secretariat/')).toEqual({ lang: 'ru', path: 'bodies/secretariat/' });
    expect(splitLanguage('/ru/')).toEqual({ lang: 'ru', path: '' });
    expect(splitLanguage('/bodies/')).toEqual({ lang: 'en', path: 'bodies/' });
    expect(splitLanguage('/')).toEqual({ lang: 'en', path: '' });
  });
  it('does not take a page whose name starts like a language for the language', () => {
    expect(splitLanguage('/russia/')).toEqual({ lang: 'en', path: 'russia/' });
    expect(splitLanguage('/members/russia/')).toEqual({ lang: 'en', path: 'members/russia/' });
  });
  it('never treats /en/ as a prefix: English has none', () => {
    expect(splitLanguage('/en/about/')).toEqual({ lang: 'en', path: 'en/about/' });
  });
});

describe('twinPath', () => {
  it('leads to the same page in the other language, both ways', () => {
    expect(twinPath('/members/russia/', 'ru')).toBe('ru/members/russia/');
    expect(twinPath('/ru/members/russia/', 'en')).toBe('members/russia/');
    expect(twinPath('/ru/', 'en')).toBe('');
    expect(twinPath('/', 'ru')).toBe('ru/');
  });
});

describe('langOf and languagePaths', () => {
  it('falls back to English for an unknown or missing locale', () => {
    expect(langOf('ru')).toBe('ru');
    expect(langOf('kk')).toBe('en');
    expect(langOf(undefined)).toBe('en');
  });
  it('gives English an empty language segment and Russian "ru"', () => {
    expect(languagePaths()).toEqual([
      { params: { lang: undefined }, props: { lang: 'en' } },
      { params: { lang: 'ru' }, props: { lang: 'ru' } },
    ]);
  });
});
