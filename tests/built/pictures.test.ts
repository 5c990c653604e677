import { describe, expect, it } from 'vitest';
import { stringTables } from '../../src/lib/strings.ts';
import { readDist } from './built-site.ts';

const members = {
  en: ['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan'],
  ru: ['Армения', 'Беларусь', 'Казахстан', 'Кыргызстан', 'Россия', 'Таджикистан'],
};

describe('the member-state map, drawn into the built HTML', () => {
  for (const [lang, file] of [['en', 'members/index.html'], ['en', 'index.html'], ['ru', 'ru/members/index.html'], ['ru', 'ru/index.html']] as const) {
    it(`is in ${file}, titled, with the six members filled and named`, () => {
      const html = readDist(file);
      const svg = /<svg[^>]*role="img"[^>]*>[\s\S]*?<\/svg>/.exec(html)?.[0];
      expect(svg, 'an SVG with role="img"').toBeDefined();
      expect(svg).toContain(`<title id="map-title">${stringTables[lang]['map.title']}</title>`);
      expect(svg!.match(/class="map-member"/g)).toHaveLength(6);
      expect(svg).toMatch(/class="map-land" d="M/);
      for (const name of members[lang]) {
        // Once in each set of names (the wide and the narrow layout), and in the description.
        expect(svg!.match(new RegExp(`>${name}</text>`, 'g')), name).toHaveLength(2);
        expect(/<desc[^>]*>([^<]*)<\/desc>/.exec(svg!)?.[1]).toContain(name);
      }
      expect(svg).not.toMatch(/<script|\son\w+=/);
    });
  }
});
