import { describe, expect, it } from 'vitest';
import { firstScreen, printStylesheets, subresources } from '../../scripts/lib/page-weight.ts';

describe('firstScreen', () => {
  const page = (main: string) => `<!doctype html><html><head><style>body{}</style></head><body><header><a href="/">Guide</a></header><main>${main}</main><footer><p>Footer</p></footer></body></html>`;

  it('ends with the opening paragraph, after the heading, the dating note and the names', () => {
    const html = page('<p class="print-only" data-pagefind-ignore>https://example.org/</p><h1>Title</h1><p data-pagefind-ignore>As stated by the source.</p><p><span data-pagefind-weight="10">CSTO</span></p><nav data-pagefind-ignore><p>On this page</p></nav><div class="prose"><p>The opening paragraph.</p><p>More.</p></div>');
    expect(firstScreen(html).endsWith('<p>The opening paragraph.</p>')).toBe(true);
  });

  it('ends with the heading on a page with no paragraph of its own', () => {
    expect(firstScreen(page('<h1>Search</h1><form></form>')).endsWith('<h1>Search</h1>')).toBe(true);
  });

  it('is the whole page without a heading', () => {
    const html = page('<p>Text.</p>');
    expect(firstScreen(html)).toBe(html);
  });
});

describe('subresources and printStylesheets', () => {
  it('list what the page loads as a browser reads it: not text in a script, not a template, not links to pages', () => {
    const html = `<!doctype html><html><head><link rel="stylesheet" href="/a.css"><link href="/p.css" media="print" rel="stylesheet"><link rel="icon" href="/i.svg"><link rel="alternate" hreflang="ru" href="/ru/"><link rel="canonical" href="/x/"><script type="module" src="/s.js"></script><script>const t = '<img src="/not-loaded.png">';</script></head><body><img alt="" src='/m.png'><a href="/page/">Page</a><template><img src="/later.png"></template></body></html>`;
    expect(subresources(html)).toEqual(['/a.css', '/p.css', '/i.svg', '/s.js', '/m.png']);
    expect(printStylesheets(html)).toEqual(['/p.css']);
  });
});
