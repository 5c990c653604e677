import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomDate, atomFeed, feedEntries, feedUpdated } from '../../src/lib/feed.ts';
import { previewHead } from '../../src/integrations/preview-images.ts';
import { previewPath, previewSvg, wrapTitle } from '../../src/lib/preview.ts';
import { breadcrumbList, graph, jsonLd, organization, webSite } from '../../src/lib/structured-data.ts';
import { catalogOf, item, ref } from './fixtures/catalog.ts';

const quoted = (source: string) => ({ source: ref('sources', source), says: `Words of ${source}.`, read: '2026-12-07' });

describe('the feed', () => {
  const catalog = catalogOf(
    item('about', 'overview'),
    item('members', 'armenia'),
    item('sources', 'agency', { title: 'Armenia & <the> CSTO', publisher: 'Agency', url: 'https://example.org/a?b=1&c=2' }),
    item('sources', 'paper', { title: 'A paper', publisher: 'Press' }),
    item('developments', 'older', { date: '2008-09', text: 'Older.', concerns: [ref('about', 'overview')], evidence: [quoted('paper')] }),
    item('developments', 'newer', { date: '2022-01-06', text: 'Newer <b>.', concerns: [ref('members', 'armenia'), ref('about', 'overview')], evidence: [quoted('agency'), quoted('paper'), quoted('agency')] }),
    item('corrections', 'figure', { date: '2023-02-01', concerns: [ref('members', 'armenia')], versions: ['ru'], said: 'Fifteen.', says: 'Two.', evidence: [quoted('paper')] }),
  );
  const words = { title: (page: string) => `Correction: ${page}`, said: 'It said:', says: 'It now says:', versions: () => 'In Russian.' };
  const entries = feedEntries(catalog, (path) => `https://example.org/${path}/`, words);

  it('lists the developments and the corrections newest first, each at its place on the page of changes or of corrections, with its sources', () => {
    expect(entries.map((entry) => [entry.id, entry.date, entry.url])).toEqual([
      ['correction-figure', '2023-02-01', 'https://example.org/corrections/#correction-figure'],
      ['newer', '2022-01-06', 'https://example.org/changes/#newer'],
      ['older', '2008-09', 'https://example.org/changes/#older'],
    ]);
    expect(entries[0]).toMatchObject({ title: 'Correction: armenia', text: ['In Russian.', 'It said: Fifteen.', 'It now says: Two.'] });
    entries.shift();
    expect(entries[0]!.sources).toEqual([
      { title: 'Armenia & <the> CSTO', publisher: 'Agency', url: 'https://example.org/a?b=1&c=2' },
      { title: 'A paper', publisher: 'Press' },
    ]);
  });
  it('writes partial dates at the start of their month or year, and is updated at its latest date or review', () => {
    expect([atomDate('2008'), atomDate('2008-09'), atomDate('2022-01-06')]).toEqual(['2008-01-01T00:00:00Z', '2008-09-01T00:00:00Z', '2022-01-06T00:00:00Z']);
    expect(feedUpdated(catalog)).toBe('2026-11-28T00:00:00Z');
    expect(feedUpdated(catalogOf(item('corrections', 'late', { date: '2027-01-02' })))).toBe('2027-01-02T00:00:00Z');
  });
  it('is well-formed Atom whatever the text holds, escaped', () => {
    const xml = atomFeed({ url: 'https://example.org/feed.xml', title: 'What & changed', pageUrl: 'https://example.org/about/', lang: 'en', author: 'Guide', sourcesLabel: (n) => (n === 1 ? 'Source:' : 'Sources:'), updated: feedUpdated(catalog), entries });
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link'].includes(name) }).parse(xml).feed;
    expect(feed.title).toBe('What & changed');
    expect(feed.entry[0].title).toBe('Newer <b>.');
    expect(feed.entry[0].content['#text']).toContain('Sources: <a href="https://example.org/a?b=1&amp;c=2">Armenia &amp; &lt;the&gt; CSTO</a> (Agency); A paper (Press)');
    expect(feed.entry[1].content['#text']).toContain('Source: A paper (Press)');
    expect(feed.entry[0].link.map((link: Record<string, string>) => link['@_rel'])).toEqual(['alternate', 'related']);
  });
  it('writes every value as text, "true" too (an XML attribute has a value)', () => {
    const entry = { id: 'x', date: '2022-01', title: 'true', text: ['true'], url: 'https://example.org/x/', sources: [{ title: 'true', publisher: 'P', url: 'https://example.org/s' }] };
    const xml = atomFeed({ url: 'https://example.org/feed.xml', title: 'true', pageUrl: 'https://example.org/about/', lang: 'en', author: 'true', sourcesLabel: () => 'Source:', updated: '2026-01-01T00:00:00Z', entries: [entry] });
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['entry', 'link'].includes(name) }).parse(xml).feed;
    expect(feed.entry[0].link[1]).toMatchObject({ '@_rel': 'related', '@_title': 'true' });
    expect([feed.title, feed.author.name, feed.entry[0].title]).toEqual(['true', 'true', 'true']);
  });
});

