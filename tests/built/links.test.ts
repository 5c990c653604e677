import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { base, dist, fileFor, htmlFiles, readDist } from './built-site.ts';

const ids = new Map<string, Set<string>>();
const idsOf = (file: string) => {
  if (!ids.has(file)) ids.set(file, new Set([...readDist(file).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  return ids.get(file)!;
};

describe('internal links', () => {
  it('every internal href and src on every page resolves, fragments included', () => {
    const broken: string[] = [];
    for (const file of htmlFiles()) {
      const html = readDist(file);
      const pagePath = `${base}${file.replace(/index\.html$/, '')}`;
      for (const [, url] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        if (/^(?:[a-z]+:|\/\/)/i.test(url!)) continue;
        const resolved = new URL(url!.replaceAll('&amp;', '&'), `http://site${pagePath}`);
        const target = fileFor(resolved.pathname);
        if (!target || !existsSync(join(dist, target))) {
          broken.push(`${file}: ${url} (no file)`);
          continue;
        }
        const fragment = decodeURIComponent(resolved.hash.slice(1));
        if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) broken.push(`${file}: ${url} (no id "${fragment}")`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('valid HTML', () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Astro writes void elements as <meta ... />; both forms are valid HTML.
      'void-style': 'off',
      // Long content lines come from the build, not from hand-written markup.
      'long-title': 'off',
    },
  });
  for (const file of htmlFiles()) {
    it(`${file} has no html-validate error`, async () => {
      const report = await validator.validateString(readDist(file), file);
      const errors = report.results.flatMap((r) => r.messages).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      expect(errors).toEqual([]);
    });
  }
});

describe('reachability', () => {
  it('every page is reachable from its home page in three clicks or fewer', () => {
    const linksOf = (file: string) =>
      [...readDist(file).matchAll(/<a\s[^>]*href="([^"#?]+)/g)]
        .map((m) => new URL(m[1]!, `http://site${base}`))
        .filter((url) => url.host === 'site' && url.pathname.startsWith(base))
        .map((url) => url.pathname)
        .map((path) => fileFor(path)!)
        .filter((target) => target.endsWith('index.html'));
    const pages = htmlFiles().filter((file) => file.endsWith('index.html'));
    const homes = pages.filter((file) => /^(?:[a-z]{2}\/)?index\.html$/.test(file));
    const depth = new Map(homes.map((home) => [home, 0]));
    let frontier = homes;
    for (let clicks = 1; clicks <= 3; clicks++) {
      frontier = [...new Set(frontier.flatMap(linksOf))].filter((file) => !depth.has(file));
      for (const file of frontier) depth.set(file, clicks);
    }
    expect(pages.filter((file) => !depth.has(file))).toEqual([]);
  });
});
