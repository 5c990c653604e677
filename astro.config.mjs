// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { contentCheck } from './src/integrations/content-check.ts';
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
  integrations: [contentCheck(), mdx(), sitemap(), pagefindIndex(), securityHeaders()],
  // Scripts ship as files, never inlined, so the CSP allows them by origin rather than by hash.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
