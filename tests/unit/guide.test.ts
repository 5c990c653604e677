import { describe, expect, it } from 'vitest';
import { citationStyles, citationText, citedDate, styleNames } from '../../src/components/cite/styles.ts';
import { editorsContact } from '../../src/lib/editors-contact.ts';
import { placeholderParts } from '../../src/lib/i18n/format.ts';
import { languages } from '../../src/lib/i18n/languages.ts';

// Issue 26 §4, the guide part: the citation's styles, the editors' contact from the build
// setting, and the strings cut at their placeholders (the dating note's date and link).

const cited = { title: 'Kanal (Channel)', site: 'CSTO guide', url: 'https://csto.example/operations/kanal/', reviewed: '2026-12-07', accessed: '2027-01-05' };

describe('citation styles', () => {
  it('offers two or three styles in every language, each named', () => {
    for (const lang of languages) {
      expect(citationStyles[lang].length, lang).toBeGreaterThanOrEqual(2);
      expect(citationStyles[lang].length, lang).toBeLessThanOrEqual(3);
      for (const style of citationStyles[lang]) expect(styleNames[style]).not.toBe('');
    }
  });
  it('writes APA, MLA and Chicago as their manuals do, with the day the page was read', () => {
    expect(citationText('apa', 'en', cited)).toBe('CSTO guide. (2026, December 7). Kanal (Channel). Retrieved January 5, 2027, from https://csto.example/operations/kanal/');
    expect(citationText('mla', 'en', cited)).toBe('“Kanal (Channel).” CSTO guide, 7 Dec. 2026, https://csto.example/operations/kanal/. Accessed 5 Jan. 2027.');
    expect(citationText('chicago', 'en', cited)).toBe('“Kanal (Channel).” CSTO guide. Last modified December 7, 2026. Accessed January 5, 2027. https://csto.example/operations/kanal/.');
  });
  it('writes the Russian standards with the labels of the page’s language', () => {
    const ru = { ...cited, title: 'Канал', site: 'Справочник ОДКБ' };
    expect(citationText('gost-2008', 'ru', ru)).toBe('Канал // Справочник ОДКБ. 2026. URL: https://csto.example/operations/kanal/ (дата обращения: 05.01.2027).');
    expect(citationText('gost-2018', 'ru', ru)).toBe('Канал // Справочник ОДКБ : [сайт]. – 2026. – URL: https://csto.example/operations/kanal/ (дата обращения: 05.01.2027). – Текст : электронный.');
    expect(citationText('gost-2008', 'kk', { ...cited, title: 'Канал', site: 'ҰҚШҰ анықтамалығы' })).toContain('(қаралған күні: 05.01.2027).');
  });
  it('shortens MLA’s months as MLA does: May, June and July whole, September to Sept.', () => {
    expect(['2026-05-02', '2026-06-02', '2026-07-02', '2026-09-02'].map((day) => citedDate('mla', 'accessed', day))).toEqual(['2 May 2026', '2 June 2026', '2 July 2026', '2 Sept. 2026']);
  });
});

describe('editorsContact (EDITORS_CONTACT)', () => {
  it('names no contact when the setting is unset or empty', () => {
    expect(editorsContact(undefined)).toBeUndefined();
    expect(editorsContact('  ')).toBeUndefined();
  });
  it('links an e-mail address and a web address', () => {
    expect(editorsContact(' editors@example.org ')).toEqual({ href: 'mailto:editors@example.org', label: 'editors@example.org' });
    expect(editorsContact('https://example.org/contact')).toEqual({ href: 'https://example.org/contact', label: 'https://example.org/contact' });
  });
  it('fails the build on a setting that is neither', () => {
    expect(() => editorsContact('call us')).toThrow(/EDITORS_CONTACT/);
    expect(() => editorsContact('javascript:alert(1)')).toThrow(/EDITORS_CONTACT/);
  });
});

describe('placeholderParts', () => {
  it('cuts a string at its placeholders, in their order, without empty parts', () => {
    expect(placeholderParts('checked on {date} ({link}).')).toEqual(['checked on ', { name: 'date' }, ' (', { name: 'link' }, ').']);
    expect(placeholderParts('{date}')).toEqual([{ name: 'date' }]);
  });
});