describe('structured data', () => {
  it('makes breadcrumbs with their positions and addresses', () => {
    expect(breadcrumbList([{ name: 'Home', url: 'https://e.org/' }, { name: 'Bodies', url: 'https://e.org/bodies/' }])).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://e.org/' },
        { '@type': 'ListItem', position: 2, name: 'Bodies', item: 'https://e.org/bodies/' },
      ],
    });
  });
  it('gives the site a search whose template is the search page with ?q=', () => {
    const site = webSite({ name: 'Guide', url: 'https://e.org/ru/', lang: 'ru', searchUrl: 'https://e.org/ru/search/' });
    expect(site).toMatchObject({ '@type': 'WebSite', inLanguage: 'ru', potentialAction: { '@type': 'SearchAction', target: { urlTemplate: 'https://e.org/ru/search/?q={search_term_string}' }, 'query-input': 'required name=search_term_string' } });
  });
  it('says of the Organization only what it is given, and leaves out a website it is not given', () => {
    const facts = { name: 'O', alternateNames: ['X'], url: 'https://e.org/about/', foundingDate: '2002-10-07', treaty: { name: 'T', date: '1992-05-15' }, members: ['A'], lang: 'en' };
    expect(organization(facts)).not.toHaveProperty('sameAs');
    expect(organization({ ...facts, website: 'https://o.org/' })).toMatchObject({ sameAs: ['https://o.org/'], member: [{ '@type': 'GovernmentOrganization', name: 'A' }] });
  });
  it('puts a page’s things in one graph, and no text can close its script', () => {
    const text = jsonLd(graph([breadcrumbList([{ name: '</script><script>alert(1)</script>', url: 'https://e.org/' }])]));
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)['@graph'][0].itemListElement[0].name).toBe('</script><script>alert(1)</script>');
    expect(JSON.parse(text)['@context']).toBe('https://schema.org');
  });
});

describe('link previews', () => {
  it('are written where the page’s path says', () => {
    expect([previewPath('/'), previewPath('/ru/bodies/joint-staff/'), previewPath('/404.html'), previewPath('/ru/404.html')]).toEqual(['previews/index.png', 'previews/ru/bodies/joint-staff.png', 'previews/404.png', 'previews/ru/404.png']);
  });
  it('wrap a title at spaces, and cut a long one with an ellipsis', () => {
    expect(wrapTitle('Coordinating Council of Heads of Competent Authorities', 20, 5)).toEqual(['Coordinating Council', 'of Heads of', 'Competent', 'Authorities']);
    expect(wrapTitle('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
    expect(wrapTitle('Extraordinarilylongword', 5, 2)).toEqual(['Extraordinarilylongword']);
  });
  it('are drawn from the head as a browser reads it: references decoded, attributes in any order, soft hyphens out', () => {
    const head = previewHead(
      `<!doctype html><html dir="ltr" lang='kk'><head><meta content="Ұжымдық &amp; &quot;қауіпсіздік&quot; &#39;x&#39; &lt;y&gt; &#x41;&nbsp;B" property="og:title">` +
        `<meta property='og:url' content='https://e.org/kk/?a=1&amp;b=2'><meta property="og:image" content="https://e.org/previews/kk.png"><meta name="og:description" content="not a property"></head>` +
        `<body><template><meta property="article:section" content="inert"></template><p>Ұжым&shy;дық</p></body></html>`,
    );
    expect(head).toEqual({ title: 'Ұжымдық & "қауіпсіздік" \'x\' <y> A\u00a0B', url: 'https://e.org/kk/?a=1&b=2', image: 'https://e.org/previews/kk.png', section: undefined, lang: 'kk' });
    expect(previewHead('<html lang="ru"><meta property="og:title" content="Сек\u00adре&shy;тариат">').title).toBe('Секретариат');
  });
  it('escape the text of the SVG and name its language', () => {
    const svg = previewSvg({ title: 'A & <b>', siteName: 'Guide "x"', kicker: 'Bodies', host: 'e.org', lang: 'ru' }, { canvas: '#fff', ink: '#111', muted: '#444', link: '#00f' });
    expect(svg).toContain('A &amp; &lt;b&gt;');
    expect(svg).toContain('Guide &quot;x&quot;');
    expect(svg).toContain('lang="ru"');
    expect(svg).not.toContain('<b>');
  });
});
