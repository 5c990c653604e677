import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { readContentFiles } from '../../src/lib/content/files.ts';
import { languages } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';
import { labelSets } from '../../src/components/pictures/member-map.ts';
import { readDist } from './built-site.ts';

// The member states' names in each language, from the content itself.
const content = checkContent(await readContentFiles());
const titles = (lang: string): string[] => {
  const members = content.items.filter((item) => item.collection === 'members');
  if (lang === 'en') return members.map((item) => (item.data as { title: string }).title);
  return members.map((item) => content.translations.find((t) => t.lang === lang && t.collection === 'members' && t.id === item.id)!.data.title as string);
};

describe('the member-state map, drawn into the built HTML', () => {
  for (const lang of languages) {
    for (const file of [localizedPath(lang, 'members/index.html')]) {
      it(`is in ${file}, titled, with every member filled and named`, () => {
        const names = titles(lang);
        const html = readDist(file);
        const svg = /<svg[^>]*role="img"[^>]*>[\s\S]*?<\/svg>/.exec(html)?.[0];
        expect(svg, 'an SVG with role="img"').toBeDefined();
        expect(svg).toContain(`<title id="map-title">${strings(lang).t('map.title')}</title>`);
        expect(svg!.match(/class="map-member"/g)).toHaveLength(names.length);
        expect(svg).toMatch(/class="map-land" d="M/);
        for (const name of names) {
          // Once in each set of names (one for each band of map widths), and in the description.
          expect(svg!.match(new RegExp(`>${name}</text>`, 'g')), name).toHaveLength(labelSets.length);
          expect(/<desc[^>]*>([^<]*)<\/desc>/.exec(svg!)?.[1]).toContain(name);
        }
        expect(svg).not.toMatch(/<script|\son\w+=/);
      });
    }
  }
});
