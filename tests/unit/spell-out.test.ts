import { describe, expect, it } from 'vitest';
import { spellOutAbbreviations } from '../../src/lib/spell-out.ts';

const forms = [
  { short: 'CSTO', expansion: 'Collective Security Treaty Organization' },
  { short: 'OSCE', expansion: 'Organization for Security and Co-operation in Europe' },
  { short: 'CAR CRDF', expansion: 'Collective Rapid Deployment Forces' },
];
const page = (main: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><title>CSTO</title><script>var CSTO = 1</script></head><body><header>CSTO guide</header><main>${main}</main><footer>CSTO</footer></body></html>`;
const mainOf = (html: string) => /<main>([\s\S]*)<\/main>/.exec(html)![1];

describe('spellOutAbbreviations', () => {
  it('spells out an abbreviation after its first use in running text, once', () => {
    expect(mainOf(spellOutAbbreviations(page('<p>The CSTO acts.</p><p>The CSTO again.</p>'), 'en', forms))).toBe('<p>The CSTO (Collective Security Treaty Organization) acts.</p><p>The CSTO again.</p>');
  });
  it('leaves the page alone where it has said the expansion already, or says it right there', () => {
    expect(mainOf(spellOutAbbreviations(page('<h1>Collective Security Treaty Organization</h1><p>The CSTO acts.</p>'), 'en', forms))).toBe('<h1>Collective Security Treaty Organization</h1><p>The CSTO acts.</p>');
    expect(mainOf(spellOutAbbreviations(page('<p>The CSTO (Collective Security Treaty Organization) acts.</p>'), 'en', forms))).toBe('<p>The CSTO (Collective Security Treaty Organization) acts.</p>');
  });
  it('leaves as they are headings, links, names shown as names, what search ignores and text in another language, and spells out at the first use in running text after them', () => {
    const html = page('<h1>CSTO Joint Staff</h1><p><a href="/">OSCE</a></p><p data-pagefind-weight="10">CSTO</p><p data-pagefind-ignore>CSTO</p><p lang="ru">CSTO</p><p>Then the CSTO and the OSCE.</p>');
    expect(mainOf(spellOutAbbreviations(html, 'en', forms))).toBe('<h1>CSTO Joint Staff</h1><p><a href="/">OSCE</a></p><p data-pagefind-weight="10">CSTO</p><p data-pagefind-ignore>CSTO</p><p lang="ru">CSTO</p><p>Then the CSTO (Collective Security Treaty Organization) and the OSCE (Organization for Security and Co-operation in Europe).</p>');
  });
  it('touches nothing outside <main>: the title, scripts, header and footer stay byte for byte', () => {
    const html = page('<p>CSTO</p>');
    const result = spellOutAbbreviations(html, 'en', forms);
    expect(result.replace(' (Collective Security Treaty Organization)', '')).toBe(html);
  });
  it('waits past a possessive, finds whole words only, the longest form first, and keeps character references', () => {
    expect(mainOf(spellOutAbbreviations(page('<p>The CSTO’s work; CSTOs; the CSTO &amp; the CAR CRDF.</p>'), 'en', forms))).toBe(
      '<p>The CSTO’s work; CSTOs; the CSTO (Collective Security Treaty Organization) &amp; the CAR CRDF (Collective Rapid Deployment Forces).</p>',
    );
  });
  it('reads the dots and signs of a short form as themselves, not as a pattern', () => {
    const odd = [{ short: 'U.N.', expansion: 'United Nations' }, { short: 'A+B', expansion: 'Alpha plus Beta' }];
    expect(mainOf(spellOutAbbreviations(page('<p>UxNx and AAB; the U.N. and A+B.</p>'), 'en', odd))).toBe('<p>UxNx and AAB; the U.N. (United Nations) and A+B (Alpha plus Beta).</p>');
  });
  it('escapes the expansion as text', () => {
    expect(mainOf(spellOutAbbreviations(page('<p>X1</p>'), 'en', [{ short: 'X1', expansion: 'A <b> & C' }]))).toBe('<p>X1 (A &lt;b&gt; &amp; C)</p>');
  });
});
