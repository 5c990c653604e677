import type { Lang } from '../../lib/i18n/languages.ts';
import { localizedPath } from '../../lib/i18n/urls.ts';

/**
 * Where the build writes a language's search vocabulary (src/integrations/pagefind-index.ts) and
 * the search page fetches it: beside that language's search page, `ru/search/vocabulary.json`.
 */
export const vocabularyFile = (lang: Lang): string => `${localizedPath(lang, 'search/')}vocabulary.json`;
