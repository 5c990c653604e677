// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defaultLanguage, languages } from './src/lib/i18n/languages.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { headersFileIntegration } from './src/integrations/headers.ts';
import { inlineScriptPlugin } from './src/integrations/inline-script.ts';
import { notFoundPages } from './src/integrations/not-found-pages.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { previewImages } from './src/integrations/preview-images.ts';
import { requireSiteUrl } from './src/integrations/site-url.ts';

// SITE_URL (required to build) and BASE_PATH let one build serve from any host or sub-path (see
// README, "Deploying"); OUT_DIR lets the tests build a sub-path copy beside dist/.
export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH ?? '/',
  outDir: process.env.OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  // The stylesheet is inlined into each page (6 KB gzip, within the first round trip with the
  // HTML): first paint on a throttled phone connection is about 200 ms sooner than with a linked
  // file (`npm run bench`). Its hash goes into the CSP (src/integrations/headers.ts). The print
  // stylesheet stays a file, fetched apart. INLINE_STYLESHEETS=never builds the linked variant
  // that the bench compares.
  build: { format: 'directory', inlineStylesheets: process.env.INLINE_STYLESHEETS === 'never' ? 'never' : 'always' },
  // The default language at /, the others under their code (src/lib/i18n/languages.ts).
  i18n: { locales: [...languages], defaultLocale: defaultLanguage, routing: { prefixDefaultLocale: false } },
  integrations: [
    requireSiteUrl(),
    contentCheck(),
    mdx(),
    sitemap({ i18n: { defaultLocale: defaultLanguage, locales: Object.fromEntries(languages.map((lang) => [lang, lang])) } }),
    notFoundPages(),
    pagefindIndex(),
    previewImages(),
    headersFileIntegration(),
  ],
  // Scripts ship as files, never inlined, so the CSP allows them by origin rather than by hash;
  // the one inline script, the <head> script, is made by inlineScriptPlugin and allowed by its hash.
  vite: { plugins: [tailwindcss(), inlineScriptPlugin()], build: { assetsInlineLimit: 0 } },
});
