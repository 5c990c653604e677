import { describe, expect, it, vi } from 'vitest';

// Adding a language, as the README describes it: one declaration beside the others. Here a made-up
// third language, "xx", is declared in a copy of the languages module, and everything that
// depends on the languages is checked to follow: content twins, URLs, 404 pages, strings, nginx.
vi.mock('../../src/lib/i18n/languages.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/lib/i18n/languages.ts')>();
  const xx = { ...real.languageTable.en, code: 'xx', name: 'Xxish', dateLocale: 'fr', ogLocale: 'xx_XX' } as const;
  return { ...real, ...real.declareLanguages({ ...real.languageTable, xx }, 'en') };
});

const { languages, languagePaths } = await import('../../src/lib/i18n/languages.ts');
const { checkContent, formatProblem } = await import('../../src/lib/content/check.ts');
const { localizedPath, notFoundFile, splitLanguage, twinPath } = await import('../../src/lib/i18n/urls.ts');
const { strings } = await import('../../src/lib/i18n/strings.ts');
const { nginxConfig } = await import('../../scripts/lib/nginx.ts');
const { validContent } = await import('./fixtures/content.ts');

describe('a third language, declared once', () => {
  it('is one of the languages, with its own path in every page route', () => {
    expect(languages).toEqual(['en', 'ru', 'kk', 'xx']);
    expect(languagePaths()).toContainEqual({ params: { lang: 'xx' }, props: { lang: 'xx' } });
  });

  it('needs a twin of every entry, and says which file is missing', () => {
    const files = validContent();
    expect(files.some((file) => file.path.startsWith('content/xx/'))).toBe(true);
    expect(checkContent(files).problems).toEqual([]);
    const missing = files.filter((file) => file.path !== 'content/xx/bodies/council.mdx');
    expect(checkContent(missing).problems.map(formatProblem)).toEqual([
      'content/en/bodies/council.mdx: no Xxish (xx) twin: expected a file content/xx/bodies/council.mdx',
    ]);
  });

  it('gets its pages under its code, its twins and its own 404 page', () => {
    expect(localizedPath('xx' as never, 'bodies/council')).toBe('xx/bodies/council');
    expect(splitLanguage('/xx/bodies/')).toEqual({ lang: 'xx', path: 'bodies/' });
    expect(twinPath('/xx/bodies/', 'ru')).toBe('ru/bodies/');
    expect(notFoundFile('/xx/nowhere/')).toBe('xx/404.html');
  });

  it('speaks through its own strings, with plurals by its own rules', () => {
    expect(strings('xx' as never).t('skip.main')).toBe('Skip to main content');
    expect(strings('xx' as never).plural('search.count', 2, { query: 'q' })).toBe('2 results for “q”');
  });

  it('gets its 404 page in the nginx configuration', () => {
    expect(nginxConfig('/', "default-src 'self'")).toContain('error_page 404 /xx/404.html;');
  });
});
