import { describe, expect, it } from 'vitest';
import { hyphenateHtml, hyphenateText, hyphenateWord, nameAttribute } from '../../src/lib/hyphenation.ts';
import { languages } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { softHyphen, withoutSoftHyphens } from '../../src/lib/soft-hyphens.ts';

/** The text with its soft hyphens shown as "|". */
const shown = (text: string) => text.replaceAll(softHyphen, '|');

describe('hyphenateWord', () => {
  it('breaks words of each language with its own patterns, and never changes a letter', () => {
    expect(shown(hyphenateWord('противовоздушной', 'ru'))).toBe('проти|во|воз|душной');
    expect(shown(hyphenateWord('Organization', 'en'))).toBe('Orga|ni|za|tion');
    for (const word of ['противодействию', 'контрабанды', 'деятельности', 'Organization', 'peacekeeping']) {
      expect(withoutSoftHyphens(hyphenateWord(word, 'ru'))).toBe(word);
      expect(hyphenateWord(word, 'ru')).toContain(softHyphen);
    }
  });
  it('hyphenates a word in another script with that script’s patterns, whatever the page’s language', () => {
    expect(hyphenateWord('противодействию', 'en')).toBe(hyphenateWord('противодействию', 'ru'));
    expect(hyphenateWord('Organization', 'ru')).toBe(hyphenateWord('Organization', 'en'));
  });
  it('has patterns or a fallback for every language the site declares, for the words of its own script', () => {
    // The longest word of the language's own name for the Organization: «қауіпсіздік» for Kazakh.
    for (const lang of languages) {
      const word = strings(lang).t('site.fullName').split(' ').sort((a, b) => b.length - a.length)[0]!;
      expect(hyphenateWord(word, lang), `${lang}: ${word}`).toContain(softHyphen);
      expect(withoutSoftHyphens(hyphenateWord(word, lang))).toBe(word);
    }
  });
  it('leaves words of fewer than 10 letters whole, and breaks names with inner capitals where their parts meet', () => {
    for (const word of ['Treaty', 'ОДКБ', 'UNODC', 'CSTO', 'security', 'договором']) expect(hyphenateWord(word, 'en')).toBe(word);
    expect(shown(hyphenateWord('PanARMENIAN', 'en'))).toMatch(/^Pan\|AR/);
  });
  it('never breaks a word so that fewer than 4 letters stand on a side', () => {
    for (const word of ['противодействию', 'контрабанды', 'деятельности', 'Organization', 'peacekeeping', 'қауіпсіздік']) {
      const pieces = hyphenateWord(word, 'ru').split(softHyphen);
      expect(Math.min(pieces[0]!.length, pieces.at(-1)!.length), shown(hyphenateWord(word, 'ru'))).toBeGreaterThanOrEqual(4);
    }
  });
  it('breaks the names the English patterns do not know where they break', () => {
    expect(shown(hyphenateWord('Kazakhstan', 'en'))).toBe('Kazakh|stan');
    expect(shown(hyphenateWord('KAZAKHSTAN', 'en'))).toBe('KAZAKH|STAN');
  });
});

