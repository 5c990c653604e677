import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/lib/catalog.ts';
import { strings } from '../../src/lib/strings.ts';
import { timeline } from '../../src/lib/timeline.ts';
import { realCatalog } from './real-catalog.ts';

let english: Catalog;
let russian: Catalog;
beforeAll(async () => {
  [english, russian] = await Promise.all([realCatalog('en'), realCatalog('ru')]);
});

describe('timeline', () => {
  it('lists the Treaty, the Charter and the Joint Staff, earliest first, each with its sources', () => {
    const items = timeline(english, strings('en'));
    expect(items.map((item) => [item.datetime, item.date, item.text])).toEqual([
      ['1992-05-15', '15 May 1992', 'The Collective Security Treaty is signed in Tashkent.'],
      ['2002-10-07', '7 October 2002', 'The Charter of the Collective Security Treaty Organization is signed in Chisinau.'],
      ['2004', '2004', 'CSTO Joint Staff has been operational since 2004.'],
    ]);
    expect(items.map((item) => item.sources.map((source) => source.id))).toEqual([['csto-website'], ['csto-website'], ['kazakhstan-ministry-page']]);
    expect(items[2]!.path).toBe('bodies/joint-staff');
  });

  it('speaks Russian on Russian pages, dates included', () => {
    const items = timeline(russian, strings('ru'));
    expect(items.map((item) => [item.date, item.text])).toEqual([
      ['15 мая 1992 г.', 'В Ташкенте подписан Договор о коллективной безопасности.'],
      ['7 октября 2002 г.', 'В Кишиневе подписан Устав Организации Договора о коллективной безопасности.'],
      ['2004', 'Объединенный штаб ОДКБ работает с 2004 года.'],
    ]);
  });
});
