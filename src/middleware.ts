import { defineMiddleware } from 'astro:middleware';
import { abbreviations } from './lib/content/aliases.ts';
import { loadCatalog } from './lib/content/load.ts';
import { hyphenateHtml } from './lib/hyphenation.ts';
import { langOf } from './lib/i18n/languages.ts';
import { splitLanguage, stripBase } from './lib/i18n/urls.ts';
import { spellOutAbbreviations } from './lib/spell-out.ts';

/** Pages whose text is names and titles as they are: the list of sources, and the abbreviations themselves. */
const asWritten = ['sources/', 'abbreviations/'];

/**
 * Every page, as it is rendered (at build time, and by the dev server): the abbreviations it uses
 * spelt out where it first uses them (src/lib/spell-out.ts), then soft hyphens in its words.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  let html = await response.text();
  const lang = langOf(context.currentLocale);
  const path = splitLanguage(stripBase(context.url.pathname, import.meta.env.BASE_URL)).path;
  if (!asWritten.includes(path)) {
    const forms = abbreviations(await loadCatalog(lang), lang).filter((form) => form.lang === undefined);
    html = spellOutAbbreviations(html, lang, forms);
  }
  return new Response(hyphenateHtml(html), response);
});
