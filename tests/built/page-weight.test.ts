import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipSize, printStylesheets, subresources } from '../../scripts/lib/page-weight.ts';
import { inlineScripts } from '../../src/integrations/shared/csp.ts';
import { dist, fileFor, htmlFiles, readDist } from './built-site.ts';

/** The first round trip of a new connection (10 TCP segments), the budget of a page's first load. */
const firstLoadBudget = 14.6 * 1024;
/**
 * The list of sources is a bibliography, not a page of content: some seventy records with their
 * titles, publishers and dates, in the language of each source. It gets one more round trip.
 */
const bibliographyBudget = 2 * firstLoadBudget;
const isBibliography = (file: string) => /^(?:[a-z]{2}\/)?sources\/index\.html$/.test(file);
const totalBudget = 30 * 1024;
const scriptBudget = 3 * 1024;

// Every page but the search page, in every language.
const isContentPage = (file: string) => !/^(?:[a-z]{2}\/)?search\/index\.html$/.test(file);
// The one script file of a content page: the page script (components/site/page-script.ts: the
// display settings' controls, Escape on the header's toggles, copying without soft hyphens).
const pageScript = /\/_astro\/BaseLayout[^/]*\.js$/;

describe('page weight (gzip, from the files in dist/)', () => {
  for (const file of htmlFiles()) {
    it(`${file} stays within the budget`, () => {
      const html = readDist(file);
      const assets = subresources(html).map((url) => {
        const path = fileFor(url);
        expect(path && existsSync(join(dist, path)), `${url} is in dist/`).toBe(true);
        return { url, size: gzipSize(readFileSync(join(dist, path!))) };
      });
      const htmlSize = gzipSize(html);
      // The stylesheets that paint the page: print's is fetched apart (and counts in the total).
      const print = printStylesheets(html);
      expect(print, 'a print stylesheet').toHaveLength(1);
      const css = assets.filter((a) => a.url.endsWith('.css') && !print.includes(a.url)).reduce((sum, a) => sum + a.size, 0);
      const js = assets.filter((a) => a.url.endsWith('.js')).reduce((sum, a) => sum + a.size, 0);
      expect(htmlSize + css, 'first load: HTML and CSS').toBeLessThanOrEqual(isBibliography(file) ? bibliographyBudget : firstLoadBudget);
      expect(htmlSize + assets.reduce((sum, a) => sum + a.size, 0), 'everything the page loads').toBeLessThanOrEqual(totalBudget);
      if (isContentPage(file)) {
        const inline = inlineScripts(html).reduce((sum, script) => sum + gzipSize(script), 0);
        expect(js + inline, 'JavaScript: the head script and the page script only').toBeLessThanOrEqual(scriptBudget);
        expect(assets.filter((a) => a.url.endsWith('.js')).map((a) => a.url)).toEqual([expect.stringMatching(pageScript)]);
      }
    });
  }

  it('asks no other host for anything', () => {
    const external = htmlFiles().flatMap((file) =>
      subresources(readDist(file))
        .filter((url) => /^(?:[a-z]+:)?\/\//i.test(url))
        .map((url) => `${file}: ${url}`),
    );
    expect(external).toEqual([]);
    const css = htmlFiles().flatMap((file) => subresources(readDist(file)).filter((url) => url.endsWith('.css')));
    for (const url of new Set(css)) expect(readFileSync(join(dist, fileFor(url)!), 'utf8')).not.toMatch(/url\(\s*['"]?(?:https?:)?\/\//);
  });
});
