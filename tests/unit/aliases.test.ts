import { describe, expect, it } from 'vitest';
import { abbreviations, aliasQuotations, pageSources, shownAliases } from '../../src/lib/content/aliases.ts';
import { catalogOf, item, ref } from './fixtures/catalog.ts';

const alias = (name: string, lang: string, kind: 'acronym' | 'transliteration' | 'name', source = 'alias-source', says = `The ${name} met.`) => ({
  name,
  lang,
  kind,
  source: ref('sources', source),
  says,
  read: '2026-12-07',
});

const forces = item('forces', 'rapid', {
  title: 'Rapid Forces',
  aliases: [alias('RF', 'en', 'acronym'), alias('БС', 'ru', 'acronym', 'other-source'), alias('Bystrye Sily', 'ru-Latn', 'transliteration'), alias('Quick Forces', 'en', 'name')],
});
const council = item('bodies', 'council', { title: 'Council', abbreviation: 'CC', aliases: [alias('CC', 'en', 'acronym'), alias('СС', 'ru', 'acronym')] });
const partner = item('partners', 'osce', { title: 'OSCE', fullName: 'Organization for Security and Co-operation in Europe' });
const plain = item('members', 'armenia', { title: 'Armenia' });
const catalog = catalogOf(forces, council, partner, plain, item('sources', 'alias-source'), item('sources', 'other-source'));

describe('pageSources', () => {
  it('lists the page’s sources, then its aliases’ sources, each once', () => {
    expect(pageSources(catalog, forces).map((each) => each.id)).toEqual(['source', 'alias-source', 'other-source']);
    expect(pageSources(catalog, plain).map((each) => each.id)).toEqual(['source']);
  });

  it('lists the sources of the statements its text shows, those named and those quoted', () => {
    const quoted = item('statements', 'figure', { sources: [], evidence: [{ source: ref('sources', 'other-source'), says: 'Words.', read: '2026-12-07' }] });
    const named = item('statements', 'shared', { sources: [ref('sources', 'alias-source')] });
    const withStatements = catalogOf(plain, quoted, named, item('sources', 'alias-source'), item('sources', 'other-source'));
    const body = 'Text.\n\n<Statement id="figure" />\n\n- <Statement id="shared" />\n';
    expect(pageSources(withStatements, plain, body).map((each) => each.id)).toEqual(['source', 'other-source', 'alias-source']);
  });
});

describe('shownAliases', () => {
  it('shows every alias in order, but for one the page already names in its title or as its abbreviation', () => {
    expect(shownAliases(forces).map((each) => each.name)).toEqual(['RF', 'БС', 'Bystrye Sily', 'Quick Forces']);
    expect(shownAliases(council).map((each) => each.name)).toEqual(['СС']);
    expect(shownAliases(plain)).toEqual([]);
    const about = item('about', 'overview', { title: 'About the CSTO', aliases: [alias('CSTO', 'en', 'acronym'), alias('CST', 'en', 'acronym'), alias('ОДКБ', 'ru', 'acronym')] });
    expect(shownAliases(about).map((each) => each.name)).toEqual(['CST', 'ОДКБ']);
  });
  it('reads the dots and signs of a name as themselves, not as a pattern', () => {
    const names = [alias('U.N.', 'en', 'acronym'), alias('A+B', 'en', 'name')];
    expect(shownAliases(item('partners', 'un', { title: 'The U.N. and A+B', aliases: names }))).toEqual([]);
    expect(shownAliases(item('partners', 'un', { title: 'UxNx and AAB', aliases: names })).map((each) => each.name)).toEqual(['U.N.', 'A+B']);
  });
});

