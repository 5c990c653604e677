import type { AstroIntegration } from 'astro';

/**
 * Why a build cannot go ahead without the public address of the site, or nothing when it can:
 * canonical links, hreflang alternates, the sitemap and robots.txt are absolute URLs, and a build
 * without `SITE_URL` would point them all at localhost. A local build says so explicitly
 * (`npm start`, `npm test`: `scripts/build.mjs --local`).
 */
export function siteUrlProblem(command: string, site: string | undefined): string | undefined {
  if (command !== 'build' || site) return undefined;
  return 'SITE_URL is not set: a production build needs the public address of the site for its canonical links, sitemap and robots.txt (SITE_URL=https://example.org npm run build). For a build to browse on this machine, run `node scripts/build.mjs --local` (npm start does).';
}

/** The stylesheet that gives print the site's origin, to write before the path of each link. */
const siteOriginCss = (site: string | undefined): string =>
  `:root{--site-origin:${JSON.stringify(site ? new URL(site).origin : '')}}`;

const siteOriginModule = 'virtual:csto/site-origin.css';

/**
 * Fails a build that has no `site` (see `siteUrlProblem`), and gives the pages the site's origin
 * as a CSS variable (`import 'virtual:csto/site-origin.css'`): the print stylesheet writes each
 * link's full address after it, and links inside the site hold only a path.
 */
export function requireSiteUrl(): AstroIntegration {
  return {
    name: 'csto:require-site-url',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const problem = siteUrlProblem(command, config.site);
        if (problem) throw new Error(problem);
        const resolved = `\0${siteOriginModule}`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'csto:site-origin',
                resolveId: (id: string) => (id === siteOriginModule ? resolved : undefined),
                load: (id: string) => (id === resolved ? siteOriginCss(config.site) : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
