import { describe, expect, it } from 'vitest';
import { developmentsOf, reviewedOn, splitBySource, undatedSource, undatedSourceQuoted } from '../../src/lib/content/dating.ts';
import { catalogOf, item, ref, refs } from './fixtures/catalog.ts';

const undated = item('sources', 'undated', { published: undefined, period: 'around 2015–2016', periodYears: [2015, 2016] });
const dated = item('sources', 'dated', { published: '2022-01-06' });
const development = (id: string, date: string, concerns: { collection: string; id: string }[] = [ref('bodies', 'council')]) => item('developments', id, { date, concerns });

describe('undatedSource', () => {
  const catalog = catalogOf(dated, undated, item('sources', 'period-only', { period: 'the 2010s' }));

  it('finds the first source of the pages that has a period, in the order the pages name them', () => {
    const pages = [item('bodies', 'a', { sources: refs('sources', ['dated']) }), item('bodies', 'b', { sources: refs('sources', ['dated', 'undated']) })];
    expect(undatedSource(catalog, pages)?.id).toBe('undated');
    expect(undatedSource(catalog, [item('bodies', 'c', { sources: refs('sources', ['period-only', 'undated']) })])?.id).toBe('period-only');
  });

  it('finds none for pages whose sources are all dated', () => {
    expect(undatedSource(catalog, [item('bodies', 'a', { sources: refs('sources', ['dated']) })])).toBeUndefined();
  });
});

describe('undatedSourceQuoted', () => {
  const catalog = catalogOf(dated, undated);
  const question = (id: string, sources: string[]) => item('questions', id, { evidence: sources.map((source) => ({ source: ref('sources', source), says: 'Words.', read: '2026-12-07' })) });

  it('finds the undated source among those the entries quote', () => {
    expect(undatedSourceQuoted(catalog, [question('a', ['dated']), question('b', ['dated', 'undated'])])?.id).toBe('undated');
  });

  it('finds none when every quoted source is dated', () => {
    expect(undatedSourceQuoted(catalog, [question('a', ['dated'])])).toBeUndefined();
  });
});

describe('reviewedOn', () => {
  it('is the latest review of the entries a page shows', () => {
    expect(reviewedOn([item('bodies', 'a', { reviewed: '2026-11-28' }), item('bodies', 'b', { reviewed: '2026-12-07' }), item('bodies', 'c', { reviewed: '2026-01-02' })])).toBe('2026-12-07');
  });
});

describe('developmentsOf', () => {
  it('gives the developments that concern a page, earliest first', () => {
    const catalog = catalogOf(
      item('bodies', 'council'),
      development('late', '2024-02-22'),
      development('early', '2008-09'),
      development('other', '2010', [ref('activities', 'area')]),
    );
    expect(developmentsOf(catalog, ref('bodies', 'council')).map((d) => d.id)).toEqual(['early', 'late']);
  });
});

describe('splitBySource', () => {
  const developments = [development('before', '2014-12-31'), development('first-year', '2015'), development('after', '2020-05')];
  const ids = ({ since, earlier }: ReturnType<typeof splitBySource>) => ({ since: since.map((d) => d.id), earlier: earlier.map((d) => d.id) });

  it('puts developments from the source’s first year on after it, and those before it apart', () => {
    expect(ids(splitBySource(developments, undated))).toEqual({ since: ['first-year', 'after'], earlier: ['before'] });
  });

  it('counts every development as since, with no undated source or one without its years', () => {
    expect(ids(splitBySource(developments, undefined))).toEqual({ since: ['before', 'first-year', 'after'], earlier: [] });
    expect(ids(splitBySource(developments, item('sources', 'period-only', { period: 'the 2010s' })))).toEqual({ since: ['before', 'first-year', 'after'], earlier: [] });
  });
});
