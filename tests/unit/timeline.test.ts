import { describe, expect, it } from 'vitest';
import { timeline } from '../../src/components/pictures/timeline.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { catalogOf, item, ref } from './fixtures/catalog.ts';

const catalog = catalogOf(
  item('developments', 'charter', { date: '2002-10-07', text: 'The Charter is signed.' }),
  item('developments', 'treaty', { date: '1992-05-15', text: 'The Treaty is signed.' }),
  item('developments', 'kanal', { date: '2008-09', text: 'Kanal becomes permanent.' }),
  item('bodies', 'staff', { title: 'Joint Staff', since: 2004 }),
  item('bodies', 'council'),
);

describe('timeline', () => {
  it('leads a development that is a founding document’s signing or entry into force to the document', () => {
    const withDocument = catalogOf(...catalog.developments, item('developments', 'in-force', { date: '1994-04-20' }), item('documents', 'the-treaty', { signed: ref('developments', 'treaty'), inForce: ref('developments', 'in-force') }));
    expect(timeline(withDocument, strings('en')).map((i) => [i.datetime, i.path])).toEqual([
      ['1992-05-15', 'documents/the-treaty'],
      ['1994-04-20', 'documents/the-treaty'],
      ['2002-10-07', undefined],
      ['2008-09', undefined],
    ]);
  });

  it('lists the dated developments and the years bodies have been operational since, earliest first, each with its evidence', () => {
    const items = timeline(catalog, strings('en'));
    expect(items.map((i) => [i.datetime, i.date, i.text, i.path])).toEqual([
      ['1992-05-15', '15 May 1992', 'The Treaty is signed.', undefined],
      ['2002-10-07', '7 October 2002', 'The Charter is signed.', undefined],
      ['2004', '2004', 'Joint Staff has been operational since 2004.', 'bodies/staff'],
      ['2008-09', 'September 2008', 'Kanal becomes permanent.', undefined],
    ]);
    // A development shows its sources' words; a body's year, the source that states it.
    expect(items.map((i) => ('quotations' in i.evidence ? i.evidence.quotations.map((q) => `${q.source.id}: ${q.says}`) : i.evidence.sources.map((s) => s.id)))).toEqual([
      ['source: Words of treaty.'],
      ['source: Words of charter.'],
      ['source'],
      ['source: Words of kanal.'],
    ]);
  });
  it('writes dates in the language of the page', () => {
    expect(timeline(catalog, strings('ru')).map((i) => i.date)).toEqual(['15 мая 1992\u00A0г.', '7 октября 2002\u00A0г.', '2004', 'сентябрь 2008\u00A0г.']);
  });
  it('is empty when the content states no date', () => {
    expect(timeline(catalogOf(item('bodies', 'council')), strings('en'))).toEqual([]);
  });
});