describe('abbreviations', () => {
  it('lists acronyms, abbreviations and abbreviated titles with what they stand for and their page, in alphabetical order, each once', () => {
    expect(abbreviations(catalog, 'en').map(({ short, expansion, path, lang }) => [short, expansion, path, lang])).toEqual([
      ['CC', 'Council', 'bodies/council', undefined],
      ['OSCE', 'Organization for Security and Co-operation in Europe', 'partners/osce', undefined],
      ['RF', 'Rapid Forces', 'forces/rapid', undefined],
      ['БС', 'Rapid Forces', 'forces/rapid', 'ru'],
      ['СС', 'Council', 'bodies/council', 'ru'],
    ]);
  });
  it('marks the language of a short form that is not the page’s, and keeps the source of an alias', () => {
    const russian = abbreviations(catalog, 'ru');
    expect(russian.find((each) => each.short === 'RF')).toMatchObject({ lang: 'en', source: ref('sources', 'alias-source') });
    expect(russian.find((each) => each.short === 'БС')?.lang).toBeUndefined();
  });
  it('leaves out transliterations and other names, which are not abbreviations', () => {
    expect(abbreviations(catalog, 'en').map((each) => each.short)).not.toContain('Bystrye Sily');
    expect(abbreviations(catalog, 'en').map((each) => each.short)).not.toContain('Quick Forces');
  });
});

describe('abbreviations of the Organization', () => {
  it('stand for its name, not for the title of the page about it', () => {
    const about = item('about', 'overview', { title: 'About the O', name: 'The Organization', aliases: [alias('TO', 'en', 'acronym')] });
    expect(abbreviations(catalogOf(about, item('sources', 'alias-source')), 'en')).toEqual([{ short: 'TO', expansion: 'The Organization', path: 'about', source: ref('sources', 'alias-source') }]);
  });
});

describe('aliasQuotations', () => {
  it('gives what each alias’s source says, with the source, and words two aliases share once', () => {
    const shared = 'The RF, or Quick Forces, met.';
    const aliases = [alias('RF', 'en', 'acronym', 'alias-source', shared), alias('Quick Forces', 'en', 'name', 'alias-source', shared), alias('БС', 'ru', 'acronym', 'other-source')];
    expect(aliasQuotations(catalog, aliases).map((quoted) => [quoted.source.id, quoted.says, quoted.read])).toEqual([
      ['alias-source', shared, '2026-12-07'],
      ['other-source', 'The БС met.', '2026-12-07'],
    ]);
  });
});

describe('abbreviations: what counts as one', () => {
  const partner = (id: string, title: string, fullName?: string) => item('partners', id, { title, ...(fullName ? { fullName } : {}) });

  it('takes a title written in capitals, spaces and brackets allowed, with two capitals or more, for an abbreviation of its full name', () => {
    const catalog = catalogOf(
      partner('un', 'UN', 'United Nations'),
      partner('rdf', 'КСБР ЦАР', 'Коллективные силы быстрого развёртывания Центральноазиатского региона'),
      partner('women', 'UN Women', 'United Nations Entity for Gender Equality'),
      partner('interpol', 'Interpol NCB', 'A National Central Bureau of Interpol'),
      partner('office', 'UN Office', 'A United Nations office'),
      partner('ecis', 'eCIS', 'An electronic CIS'),
      partner('g7', 'G7', 'The Group of Seven'),
      partner('osce', 'OSCE'),
    );
    expect(abbreviations(catalog, 'en').map(({ short, expansion }) => [short, expansion])).toEqual([
      ['UN', 'United Nations'],
      ['КСБР ЦАР', 'Коллективные силы быстрого развёртывания Центральноазиатского региона'],
    ]);
  });

  it('lists a body’s abbreviation that no alias gives, and one short form on each page that has it', () => {
    const catalog = catalogOf(item('bodies', 'council', { title: 'Council', abbreviation: 'CC' }), item('bodies', 'committee', { title: 'Committee', abbreviation: 'CC' }));
    expect(abbreviations(catalog, 'en').map(({ short, path }) => [short, path])).toEqual([
      ['CC', 'bodies/committee'],
      ['CC', 'bodies/council'],
    ]);
  });
});

describe('aliasQuotations: what counts as the same quotation', () => {
  it('keeps words from one source that differ, and the same words from two sources', () => {
    const aliases = [alias('RF', 'en', 'acronym', 'alias-source', 'The RF met.'), alias('RF', 'en', 'acronym', 'alias-source', 'The RF left.'), alias('RF', 'en', 'acronym', 'other-source', 'The RF met.')];
    expect(aliasQuotations(catalog, aliases).map((quoted) => [quoted.source.id, quoted.says])).toEqual([
      ['alias-source', 'The RF met.'],
      ['alias-source', 'The RF left.'],
      ['other-source', 'The RF met.'],
    ]);
  });
});