describe('hyphenateText', () => {
  it('leaves character references whole', () => {
    expect(hyphenateText('&laquo;Организация&raquo; &amp; &#1054;rganization', 'ru')).toMatch(/^&laquo;Орга\u00ADни.*&raquo; &amp; &#1054;/);
  });
  it('never hyphenates an address, and lets it and the name of a site break at their punctuation, with no hyphen', () => {
    expect(hyphenateText('https://www.example.org/international-organization', 'en')).toBe('https://<wbr>www<wbr>.example<wbr>.org<wbr>/international-organization');
    expect(hyphenateText('http://localhost:4321/operations/kanal/', 'en')).toBe('http://<wbr>localhost<wbr>:4321<wbr>/operations<wbr>/kanal/');
    expect(hyphenateText('(news.21.by, ostro.org)', 'en')).toBe('(news<wbr>.21<wbr>.by, ostro<wbr>.org)');
    expect(hyphenateText('UNIS/NAR/950', 'en')).toBe('UNIS/<wbr>NAR/<wbr>950');
    expect(hyphenateText('«Рубеж-2025», Kanal-2016', 'ru')).toBe('«Рубеж-<wbr>2025», Kanal-<wbr>2016');
    expect(hyphenateText('interoperability 1.5', 'en')).toBe('inter\u00ADop\u00ADer\u00ADability 1.5');
  });
  it('never hyphenates a name: a word with a capital letter that does not start a sentence', () => {
    expect(shown(hyphenateText('members of the Organization, Kyrgyzstan (Commonwealth) and «Организации»', 'en'))).toBe('members of the Organization, Kyrgyzstan (Commonwealth) and «Организации»');
    expect(shown(hyphenateText('Kyrgyzstan signed. Organization: “Commonwealth', 'en'))).toBe('Kyrgyz|stan signed. Orga|ni|za|tion: “Common|wealth');
  });
});

describe('hyphenateHtml', () => {
  const page = (body: string, lang = 'en') =>
    `<!doctype html><html lang="${lang}"><head><title>Organization</title><script>const organization = 1;</script></head><body>${body}</body></html>`;

  const main = (body: string) => `<main>${body}</main>`;

  it('changes only the text: markup, attributes, the head and scripts stay byte for byte', () => {
    const html = page(main('<p class="organization" title="Organization">The organization</p><script>"Organization"</script>'));
    const result = hyphenateHtml(html);
    expect(withoutSoftHyphens(result)).toBe(html);
    expect(result).toContain(`<p class="organization" title="Organization">The orga${softHyphen}ni`);
    expect(result).toContain('<title>Organization</title><script>const organization = 1;</script>');
    expect(result).toContain('<script>"Organization"</script>');
  });
  it('hyphenates each piece of text in the language of its element', () => {
    const result = hyphenateHtml(page(main('<p>Organization <span lang="ru">деятельности</span></p>')));
    expect(shown(result)).toContain('Orga|ni|za|tion <span lang="ru">деятель|ности</span>');
  });
  it('hyphenates reading text: paragraphs, list items, definitions and quotations, wherever they are', () => {
    const body = main('<p>Organization</p><ul><li>Organization</li></ul><dl><dt>Label</dt><dd>Organization</dd></dl><blockquote><p>Organization</p></blockquote><div>Organization</div>') + '<footer><p>Organization</p></footer>';
    const result = shown(hyphenateHtml(page(body)));
    expect(result.match(/Orga\|ni\|za\|tion/g)).toHaveLength(5);
    expect(result).toContain('<div>Organization</div>');
  });
  it('never hyphenates a name (a link, a heading, a caption, a value marked as one), a control, a label or a date, even inside reading text', () => {
    const body = main(
      '<h1>Organization</h1><p><a href="/">Organization</a> <button>Organization</button> <time>Organization</time></p>' +
        '<details><summary>Organization</summary></details><label>Organization</label><figure><figcaption>Organization</figcaption></figure>' +
        '<section aria-labelledby="x"><h2 id="x">Organization</h2></section><ul><li><span id="note">Organization</span><input aria-describedby="note"></li></ul>' +
        // A label of a list of facts, and a value marked as a name though it starts its text.
        `<dl><dt>Organization</dt><dd><span ${nameAttribute}>Organization</span></dd></dl>`,
    );
    expect(hyphenateHtml(page(body))).toBe(page(body));
  });
  it('keeps a range of numbers on one line, wherever it is', () => {
    expect(hyphenateHtml(page('<header><a href="/">around 2015–2016</a></header>'))).toContain('around <span class="whitespace-nowrap">2015–2016</span>');
    expect(hyphenateHtml(page(main('<p>from 18–23 May</p>')))).toContain('<span class="whitespace-nowrap">18–23</span>');
  });
  it('leaves code, pictures and text marked translate="no" whole', () => {
    const body = main('<p><code>organization</code></p><pre>organization</pre><svg><text>Organization</text></svg><p><span translate="no">Organization</span></p>');
    expect(hyphenateHtml(page(body))).toBe(page(body));
  });
});
