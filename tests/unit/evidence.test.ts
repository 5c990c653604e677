import { describe, expect, it } from 'vitest';
import { bodyText, numbersIn, numbersQuoted, unsupportedNumbers } from '../../src/lib/content/evidence.ts';
import { linkToQuotation } from '../../src/lib/text-fragment.ts';

describe('the numbers of a statement', () => {
  it('reads digits with or without thousands separators as one number', () => {
    expect(numbersIn('more than 1,742 kg, 1 742 кг, 17\u00A0000 staff and 1742 again').map((n) => n.value)).toEqual(['1742', '1742', '17000', '1742']);
  });

  it('reads a decimal comma or point, a year and a day', () => {
    expect(numbersIn('1,7 тонны; 1.5 tons; on 22 February 2024').map((n) => n.value)).toEqual(['1.7', '1.5', '22', '2024']);
  });

  it('reads a date written with points as its parts, and a range as two numbers', () => {
    expect(numbersIn('30.01.2013 and 2015–2016, resolution 59/50').map((n) => n.value)).toEqual(['30', '1', '2013', '2015', '2016', '59', '50']);
  });

  it('reads groups of three after a separator as one number only when every separator can part thousands and the first group is short', () => {
    expect(numbersIn('174,200; 1.742; 1742,500; 1,742.500; 1 742 50').map((n) => n.value)).toEqual(['174200', '1.742', '1742.5', '1', '742', '500', '1', '742', '50']);
  });

  it('reads a number in one form, whatever zeros lead it or end its decimals', () => {
    expect(numbersIn('007, 2.500 and 1.05').map((n) => n.value)).toEqual(['7', '2.5', '1.05']);
    expect(unsupportedNumbers('Agent 7 in 2.5 days', ['Agent 007 in 2.50 days'])).toEqual([]);
  });

  it('keeps the number as it was written, for the message', () => {
    expect(numbersIn('more than 1,742 kilograms')).toEqual([{ written: '1,742', value: '1742' }]);
  });
});

describe('the numbers of a quotation', () => {
  it('reads every way the source may mean them', () => {
    expect([...numbersQuoted('1,742 kilograms')].sort()).toEqual(['1', '1.742', '1742', '742']);
  });
});

describe('a statement held against its quotations', () => {
  const kg24 = 'Preliminary data indicates that more than 1,742 kilograms of narcotics, psychotropic and potent substances were seized.';

  it('finds the figure that no quotation states: the 15 tons that came from an address', () => {
    expect(unsupportedNumbers('Reports of them give the drugs seized: more than 15 tons in one week of May 2025.', [kg24])).toEqual(['15', '2025']);
  });

  it('accepts a figure written with another separator than the quotation', () => {
    expect(unsupportedNumbers('более 1742 кг', [kg24])).toEqual([]);
    expect(unsupportedNumbers('more than 1,742 kilograms', ['изъято более 1 742 кг'])).toEqual([]);
  });

  it('accepts the entry’s own date, and a day or year only from it or a quotation', () => {
    const quotation = 'On Thursday, Pashinyan told France 24 that Armenia had frozen its participation.';
    expect(unsupportedNumbers('On 22 February 2024 the Prime Minister tells France 24…', [quotation], ['2024-02-22'])).toEqual([]);
    expect(unsupportedNumbers('On 23 February 2024 the Kremlin says…', [quotation], ['2024-02-22'])).toEqual(['23']);
  });

  it('finds a year that no quotation states', () => {
    expect(unsupportedNumbers('The Charter was registered in December 2003.', ['The Charter was registered with the UN Secretariat.'])).toEqual(['2003']);
  });

  it('reads an MDX body as a reader gets it: tags apart from the words, links without their addresses, headings without their signs', () => {
    expect(bodyText('See <Ref to="bodies/a">the council</Ref>, [the treaty](https://example.org/1992) and item # 5.\n## Since 2015\n')).toBe('See  the council , [the treaty] and item # 5.\nSince 2015\n');
  });

  it('reads the words of an MDX body, not the addresses of its links', () => {
    expect(bodyText('The <Ref to="operations/rubezh-2025">exercise</Ref> of [2024](https://example.org/2023)')).not.toMatch(/2025|2023/);
  });
});

describe('a link to a quotation in its source', () => {
  it('matches a short quotation whole, escaping what a text directive reserves', () => {
    expect(linkToQuotation('https://example.org/a', 'signed in Tashkent, on May 15')).toBe('https://example.org/a#:~:text=signed%20in%20Tashkent%2C%20on%20May%2015');
  });

  it('matches a long one by its first and last words, after the page’s own fragment', () => {
    const quotation = 'The operation took place from May 18 to May 23 on the territory of the CSTO member states today';
    expect(linkToQuotation('https://example.org/a#news', quotation)).toBe('https://example.org/a#news:~:text=The%20operation%20took%20place%20from,the%20CSTO%20member%20states%20today');
  });

  it('spans words left out (…) from the start of the first part to the end of the last', () => {
    expect(linkToQuotation('https://example.org/', 'Сверчков переулок, д.3 стр.1 … на безвозмездной основе')).toBe(
      'https://example.org/#:~:text=%D0%A1%D0%B2%D0%B5%D1%80%D1%87%D0%BA%D0%BE%D0%B2%20%D0%BF%D0%B5%D1%80%D0%B5%D1%83%D0%BB%D0%BE%D0%BA%2C%20%D0%B4.3%20%D1%81%D1%82%D1%80.1,%D0%BD%D0%B0%20%D0%B1%D0%B5%D0%B7%D0%B2%D0%BE%D0%B7%D0%BC%D0%B5%D0%B7%D0%B4%D0%BD%D0%BE%D0%B9%20%D0%BE%D1%81%D0%BD%D0%BE%D0%B2%D0%B5',
    );
  });
});
