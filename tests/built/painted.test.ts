import { describe, expect, it } from 'vitest';
import { documentOf, pagesOf, templatePages } from './built-site.ts';
import { attr, type Element, type Node } from './html.ts';

// The browser paints the two-colour schemes on one page of each template in each language
// (tests/e2e/pages.spec.ts), not on every page. That is enough only if those pages hold every
// kind of markup the site has: a markup construct is an element's name with its classes
// (`span.text-muted.text-sm`, `path.map-member`), which is what the stylesheet colours it by
// (Tailwind's utilities and the components' classes). A new component, or a new use of a class,
// on a page of no painted template fails here until a page that holds it is painted.

/** The markup constructs of a page's body: scripts, styles and the contents of templates are not painted as they are. */
function constructs(file: string): Set<string> {
  const found = new Set<string>();
  const walk = (node: Node, inBody: boolean) => {
    const element = 'tagName' in node ? (node as Element) : undefined;
    if (element && ['script', 'style', 'template'].includes(element.tagName)) return;
    const body = inBody || element?.tagName === 'body';
    if (element && body) found.add([element.tagName, ...(attr(element, 'class') ?? '').split(/\s+/).filter(Boolean).sort()].join('.'));
    if ('childNodes' in node) for (const child of node.childNodes) walk(child, body);
  };
  walk(documentOf(file), false);
  return found;
}

describe('the pages the browser paints in every colour scheme', () => {
  it('hold every markup construct of every page', () => {
    const painted = templatePages(pagesOf());
    expect(painted.length).toBeGreaterThan(20);
    const seen = new Set(painted.flatMap(({ file }) => [...constructs(file)]));
    const unpainted = new Map<string, string>();
    for (const { file, path } of pagesOf()) for (const construct of constructs(file)) if (!seen.has(construct) && !unpainted.has(construct)) unpainted.set(construct, path);
    expect([...unpainted].map(([construct, path]) => `${construct} (first on ${path})`)).toEqual([]);
  });
});
