import { describe, expect, it } from 'vitest';
import { elementsOf, htmlFiles } from './built-site.ts';
import { attr } from './html.ts';

// Read aloud (src/components/read-aloud/) over the built pages: every page that carries a dating
// note (a page of content) has one Listen control, and it is hidden in the HTML, so that without
// JavaScript, or where the browser cannot speak, there is nothing to press (its script shows it).

describe('the Listen control', () => {
  it('is on every page of content, once, and hidden in the HTML', () => {
    const wrong = htmlFiles().flatMap((file) => {
      const all = elementsOf(file);
      const controls = all.filter((element) => element.tagName === 'read-aloud');
      const expected = all.some((element) => attr(element, 'data-dating-note') !== undefined) ? 1 : 0;
      return [
        ...(controls.length === expected ? [] : [`${file}: ${controls.length} Listen controls, expected ${expected}`]),
        ...controls.filter((control) => attr(control, 'hidden') === undefined).map(() => `${file}: a Listen control shown without its script`),
      ];
    });
    expect(wrong).toEqual([]);
  });
});
