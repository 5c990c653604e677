import { describe, expect, it } from 'vitest';
import { previewHead } from '../../src/integrations/preview-images.ts';

describe('previewHead', () => {
  it('reads the preview’s facts from the meta elements only, and the page’s language', () => {
    const head = previewHead(
      '<html lang="kk"><head><link property="article:section" href="/bodies/"><meta property="og:image" content="https://e.org/previews/kk.png"><meta property="og:title" content="Хатшылық"><meta property="og:url" content="https://e.org/kk/"><meta property="article:section" content="Органдар"></head></html>',
    );
    expect(head).toEqual({ image: 'https://e.org/previews/kk.png', title: 'Хатшылық', url: 'https://e.org/kk/', section: 'Органдар', lang: 'kk' });
  });
  it('gives no language for a page that names none, and nothing for what the head leaves out', () => {
    expect(previewHead('<html><head><title>T</title></head></html>')).toEqual({ image: undefined, title: undefined, url: undefined, section: undefined, lang: '' });
  });
});
