// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defaultLanguage, languages } from './src/lib/i18n.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { notFoundPages } from './src/integrations/not-found-pages.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';

// SITE_URL and BASE_PATH let one build serve from any host or sub-path (see README, "Deploying");
// OUT_DIR lets the tests build a sub-path copy beside dist/.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // English, the source's language, at /; Russian at /ru/ (src/lib/i18n.ts holds the same list).
  i18n: { locales: [...languages], defaultLocale: defaultLanguage, routing: { prefixDefaultLocale: false } },
  integrations: [
    contentCheck(),
    mdx(),
    sitemap({ i18n: { defaultLocale: defaultLanguage, locales: Object.fromEntries(languages.map((lang) => [lang, lang])) } }),
    notFoundPages(),
    pagefindIndex(),
    securityHeaders(),
  ],
  // Scripts ship as files, never inlined, so the CSP allows them by origin rather than by hash.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
