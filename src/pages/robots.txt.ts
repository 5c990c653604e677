import type { APIRoute } from 'astro';
import { href } from '../lib/i18n/href';

/** Allows every crawler and points it at the sitemap, wherever the site is deployed. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(href('sitemap-index.xml'), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
