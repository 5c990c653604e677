import { describe, expect, it } from 'vitest';
import { contentsMark, pageSections, splitAtContents } from '../../src/lib/page-sections.ts';

describe('pageSections', () => {
  it('lists the h2 headings that have an id, in order, with their words and no markup', () => {
    const html = `
      <div class="prose"><h2 id="what">What it <em>is</em></h2><p>Text.</p><h3 id="sub">Not a section</h3></div>
      <section aria-labelledby="facts"><h2 id="facts">Key   facts</h2></section>
      <h2>No id, no link</h2>
      <section><h2 id="sources">Sources &amp; notes</h2></section>`;
    expect(pageSections(html)).toEqual([
      { id: 'what', title: 'What it is' },
      { id: 'facts', title: 'Key facts' },
      { id: 'sources', title: 'Sources & notes' },
    ]);
  });
  it('finds none in a page without sections, or in a template', () => {
    expect(pageSections('<p>Just text.</p><template><h2 id="x">Result</h2></template>')).toEqual([]);
  });
  it('leaves out sections hidden in the built page, which a script shows (search results)', () => {
    expect(pageSections('<h2 id="a">Shown</h2><section hidden><h2 id="b">Results in Kazakh</h2></section><h2 id="c" hidden>Results</h2>')).toEqual([{ id: 'a', title: 'Shown' }]);
  });
});

describe('splitAtContents', () => {
  it('cuts the body where it places its contents list, dropping the mark', () => {
    const html = `<p>Opening.</p><section><h2 id="facts">Key facts</h2></section>${contentsMark}<h2 id="more">More</h2>`;
    expect(splitAtContents(html)).toEqual({ above: '<p>Opening.</p><section><h2 id="facts">Key facts</h2></section>', below: '<h2 id="more">More</h2>' });
  });
  it('puts the list at the top of a body that does not place it', () => {
    expect(splitAtContents('<h2 id="a">A</h2>')).toEqual({ above: '', below: '<h2 id="a">A</h2>' });
  });
});
