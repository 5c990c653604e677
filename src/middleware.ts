import { defineMiddleware } from 'astro:middleware';
import { abbreviations } from './lib/content/aliases.ts';
import { loadCatalog } from './lib/content/load.ts';
import { hyphenateHtml } from './lib/hyphenation.ts';
import { langOf, type Lang } from './lib/i18n/languages.ts';
import { splitLanguage, stripBase } from './lib/i18n/urls.ts';
import { spellOutAbbreviations, type ShortForm } from './lib/spell-out.ts';

/** The short forms a language's pages spell out, worked out once a language rather than once a page. */
const formsByLang = new Map<Lang, Promise<ShortForm[]>>();
function shortForms(lang: Lang): Promise<ShortForm[]> {
  let forms = formsByLang.get(lang);
  if (!forms) {
    forms = loadCatalog(lang).then((catalog) => abbreviations(catalog, lang).filter((form) => form.lang === undefined));
    formsByLang.set(lang, forms);
  }
  return forms;
}

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
  if (!asWritten.includes(path)) html = spellOutAbbreviations(html, lang, await shortForms(lang));
  return new Response(hyphenateHtml(html), response);
});
