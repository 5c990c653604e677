import { describe, expect, it } from 'vitest';
import { linkToQuotation } from '../../src/lib/text-fragment.ts';

describe('linkToQuotation, where words are left out', () => {
  it('reads an ellipsis written close against the words', () => {
    expect(linkToQuotation('https://example.org/', 'one two…three four')).toBe('https://example.org/#:~:text=one%20two,three%20four');
  });

  it('matches whole a quotation that starts with words left out', () => {
    expect(linkToQuotation('https://example.org/', '… and then the words')).toBe('https://example.org/#:~:text=and%20then%20the%20words');
  });
});

describe('linkToQuotation, by length', () => {
  it('matches a quotation of ten words whole, and one of eleven by its ends', () => {
    const ten = 'one two three four five six seven eight nine ten';
    expect(linkToQuotation('https://example.org/', ten)).toBe(`https://example.org/#:~:text=${ten.replaceAll(' ', '%20')}`);
    expect(linkToQuotation('https://example.org/', `${ten} eleven`)).toBe('https://example.org/#:~:text=one%20two%20three%20four%20five,seven%20eight%20nine%20ten%20eleven');
  });
});
