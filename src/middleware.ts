import { defineMiddleware } from 'astro:middleware';
import { hyphenateHtml } from './lib/hyphenation.ts';

/** Every page, as it is rendered (at build time, and by the dev server): its words get soft hyphens. */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(hyphenateHtml(await response.text()), response);
});
