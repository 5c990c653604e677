import { describe, expect, it } from 'vitest';
import { bodySchema } from '../../src/schemas/bodies.ts';
import { correctionSchema } from '../../src/schemas/corrections.ts';
import { operationSchema } from '../../src/schemas/operations.ts';
import { namedIn, partialDate, shapeOnlyRef } from '../../src/schemas/shared.ts';
import { sourceSchema } from '../../src/schemas/sources.ts';
import { statementSchema } from '../../src/schemas/statements.ts';

// The schemas as Astro applies them (content.config.ts: references shaped, not looked up); the
// checker's own references are tested through it (check.test.ts).
const page = { title: 'T', summary: 'S.', order: 1, sources: ['source'], reviewed: '2026-11-28' };
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('the references Astro stores', () => {
  it('shape an id as its collection and id, and refuse an empty one', () => {
    expect(shapeOnlyRef('sources').parse('kg24')).toEqual({ collection: 'sources', id: 'kg24' });
    expect(shapeOnlyRef('sources').safeParse('').success).toBe(false);
  });

  it('shape a page as collection/id, and refuse anything else', () => {
    expect(shapeOnlyRef.page().parse('members/armenia')).toEqual({ collection: 'members', id: 'armenia' });
    expect(shapeOnlyRef.page().parse('partners/un-women')).toEqual({ collection: 'partners', id: 'un-women' });
    for (const text of ['members', 'Members/armenia', 'members/armenia/extra', 'members/']) {
      expect(messages(shapeOnlyRef.page().safeParse(text)), text).toEqual([': expected collection/id, as "members/armenia"']);
    }
  });
});

describe('dates', () => {
  it('take a date as precise as known, the last month and the last day included, and one a YAML reader made a Date', () => {
    for (const date of ['2008', '2008-12', '2022-01-31']) expect(partialDate().parse(date)).toBe(date);
    expect(partialDate().parse(new Date(Date.UTC(2022, 0, 6)))).toBe('2022-01-06');
  });

  it('refuse what is not one, saying what is expected', () => {
    for (const date of ['12008', '2008-13', '2022-01-32', '2022-1-6']) {
      expect(messages(partialDate().safeParse(date)), date).toEqual([': expected a date as precise as known: 2022-01-06, 2008-09 or 2008']);
    }
  });
});

describe('namedIn', () => {
  it('finds a name broken by soft hyphens', () => {
    expect(namedIn('CSTO', 'the CS\u00adTO met')).toBe(true);
  });
});

describe('aliases', () => {
  const alias = (lang: string) => ({ name: 'TC', lang, kind: 'acronym', source: 'source', says: 'The TC met.', read: '2026-12-07' });
  const parse = (lang: string) => bodySchema(shapeOnlyRef).safeParse({ ...page, kind: 'council', aliases: [alias(lang)] });

  it('take a language tag, with a script where the name is not in the language’s own', () => {
    for (const lang of ['en', 'kaz', 'ru-Latn']) expect(parse(lang).success, lang).toBe(true);
  });

  it('refuse a language tag written otherwise', () => {
    for (const lang of ['english', 'ru-latn', 'ru-LATN', 'ru-Latn-x', 'ru-Lat']) {
      expect(messages(parse(lang)), lang).toEqual(['aliases.0.lang: expected a language tag, as "en", "ru" or "ru-Latn"']);
    }
  });
});

describe('the collections’ schemas', () => {
  it('give a body its facts, and no areas or aliases when it names none, named by the source unless it says not', () => {
    expect(bodySchema(shapeOnlyRef).parse({ ...page, kind: 'council', since: 2004 })).toEqual({
      ...page,
      sources: [{ collection: 'sources', id: 'source' }],
      kind: 'council',
      since: 2004,
      areas: [],
      aliases: [],
      notInSource: false,
    });
    expect(bodySchema(shapeOnlyRef).parse({ ...page, kind: 'parliamentary-body', notInSource: true })).toMatchObject({ kind: 'parliamentary-body', notInSource: true });
    for (const since of [1899, 2101]) expect(bodySchema(shapeOnlyRef).safeParse({ ...page, kind: 'council', since }).success, String(since)).toBe(false);
  });

  it('give an operation its words and its lists, empty where it names none', () => {
    expect(operationSchema(shapeOnlyRef).parse({ ...page, kind: 'operation', area: 'area', translation: 'Channel', participants: ['The member states'], observers: ['Uzbekistan'] })).toMatchObject({
      translation: 'Channel',
      forces: [],
      aims: [],
      participants: ['The member states'],
      observers: ['Uzbekistan'],
      observerPartners: [],
    });
  });

  it('give a source online the day it was read, and an undated one its period', () => {
    const source = { title: 'Report', publisher: 'Ministry', url: 'https://example.org/report', read: '2026-11-28', language: 'en-GB', order: 1, kind: 'officials', period: 'around 2015–2016', periodYears: [2015, 2016], periodNote: 'It names the 2015 session.' };
    expect(sourceSchema(shapeOnlyRef).parse(source)).toEqual(source);
    expect(() => sourceSchema(shapeOnlyRef).parse({ ...source, kind: 'blog' }), 'a kind the site does not know').toThrow();
    expect(() => sourceSchema(shapeOnlyRef).parse({ ...source, kind: undefined }), 'no kind').toThrow();
  });

  it('let a correction concern several pages and languages', () => {
    const correction = { date: '2026-12-07', concerns: ['bodies/council', 'members/armenia'], versions: ['ru', 'kk'], said: 'Before.', says: 'After.', evidence: [{ source: 'source', says: 'After.', read: '2026-12-07' }] };
    expect(correctionSchema(shapeOnlyRef).parse(correction)).toMatchObject({ concerns: [{ collection: 'bodies', id: 'council' }, { collection: 'members', id: 'armenia' }], versions: ['ru', 'kk'] });
  });

  it('give a statement with evidence and no sources an empty list of them', () => {
    expect(statementSchema(shapeOnlyRef).parse({ evidence: [{ source: 'source', says: 'Words.', read: '2026-12-07' }] })).toEqual({ sources: [], evidence: [{ source: { collection: 'sources', id: 'source' }, says: 'Words.', read: '2026-12-07' }] });
  });
});
