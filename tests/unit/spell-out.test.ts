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
    // The abbreviation in brackets after the name it stands for, inflected as the sentence needs.
    const russian = [{ short: 'ОДКБ', expansion: 'Организация Договора о коллективной безопасности' }];
    const defined = '<p>Одно из государств – членов Организации Договора о коллективной безопасности ( ОДКБ ).</p><p>ОДКБ действует.</p>';
    expect(mainOf(spellOutAbbreviations(page(defined, 'ru'), 'ru', russian))).toBe(defined);
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
  it('reads what a page has said without its soft hyphens', () => {
    const said = '<h1>Collec\u00adtive Secu\u00adrity Treaty Organi\u00adzation</h1><p>The CSTO acts.</p>';
    expect(mainOf(spellOutAbbreviations(page(said), 'en', forms))).toBe(said);
  });
  it('spells out where the expansion comes only later, and leaves it where brackets follow at once', () => {
    expect(mainOf(spellOutAbbreviations(page('<p>The CSTO is the Collective Security Treaty Organization.</p>'), 'en', forms))).toBe(
      '<p>The CSTO (Collective Security Treaty Organization) is the Collective Security Treaty Organization.</p>',
    );
    expect(mainOf(spellOutAbbreviations(page('<p>The CSTO(the Organization) acts.</p>'), 'en', forms))).toBe('<p>The CSTO(the Organization) acts.</p>');
    expect(mainOf(spellOutAbbreviations(page('<p>The CSTO acts (at once).</p>'), 'en', forms))).toBe('<p>The CSTO (Collective Security Treaty Organization) acts (at once).</p>');
  });
  it('waits only for a possessive of the abbreviation itself, not one later in the text', () => {
    expect(mainOf(spellOutAbbreviations(page('<p>The CSTO and the OSCE’s work.</p>'), 'en', forms))).toBe('<p>The CSTO (Collective Security Treaty Organization) and the OSCE’s work.</p>');
  });
  it('finds the longest form first, in whatever order the forms come', () => {
    const shortFirst = [{ short: 'CAR', expansion: 'Central Asian Region' }, { short: 'CAR CRDF', expansion: 'Collective Rapid Deployment Forces' }];
    expect(mainOf(spellOutAbbreviations(page('<p>The CAR CRDF train.</p>'), 'en', shortFirst))).toBe('<p>The CAR CRDF (Collective Rapid Deployment Forces) train.</p>');
  });
  it('reads neither scripts nor styles in <main> as what the page says, and leaves a link in <noscript> as it is', () => {
    const html = page('<script>const name = "Collective Security Treaty Organization";</script><style>/* Organization for Security and Co-operation in Europe */</style><noscript><a href="/">CSTO</a></noscript><p>The CSTO and the OSCE.</p>');
    expect(mainOf(spellOutAbbreviations(html, 'en', forms))).toBe(
      '<script>const name = "Collective Security Treaty Organization";</script><style>/* Organization for Security and Co-operation in Europe */</style><noscript><a href="/">CSTO</a></noscript><p>The CSTO (Collective Security Treaty Organization) and the OSCE (Organization for Security and Co-operation in Europe).</p>',
    );
  });
  it('counts a numeric character reference before the abbreviation as the one character it stands for', () => {
    expect(mainOf(spellOutAbbreviations(page('<p>It&#39;s the CSTO; it&#x27;s the OSCE.</p>'), 'en', forms))).toBe(
      '<p>It&#39;s the CSTO (Collective Security Treaty Organization); it&#x27;s the OSCE (Organization for Security and Co-operation in Europe).</p>',
    );
  });
});
