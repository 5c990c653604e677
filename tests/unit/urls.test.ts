import { describe, expect, it } from 'vitest';
import { ensureTrailingSlash, joinPath, localizedPath, notFoundFile, splitLanguage, stripBase, twinPath } from '../../src/lib/i18n/urls.ts';

describe('joinPath', () => {
  it('puts a page under the root with a trailing slash', () => {
    expect(joinPath('/', 'bodies/secretariat')).toBe('/bodies/secretariat/');
  });
  it('puts a page under a sub-path, with or without slashes on either side', () => {
    expect(joinPath('/csto/', '/bodies')).toBe('/csto/bodies/');
    expect(joinPath('/csto', 'bodies/')).toBe('/csto/bodies/');
  });
  it('gives the base itself for the home page', () => {
    expect(joinPath('/csto/')).toBe('/csto/');
    expect(joinPath('/', '')).toBe('/');
  });
  it('leaves files without a trailing slash, and takes a dot in a folder’s name for no file', () => {
    expect(joinPath('/csto/', 'favicon.svg')).toBe('/csto/favicon.svg');
    expect(joinPath('/', 'documents/v1.2/notes')).toBe('/documents/v1.2/notes/');
  });
  it('keeps a fragment or a query after the slash', () => {
    expect(joinPath('/', 'a-z#letter-c')).toBe('/a-z/#letter-c');
    expect(joinPath('/', 'search?q=kanal')).toBe('/search/?q=kanal');
  });
});

describe('ensureTrailingSlash and stripBase', () => {
  it('adds a slash only where there is none', () => {
    expect(ensureTrailingSlash('/csto')).toBe('/csto/');
    expect(ensureTrailingSlash('/csto/')).toBe('/csto/');
  });
  it('removes the base path from a page path, and leaves a path outside it unchanged', () => {
    expect(stripBase('/csto/bodies/', '/csto/')).toBe('/bodies/');
    expect(stripBase('/csto/bodies/', '/csto')).toBe('/bodies/');
    expect(stripBase('/bodies/', '/')).toBe('/bodies/');
    expect(stripBase('/other/', '/csto/')).toBe('/other/');
  });
});

describe('localizedPath and splitLanguage', () => {
  it('keeps default-language paths as they are and puts other languages under their code', () => {
    expect(localizedPath('en', 'bodies/secretariat')).toBe('bodies/secretariat');
    expect(localizedPath('ru', 'bodies/secretariat')).toBe('ru/bodies/secretariat');
    expect(localizedPath('ru', '/a-z/')).toBe('ru/a-z/');
    expect(localizedPath('en', '')).toBe('');
    expect(localizedPath('ru')).toBe('ru/');
  });
  it('reads the language from the first segment only', () => {
    expect(splitLanguage('/ru/bodies/secretariat/')).toEqual({ lang: 'ru', path: 'bodies/secretariat/' });
    expect(splitLanguage('/ru/')).toEqual({ lang: 'ru', path: '' });
    expect(splitLanguage('/bodies/')).toEqual({ lang: 'en', path: 'bodies/' });
    expect(splitLanguage('/russia/')).toEqual({ lang: 'en', path: 'russia/' });
    expect(splitLanguage('/members/ru/')).toEqual({ lang: 'en', path: 'members/ru/' });
    expect(splitLanguage('ru/bodies/')).toEqual({ lang: 'ru', path: 'bodies/' });
  });
  it('never treats the default language as a prefix: it has none', () => {
    expect(splitLanguage('/en/about/')).toEqual({ lang: 'en', path: 'en/about/' });
  });
});

describe('twinPath and notFoundFile', () => {
  it('leads to the same page in the other language, both ways', () => {
    expect(twinPath('/members/russia/', 'ru')).toBe('ru/members/russia/');
    expect(twinPath('/ru/members/russia/', 'en')).toBe('members/russia/');
    expect(twinPath('/ru/', 'en')).toBe('');
    expect(twinPath('/', 'ru')).toBe('ru/');
  });
  it('gives each language its own 404 page', () => {
    expect(notFoundFile('/nowhere/')).toBe('404.html');
    expect(notFoundFile('/ru/nowhere/')).toBe('ru/404.html');
  });
});
