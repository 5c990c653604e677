import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstLoadBudget, firstScreen, gzipSize, printStylesheets, scriptBudget, subresources, totalBudget } from '../../scripts/lib/page-weight.ts';
import { inlineScripts } from '../../src/integrations/shared/csp.ts';
import { dist, fileFor, htmlFiles, readDist } from './built-site.ts';

/**
 * The pages that may be longer than one round trip: those that quote their sources' words (the
 * quotations fold under each statement, after the first screen), the list of sources (a
 * bibliography of a hundred records, in their own languages), the list of corrections (each with
 * its quotations) and a page of tables of data (the members page: its states, and its chart's
 * periods, after the map). Every other page is short and comes whole in the first round trip.
 */
const isLong = (file: string, html: string) =>
  /^(?:[a-z]{2}\/)?(?:sources|corrections)\/index\.html$/.test(file) || html.includes('<details class="evidence"') || html.includes('<table');
// Every page but the search page, in every language.
const isContentPage = (file: string) => !/^(?:[a-z]{2}\/)?search\/index\.html$/.test(file);
// The one script file of a content page: the page script (src/components/site/page-script.ts:
// the display settings' controls, Escape on the header's toggles, copying and printing without
// soft hyphens, the citation's copy buttons and access date, and the Listen button).
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
      expect(gzipSize(firstScreen(html)) + css, 'first screen: styles, header, heading and opening paragraph').toBeLessThanOrEqual(firstLoadBudget);
      const long = isLong(file, html);
      if (!long) expect(htmlSize + css, 'a short page whole: HTML and CSS').toBeLessThanOrEqual(firstLoadBudget);
      expect(htmlSize + assets.reduce((sum, a) => sum + a.size, 0), 'everything the page loads').toBeLessThanOrEqual(totalBudget(long));
      if (isContentPage(file)) {
        const inline = inlineScripts(html).reduce((sum, script) => sum + gzipSize(script), 0);
        expect(js + inline, 'JavaScript: the head script and the page script only').toBeLessThanOrEqual(scriptBudget);
        expect(assets.filter((a) => a.url.endsWith('.js')).map((a) => a.url)).toEqual([expect.stringMatching(pageScript)]);
      }
    });
  }

  it('inlines a <head> script under 1 KB, and the same one on every page; the search pages one more, under 1 KB', () => {
    // The display settings applied before the first frame (components/preferences/head-script.ts),
    // minified into every page: small enough to cost nothing in the first round trip. The search
    // page keeps the answer's place when its address holds a query (components/search/asked.ts).
    const search = (file: string) => /(^|\/)search\/index\.html$/.test(file);
    const everywhere = new Set(htmlFiles().flatMap((file) => inlineScripts(readDist(file)).slice(0, 1)));
    expect(everywhere.size).toBe(1);
    const more = htmlFiles().map((file) => ({ file, scripts: inlineScripts(readDist(file)).slice(1) }));
    expect(more.filter(({ file, scripts }) => scripts.length !== (search(file) ? 1 : 0)).map(({ file }) => file), 'pages with another inline script: the search pages only').toEqual([]);
    for (const script of [...everywhere, ...more.flatMap(({ scripts }) => scripts)]) expect(script.length).toBeLessThan(1024);
  });

  it('asks no other host for anything', () => {
    // Each page read and parsed once: parsing every page twice took most of the 5 s a test may run.
    const loads = htmlFiles().map((file) => ({ file, urls: subresources(readDist(file)) }));
    const external = loads.flatMap(({ file, urls }) => urls.filter((url) => /^(?:[a-z]+:)?\/\//i.test(url)).map((url) => `${file}: ${url}`));
    expect(external).toEqual([]);
    const css = loads.flatMap(({ urls }) => urls.filter((url) => url.endsWith('.css')));
    for (const url of new Set(css)) expect(readFileSync(join(dist, fileFor(url)!), 'utf8')).not.toMatch(/url\(\s*['"]?(?:https?:)?\/\//);
  });
});
