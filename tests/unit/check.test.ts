import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type ContentFile } from '../../src/lib/content/check.ts';
import { entryId } from '../../src/lib/content/ids.ts';
import { languageTable, languages, translatedLanguages } from '../../src/lib/i18n/languages.ts';
import { councilFrontmatter, entryInEveryLanguage, mdx, twinWords, validContent, withFiles } from './fixtures/content.ts';

const problemsOf = (files: ContentFile[]) => checkContent(files).problems.map(formatProblem);
const council = (frontmatter = councilFrontmatter) => entryInEveryLanguage('bodies', 'test-council', mdx(frontmatter));

describe('checkContent', () => {
  it('accepts a well-formed tree and gives its entries', () => {
    const { items, translations, problems } = checkContent(validContent());
    expect(problems).toEqual([]);
    expect(items.map((i) => `${i.collection}/${i.id}`).sort()).toEqual(['activities/area', 'bodies/council', 'sources/source']);
    expect(translations.length).toBe(items.length * (new Set(validContent().map((f) => f.path.split('/')[1])).size - 1));
  });

  it('fails a page that says the source does not name it and cites that undated source', () => {
    const undated = entryInEveryLanguage('sources', 'source', 'title: A source\npublisher: A publisher\nlanguage: en\norder: 1\nkind: news\nperiod: around 2015–2016\nperiodYears: [2015, 2016]\n', 'yaml', (lang) => `publisher: A publisher in ${lang}\nperiod: around 2015–2016 in ${lang}\n`);
    const outside = (source: string) => council(`${councilFrontmatter}\nnotInSource: true`.replace('[source]', `[${source}]`));
    const other = entryInEveryLanguage('sources', 'other', 'title: Another source\npublisher: A publisher\nlanguage: en\norder: 2\nkind: news\n', 'yaml', (lang) => `publisher: A publisher in ${lang}\n`);
    expect(problemsOf(withFiles(...undated, ...outside('source')))).toEqual([
      'content/en/bodies/test-council.mdx: notInSource: the page says the source does not name it (notInSource), yet cites that source (source): drop one or the other',
    ]);
    expect(problemsOf(withFiles(...undated, ...other, ...outside('other')))).toEqual([]);
    expect(problemsOf(withFiles(...undated, ...council()))).toEqual([]);
  });

  it('names the file and the field when the title is missing', () => {
    expect(problemsOf(withFiles(...council(councilFrontmatter.replace(/^title:.*\n/, ''))))).toEqual([
      expect.stringMatching(/^content\/en\/bodies\/test-council\.mdx: title: /),
    ]);
  });

  it('names the field when a value has the wrong type or a kind the schema does not know', () => {
    const problems = checkContent(withFiles(...council(councilFrontmatter.replace('order: 1', 'order: first').replace('kind: council', 'kind: parliament')))).problems;
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/en/bodies/test-council.mdx', 'order'],
      ['content/en/bodies/test-council.mdx', 'kind'],
    ]);
    expect(problems[0]!.message).toMatch(/number/);
  });

  it('names the field, the missing entry and the file it expected, for a reference to nothing', () => {
    expect(problemsOf(withFiles(...council(`${councilFrontmatter}\nreportsTo: no-such-council`)))).toEqual([
      'content/en/bodies/test-council.mdx: reportsTo: no bodies entry "no-such-council" (expected a file content/en/bodies/no-such-council.mdx)',
    ]);
  });

  it('names the position of a reference to nothing inside a list', () => {
    const problems = checkContent(withFiles(...council(councilFrontmatter.replace('[source]', '[source, nowhere]')))).problems;
    expect(problems.map((p) => p.field)).toEqual(['sources.1']);
    expect(problems[0]!.message).toContain('expected a file content/en/sources/nowhere.yaml');
  });

  it('reports two files with the same id', () => {
    const problems = problemsOf(withFiles({ path: 'content/en/bodies/Council.mdx', text: mdx(councilFrontmatter) }));
    expect(problems).toContain('content/en/bodies/Council.mdx: duplicate id "council": content/en/bodies/council.mdx has the same name');
  });

  it('gives the exact line of frontmatter that is not YAML', () => {
    const problems = checkContent(withFiles(...council(`${councilFrontmatter}\nareas: [unclosed`))).problems;
    expect(problems).toHaveLength(1);
    // The --- line, six fields, then the broken one: line 8 of the file.
    expect(problems[0]!.line).toBe(8);
    expect(problems[0]!.message).toMatch(/^invalid YAML/);
  });

  it('reports a file with no frontmatter', () => {
    expect(problemsOf(withFiles({ path: 'content/en/bodies/council.mdx', text: 'Just text.\n' }))).toEqual([
      'content/en/bodies/council.mdx: line 1: no frontmatter: the file must start with a --- block',
    ]);
  });

  it('reports a file in the wrong folder instead of leaving it out of the build', () => {
    const problems = checkContent(withFiles({ path: 'content/bodies/new.mdx', text: mdx(councilFrontmatter) }, { path: 'content/en/councils/x.mdx', text: mdx(councilFrontmatter) })).problems;
    expect(problems.map((p) => p.file)).toEqual(['content/bodies/new.mdx', 'content/en/councils/x.mdx']);
    expect(problems[0]!.message).toMatch(/^not built: a page goes in content\/<language>\/<collection>\/<id>\.mdx/);
  });

  it('skips drafts, whose names start with an underscore', () => {
    expect(problemsOf(withFiles({ path: 'content/en/bodies/_draft.mdx', text: 'not even frontmatter' }))).toEqual([]);
  });
});

describe('checkContent and Astro agree on which files are built and under which id', () => {
  it('rejects a data file in a page collection, naming the extension expected, rather than let the build skip it', () => {
    const files = withFiles(...entryInEveryLanguage('bodies', 'x', 'title: X\n', 'yaml'));
    expect(problemsOf(files)).toContain('content/en/bodies/x.yaml: not built: bodies entries are .mdx files (expected content/en/bodies/x.mdx)');
  });

  it('rejects a page in a data collection, naming the extension expected', () => {
    expect(problemsOf(withFiles({ path: 'content/en/sources/y.mdx', text: mdx('title: Y') }))).toEqual([
      'content/en/sources/y.mdx: not built: sources entries are .yaml files (expected content/en/sources/y.yaml)',
    ]);
  });

  it('gives a file name with spaces and brackets the id Astro gives it, so a reference to that id resolves', () => {
    expect(entryId('Kanal (2)')).toBe('kanal-2');
    expect(entryId('Joint Staff')).toBe('joint-staff');
    const files = withFiles(
      ...entryInEveryLanguage('bodies', 'Drug Council (2)', mdx(councilFrontmatter)),
      ...entryInEveryLanguage('bodies', 'member', mdx(`${councilFrontmatter}\nreportsTo: drug-council-2`)),
    );
    expect(problemsOf(files)).toEqual([]);
    expect(checkContent(files).items.map((i) => i.id)).toContain('drug-council-2');
  });
});

describe('checkContent on the relations between bodies', () => {
  it('fails on a cycle, naming the bodies and the files to fix, rather than let the chart drop them', () => {
    const files = withFiles(
      ...entryInEveryLanguage('bodies', 'a', mdx(`${councilFrontmatter}\nreportsTo: b`)),
      ...entryInEveryLanguage('bodies', 'b', mdx(`${councilFrontmatter}\nreportsTo: a`)),
    );
    expect(problemsOf(files)).toEqual([
      "content/en/bodies/a.mdx: reportsTo: the bodies' relations go round in a circle (a → b → a): a body cannot be above itself; fix one of content/en/bodies/a.mdx, content/en/bodies/b.mdx",
    ]);
  });

  it('accepts a tree of relations', () => {
    const files = withFiles(
      ...entryInEveryLanguage('bodies', 'general', mdx(`${councilFrontmatter}\nkind: official\nreportsTo: council\nmanages: staff`.replace('kind: council\n', ''))),
      ...entryInEveryLanguage('bodies', 'staff', mdx(councilFrontmatter)),
    );
    expect(problemsOf(files)).toEqual([]);
  });
});

describe('checkContent on translations', () => {
  it('names the missing twin when an entry exists in English only', () => {
    const files = [...validContent(), { path: 'content/en/bodies/lonely.mdx', text: mdx(councilFrontmatter) }];
    expect(problemsOf(files)).toEqual(
      translatedLanguages.map((lang) => `content/en/bodies/lonely.mdx: no ${languageTable[lang].name} (${lang}) twin: expected a file content/${lang}/bodies/lonely.mdx`),
    );
  });

  it('lets a translation leave out an abbreviation its language has no form of, but no other word', () => {
    const english = mdx(`${councilFrontmatter}\nabbreviation: TC`);
    const withAbbreviation = (lang: string) => mdx(`title: Title in ${lang}\nsummary: Summary in ${lang}.\nabbreviation: TC-${lang}`);
    const files = entryInEveryLanguage('bodies', 'test-council', english, 'mdx', (lang) => (lang === 'kk' ? twinWords(lang) : withAbbreviation(lang)));
    expect(problemsOf(withFiles(...files))).toEqual([]);
    const noSummary = entryInEveryLanguage('bodies', 'test-council', english, 'mdx', (lang) => mdx(`title: Title in ${lang}\nabbreviation: X`));
    expect(problemsOf(withFiles(...noSummary))).toEqual(translatedLanguages.map((lang) => `content/${lang}/bodies/test-council.mdx: summary: missing: the English entry has this field`));
  });

  it('rejects a translation without an English entry', () => {
    expect(problemsOf([...validContent(), { path: 'content/ru/bodies/nowhere.mdx', text: mdx('title: Т') }])).toEqual([
      'content/ru/bodies/nowhere.mdx: no English entry content/en/bodies/nowhere: every page exists in every language, and the facts come from the English file',
    ]);
  });

  it('rejects a fact in a translation, which must come from the English file', () => {
    const problems = checkContent(withFiles({ path: 'content/ru/bodies/council.mdx', text: mdx('title: Совет\nsummary: Совет.\norder: 3') })).problems;
    expect(problems.map((p) => [p.file, p.field])).toEqual([['content/ru/bodies/council.mdx', 'order']]);
    expect(problems[0]!.message).toMatch(/only the words/);
  });

  it('names a text field the English entry has and the translation lacks, and one it adds', () => {
    expect(problemsOf(withFiles(...council(`${councilFrontmatter}\ncomposition: The heads`)))).toEqual(
      translatedLanguages.map((lang) => `content/${lang}/bodies/test-council.mdx: composition: missing: the English entry has this field`),
    );
    expect(problemsOf(withFiles({ path: 'content/ru/bodies/council.mdx', text: mdx('title: С\nsummary: С.\nabbreviation: С') }))).toEqual([
      'content/ru/bodies/council.mdx: abbreviation: not in the English entry: a translation states the same facts, no more',
    ]);
  });

  it('names a list whose number of items differs from English', () => {
    const operation = 'title: Op\nsummary: An operation.\norder: 1\nkind: operation\narea: area\nsources: [source]\nreviewed: 2026-11-28\naims:\n  - one\n  - two';
    const files = withFiles(...entryInEveryLanguage('operations', 'op', mdx(operation), 'mdx', () => mdx('title: Оп\nsummary: Операция.\naims:\n  - одна')));
    expect(checkContent(files).problems.map((p) => [p.file, p.field, p.message])).toEqual(
      translatedLanguages.map((lang) => [`content/${lang}/operations/op.mdx`, 'aims', 'has 1 items, the English entry has 2']),
    );
  });

  it('names links and headings a translated text lost', () => {
    const files = withFiles(
      ...entryInEveryLanguage('bodies', 'test-council', mdx(councilFrontmatter, '## Part\n\nSee <Ref to="bodies/council">the council</Ref>.\n'), 'mdx', () => mdx('title: Т\nsummary: Т.', 'Смотрите совет.\n')),
    );
    expect(checkContent(files).problems.map((p) => [p.file, p.message])).toEqual(
      translatedLanguages.flatMap((lang) => [
        [`content/${lang}/bodies/test-council.mdx`, 'links missing that the English text has: bodies/council'],
        [`content/${lang}/bodies/test-council.mdx`, 'headings (none) differ from the English ##'],
      ]),
    );
  });
});

describe('checkContent on the dated developments', () => {
  const development = (yaml: string, twin = 'Something happened') => entryInEveryLanguage('developments', 'event', yaml, 'yaml', (lang) => `text: ${twin}, in ${lang}.\n`);
  const evidence = (says = 'Something happened, the agency said.') => `evidence:\n  - source: source\n    says: "${says}"\n    read: 2026-12-07`;
  const good = `date: '2022-01-06'\ntext: Something happened.\nconcerns: [bodies/council, activities/area]\n${evidence()}`;

  it('accepts a development dated as precisely as known, concerning pages, with a source’s words', () => {
    expect(problemsOf(withFiles(...development(good)))).toEqual([]);
    expect(problemsOf(withFiles(...development(good.replace("'2022-01-06'", "'2008-09'"))))).toEqual([]);
  });

  it('fails, naming the file and the field, when it has no date or no valid date', () => {
    expect(problemsOf(withFiles(...development(good.replace("date: '2022-01-06'\n", ''))))).toEqual([expect.stringMatching(/^content\/en\/developments\/event\.yaml: date: /)]);
    expect(problemsOf(withFiles(...development(good.replace('2022-01-06', '2022-13-40'))))).toEqual([expect.stringMatching(/^content\/en\/developments\/event\.yaml: date: expected a date as precise as known/)]);
  });

  it('fails when it quotes no source, or a quotation is empty or longer than two sentences', () => {
    expect(problemsOf(withFiles(...development(good.replace(/evidence:[\s\S]*/, 'evidence: []'))))).toEqual([expect.stringMatching(/^content\/en\/developments\/event\.yaml: evidence: /)]);
    expect(problemsOf(withFiles(...development(good.replace(/\nevidence:[\s\S]*/, ''))))).toEqual([expect.stringMatching(/^content\/en\/developments\/event\.yaml: evidence: /)]);
    expect(problemsOf(withFiles(...development(good.replace(/says: .*/, 'says: "  "'))))).toEqual([
      "content/en/developments/event.yaml: evidence.0.says: a quotation holds the source’s own words: it cannot be empty",
    ]);
    expect(problemsOf(withFiles(...development(good.replace(/says: .*/, `says: "${'Words. '.repeat(60)}"`))))).toEqual([
      'content/en/developments/event.yaml: evidence.0.says: a quotation is one or two sentences of the source: at most 400 characters',
    ]);
    expect(problemsOf(withFiles(...development(good.replace('    read: 2026-12-07', ''))))).toEqual([expect.stringMatching(/^content\/en\/developments\/event\.yaml: evidence\.0\.read: /)]);
  });

  it('fails on a page it concerns that does not exist, or that is not a page', () => {
    expect(problemsOf(withFiles(...development(good.replace('bodies/council', 'bodies/nowhere'))))).toEqual([
      'content/en/developments/event.yaml: concerns.0: no bodies entry "nowhere" (expected a file content/en/bodies/nowhere.mdx)',
    ]);
    expect(problemsOf(withFiles(...development(good.replace('bodies/council', 'sources/source'))))).toEqual([expect.stringMatching(/^content\/en\/developments\/event\.yaml: concerns\.0: expected collection\/id of a page/)]);
  });
});

describe('checkContent holds every number of a statement against its quotations', () => {
  const kg24 = 'Preliminary data indicates that more than 1,742 kilograms of narcotics, psychotropic and potent substances were seized.';
  const source = { path: 'content/en/sources/kg24.yaml', text: 'title: Over 1.5 tons of drugs seized\npublisher: 24.kg\nlanguage: en\norder: 2\nkind: news\n' };
  const twins = languages.filter((lang) => lang !== 'en').map((lang) => ({ path: `content/${lang}/sources/kg24.yaml`, text: `publisher: 24.kg in ${lang}\n` }));
  const development = (text: string, twin: (lang: string) => string = () => 'text: Words.\n', date = '2025-05-23') =>
    entryInEveryLanguage('developments', 'kanal', `date: '${date}'\ntext: "${text}"\nconcerns: [bodies/council]\nevidence:\n  - source: kg24\n    says: "${kg24}"\n    read: 2026-12-07`, 'yaml', (lang) => twin(lang));

  it('fails on the 15 tons that no quotation states, naming the file, the number and the source', () => {
    expect(problemsOf(withFiles(source, ...twins, ...development('More than 15 tons are seized in one week.')))).toEqual([
      "content/en/developments/kanal.yaml: text: the number 15 is in none of the quotations of its evidence (kg24), nor is it one of the entry's dates: quote the words of a source that state it, or leave it out",
    ]);
  });

  it('accepts a figure written with another thousands separator, and a year or day that is the entry’s own date', () => {
    expect(problemsOf(withFiles(source, ...twins, ...development('On 23 May 2025, more than 1742 kilograms are seized.')))).toEqual([]);
    expect(problemsOf(withFiles(source, ...twins, ...development('More than 1,742 kilograms are seized.', () => 'text: "Изъято более 1 742 кг."\n')))).toEqual([]);
  });

  it('fails on a year no quotation states that is not the entry’s own', () => {
    expect(problemsOf(withFiles(source, ...twins, ...development('In 2024, more than 1,742 kilograms are seized.')))).toEqual([
      expect.stringMatching(/^content\/en\/developments\/kanal\.yaml: text: the number 2024 is in none of the quotations of its evidence \(kg24\)/),
    ]);
  });

  it('holds each translation of the statement against the same quotations', () => {
    const problems = problemsOf(withFiles(source, ...twins, ...development('More than 1,742 kilograms are seized.', (lang) => `text: "${lang}: 17 000 kg."\n`)));
    expect(problems).toEqual(translatedLanguages.map((lang) => expect.stringMatching(new RegExp(`^content/${lang}/developments/kanal\\.yaml: text: the number 17 000 is in none`))));
  });

  it('holds the text of a statement written once, and what a correction says now', () => {
    const statement = entryInEveryLanguage('statements', 'figure', mdx(`evidence:\n  - source: kg24\n    says: "${kg24}"\n    read: 2026-12-07`, 'More than 15 tons were seized.\n'), 'mdx', () => mdx('', 'Words.\n'));
    const page = { path: 'content/en/activities/area.mdx', text: mdx('title: An area\nsummary: An area of activity.\norder: 1\nsources: [source]\nreviewed: 2026-11-28', '<Statement id="figure" />\n') };
    const pageTwins = languages.filter((lang) => lang !== 'en').map((lang) => ({ path: `content/${lang}/activities/area.mdx`, text: mdx(`title: Area in ${lang}\nsummary: Summary.`, '<Statement id="figure" />\n') }));
    expect(problemsOf(withFiles(source, ...twins, ...statement, page, ...pageTwins))).toEqual([expect.stringMatching(/^content\/en\/statements\/figure\.mdx: \(text\): the number 15 is in none of the quotations of its evidence \(kg24\)/)]);
    const correction = entryInEveryLanguage('corrections', 'figure', `date: 2026-12-07\nconcerns: [bodies/council]\nsaid: More than 15 tons.\nsays: More than 1,500 kilograms.\nevidence:\n  - source: kg24\n    says: "${kg24}"\n    read: 2026-12-07`, 'yaml', () => 'said: Before.\nsays: After.\n');
    expect(problemsOf(withFiles(source, ...twins, ...correction))).toEqual([expect.stringMatching(/^content\/en\/corrections\/figure\.yaml: says: the number 1,500 is in none/)]);
  });

  it('holds each line of a session’s decisions and a holding’s text, accepting the holding’s own dates', () => {
    const evidence = `evidence:\n  - source: kg24\n    says: "${kg24}"\n    read: 2026-12-07`;
    const joined = entryInEveryLanguage('developments', 'joined', `date: '2017-05-02'\ntext: A state joins.\nconcerns: [members/state]\n${evidence}`, 'yaml', () => 'text: Joins.\n');
    const member = [
      ...entryInEveryLanguage('members', 'state', mdx('title: A state\nsummary: A member state.\norder: 1\nisoCode: "000"\nmembership:\n  - { change: joined, development: joined }\nsources: [source]\nreviewed: 2026-11-28')),
      ...joined,
    ];
    const session = entryInEveryLanguage('sessions', 'meeting', `council: council\ndate: '2025-05-23'\nplace: Bishkek\ndecisions:\n  - More than 1,742 kilograms.\n  - 15 documents are signed.\n${evidence}`, 'yaml', () => 'place: Place.\ndecisions:\n  - One.\n  - Two.\n');
    expect(problemsOf(withFiles(source, ...twins, ...session))).toEqual([expect.stringMatching(/^content\/en\/sessions\/meeting\.yaml: decisions: the number 15 is in none of the quotations of its evidence \(kg24\)/)]);
    const holding = (text: string) => entryInEveryLanguage('holders', 'holder', `office: council\nperson: A Holder\nstate: state\nfrom: '2017-05-02'\nuntil: '2018-11-02'\ntext: "${text}"\n${evidence}`, 'yaml', () => 'person: Holder.\ntext: Words.\n');
    expect(problemsOf(withFiles(source, ...twins, ...member, ...holding('From 2 May 2017 to 2 November 2018: 1,742 kilograms.')))).toEqual([]);
    expect(problemsOf(withFiles(source, ...twins, ...member, ...holding('From 2 May 2017 to 3 November 2019.')))).toEqual([
      expect.stringMatching(/^content\/en\/holders\/holder\.yaml: text: the number 3 is in none/),
      expect.stringMatching(/^content\/en\/holders\/holder\.yaml: text: the number 2019 is in none/),
    ]);
  });
});

describe('checkContent on the answers of the questions page', () => {
  const kg24 = 'Preliminary data indicates that more than 1,742 kilograms of narcotics, psychotropic and potent substances were seized.';
  const source = { path: 'content/en/sources/kg24.yaml', text: 'title: Over 1.5 tons of drugs seized\npublisher: 24.kg\nlanguage: en\norder: 2\nkind: news\n' };
  const twins = languages.filter((lang) => lang !== 'en').map((lang) => ({ path: `content/${lang}/sources/kg24.yaml`, text: `publisher: 24.kg in ${lang}\n` }));
  const evidence = `evidence:\n  - source: kg24\n    says: "${kg24}"\n    read: 2026-12-07`;
  const development = entryInEveryLanguage('developments', 'kanal', `date: '2025-05-23'\ntext: More than 1,742 kilograms are seized.\nconcerns: [bodies/council]\n${evidence}`, 'yaml', () => 'text: Words.\n');
  const question = (answer: string, grounds: string, twin = 'answer: Words.') =>
    entryInEveryLanguage('questions', 'seized', `question: How much was seized?\nanswer: "${answer}"\nmore: bodies/council\norder: 1\nreviewed: 2026-12-07\n${grounds}`, 'yaml', () => `question: Words?\n${twin}\n`);

  it('holds an answer’s numbers, in every language, against the quotations of the entries it rests on', () => {
    const restsOn = 'restsOn:\n  developments: [kanal]';
    expect(problemsOf(withFiles(source, ...twins, ...development, ...question('More than 1,742 kilograms.', restsOn)))).toEqual([]);
    expect(problemsOf(withFiles(source, ...twins, ...development, ...question('More than 15 tons.', restsOn)))).toEqual([
      expect.stringMatching(/^content\/en\/questions\/seized\.yaml: answer: the number 15 is in none of the quotations of its evidence \(kg24\)/),
    ]);
    expect(problemsOf(withFiles(source, ...twins, ...development, ...question('More than 1,742 kilograms.', restsOn, 'answer: "17 000 kg."')))).toEqual(
      translatedLanguages.map((lang) => expect.stringMatching(new RegExp(`^content/${lang}/questions/seized\\.yaml: answer: the number 17 000 is in none`))),
    );
  });

  it('fails on an answer that copies a quotation an entry holds, naming the entry to rest on', () => {
    expect(problemsOf(withFiles(source, ...twins, ...development, ...question('More than 1,742 kilograms.', evidence)))).toEqual([
      expect.stringMatching(/^content\/en\/questions\/seized\.yaml: evidence: the quotation of kg24 .* is held by developments\/kanal: rest on that entry \(restsOn: \{ developments: \[kanal\] \}\)/),
    ]);
  });

  it('fails on an answer with neither grounds nor evidence, and on a ground that does not exist', () => {
    expect(problemsOf(withFiles(source, ...twins, ...development, ...question('Words.', '')))).toEqual([expect.stringMatching(/^content\/en\/questions\/seized\.yaml: restsOn: an answer rests on the entries/)]);
    expect(problemsOf(withFiles(source, ...twins, ...development, ...question('Words.', 'restsOn:\n  developments: [canal]')))).toEqual([
      expect.stringMatching(/^content\/en\/questions\/seized\.yaml: restsOn\.developments\.0: no developments entry "canal"/),
    ]);
  });
});

describe('checkContent holds an article’s number against its quotations', () => {
  const document = entryInEveryLanguage('documents', 'treaty', mdx('title: The Treaty\nsummary: A treaty.\norder: 1\nkind: treaty\nsigned: signed\nplace: Tashkent\nsources: [source]\nreviewed: 2026-12-07'), 'mdx', (lang) => mdx(`title: Treaty in ${lang}\nsummary: Summary.\nplace: Tashkent in ${lang}`));
  const signed = entryInEveryLanguage('developments', 'signed', "date: '1992-05-15'\ntext: Signed.\nconcerns: [bodies/council]\nevidence:\n  - source: source\n    says: Signed on 15 May 1992.\n    read: 2026-12-07", 'yaml', () => 'text: Words.\n');
  const article = (number: string, says: string, text = 'States will consult.') =>
    entryInEveryLanguage('articles', 'treaty-article', `document: treaty\nnumber: '${number}'\norder: 1\ntext: ${text}\nevidence:\n  - source: source\n    says: "${says}"\n    read: 2026-12-07`, 'yaml', () => 'text: Words.\n');

  it('accepts an article whose number a quotation gives, in any language’s way of writing it', () => {
    expect(problemsOf(withFiles(...document, ...signed, ...article('2', 'Article 2 … the States Parties will immediately put into action the mechanism of joint consultations.')))).toEqual([]);
    expect(problemsOf(withFiles(...document, ...signed, ...article('27', 'Жарғысының 27-бабына сәйкес төмендегілер туралы уағдаласты:')))).toEqual([]);
  });

  it('fails on an article whose number no quotation gives, naming the file, the field and the sources', () => {
    expect(problemsOf(withFiles(...document, ...signed, ...article('4', 'Article 2 … the States Parties will immediately put into action the mechanism of joint consultations.')))).toEqual([
      'content/en/articles/treaty-article.yaml: number: the article number 4 is in none of the quotations of its evidence (source): quote the words of a source that number it, or leave the article out',
    ]);
  });

  it('holds the numbers of what the article says against the same quotations', () => {
    expect(problemsOf(withFiles(...document, ...signed, ...article('4', 'Article 4 … in accordance with Article 51 of the UN Charter.', 'Under Article 52 of the UN Charter.')))).toEqual([
      expect.stringMatching(/^content\/en\/articles\/treaty-article\.yaml: text: the number 52 is in none of the quotations of its evidence \(source\)/),
    ]);
  });
});

describe('checkContent on statements written once', () => {
  const statement = (frontmatter = 'sources: [source]') => entryInEveryLanguage('statements', 'shared', mdx(frontmatter, 'A statement.\n'), 'mdx', (lang) => mdx('', `A statement in ${lang}.\n`));
  const page = (body: string, twinBody = body) => [
    { path: 'content/en/activities/area.mdx', text: mdx('title: An area\nsummary: An area of activity.\norder: 1\nsources: [source]\nreviewed: 2026-11-28', body) },
    ...languages.filter((lang) => lang !== 'en').map((lang) => ({ path: `content/${lang}/activities/area.mdx`, text: mdx(`title: Area in ${lang}\nsummary: Summary.`, twinBody) })),
  ];

  it('accepts a statement that a page shows, in every language', () => {
    expect(problemsOf(withFiles(...statement(), ...page('<Statement id="shared" />\n')))).toEqual([]);
  });

  it('fails on a statement no page shows, and on a page that shows one that does not exist', () => {
    expect(problemsOf(withFiles(...statement()))).toEqual(['content/en/statements/shared.mdx: no page shows this statement: place it with <Statement id="shared" /> where it belongs, or delete it']);
    expect(problemsOf(withFiles(...page('<Statement id="nowhere" />\n')))).toEqual([
      'content/en/activities/area.mdx: (text): <Statement id="nowhere" />: no statements entry "nowhere" (expected a file content/en/statements/nowhere.mdx)',
    ]);
  });

  it('fails on a translation that shows other statements than the English page', () => {
    const problems = problemsOf(withFiles(...statement(), ...page('<Statement id="shared" />\n', 'Its own words.\n')));
    expect(problems).toEqual(translatedLanguages.map((lang) => `content/${lang}/activities/area.mdx: (text): statements (none) differ from the English shared: each shows the one wording of its language`));
  });

  it('fails on a statement with neither a source nor evidence', () => {
    expect(problemsOf(withFiles(...statement('sources: []'), ...page('<Statement id="shared" />\n')))).toEqual([
      'content/en/statements/shared.mdx: sources: a statement names the source it comes from (sources) or quotes its evidence (evidence)',
    ]);
  });
});

describe('checkContent on corrections', () => {
  const correction = (yaml: string) => entryInEveryLanguage('corrections', 'fix', yaml, 'yaml', (lang) => `said: Before, in ${lang}.\nsays: After, in ${lang}.\n`);
  const good = 'date: 2026-12-07\nconcerns: [bodies/council]\nversions: [ru]\nsaid: It said this.\nsays: It says that.\nevidence:\n  - source: source\n    says: "That."\n    read: 2026-12-07';

  it('accepts a correction with its date, its pages, what was said and is said now, and its source', () => {
    expect(problemsOf(withFiles(...correction(good)))).toEqual([]);
  });

  it('names the field that is missing or wrong', () => {
    expect(problemsOf(withFiles(...correction(good.replace('date: 2026-12-07\n', ''))))).toEqual([expect.stringMatching(/^content\/en\/corrections\/fix\.yaml: date: /)]);
    expect(problemsOf(withFiles(...correction(good.replace('said: It said this.\n', ''))))).toEqual([expect.stringMatching(/^content\/en\/corrections\/fix\.yaml: said: /)]);
    expect(problemsOf(withFiles(...correction(good.replace('versions: [ru]', 'versions: [xx]'))))).toEqual([expect.stringMatching(/^content\/en\/corrections\/fix\.yaml: versions\.0: /)]);
    expect(problemsOf(withFiles(...correction(good.replace(/\nevidence:[\s\S]*/, ''))))).toEqual([expect.stringMatching(/^content\/en\/corrections\/fix\.yaml: evidence: /)]);
  });
});

describe('checkContent on aliases', () => {
  const withAlias = (alias: string) => withFiles(...council(`${councilFrontmatter}\naliases:\n${alias}`));
  const alias = (name: string, says: string, extra = '') => `  - name: "${name}"\n    lang: en\n    kind: acronym\n    source: source\n    says: "${says}"\n    read: 2026-12-07${extra}`;

  it('accepts an alias with the source’s words that use it', () => {
    expect(problemsOf(withAlias(alias('TC', 'The TC met on Monday.')))).toEqual([]);
  });

  it('fails, naming the file, the alias and the field, when the quotation does not use the name as the entry writes it', () => {
    expect(problemsOf(withAlias(alias('TC', 'The Test Council met on Monday.')))).toEqual([
      expect.stringMatching(/^content\/en\/bodies\/test-council\.mdx: aliases\.0\.says: the quotation does not use the name "TC" as the entry writes it/),
    ]);
    // A name inside a longer word is not the name: "TC" is not in "TCE".
    expect(problemsOf(withAlias(alias('TC', 'The TCE met on Monday.')))).toHaveLength(1);
  });

  it('fails on an alias without the source’s words or the day they were read', () => {
    const bare = '  - name: "TC"\n    lang: en\n    kind: acronym\n    source: source';
    expect(checkContent(withAlias(bare)).problems.map((p) => p.field).sort()).toEqual(['aliases.0.read', 'aliases.0.says']);
  });
});

describe('checkContent on sources', () => {
  it('asks a source online for the day it was read', () => {
    const files = withFiles({ path: 'content/en/sources/source.yaml', text: 'title: A source\npublisher: A publisher\nlanguage: en\norder: 1\nkind: news\nurl: https://example.org/page\n' });
    expect(problemsOf(files)).toEqual(['content/en/sources/source.yaml: read: a source online says the day it was read (read: 2026-11-28)']);
  });
  it('asks every page for the day it was last reviewed', () => {
    expect(problemsOf(withFiles(...entryInEveryLanguage('bodies', 'test-council', mdx(councilFrontmatter.replace('\nreviewed: 2026-11-28', '')))))).toEqual([
      expect.stringMatching(/^content\/en\/bodies\/test-council\.mdx: reviewed: /),
    ]);
  });
});

describe('checkContent reads the frontmatter in every way it may be written', () => {
  const statementTwin = (text: string) => withFiles(
    ...entryInEveryLanguage('statements', 'shared', mdx('sources: [source]', 'A statement.\n'), 'mdx', () => text),
    { path: 'content/en/activities/area.mdx', text: mdx('title: An area\nsummary: An area of activity.\norder: 1\nsources: [source]\nreviewed: 2026-11-28', '<Statement id="shared" />\n') },
    ...translatedLanguages.map((lang) => ({ path: `content/${lang}/activities/area.mdx`, text: mdx(`title: Area in ${lang}\nsummary: Summary.`, '<Statement id="shared" />\n') })),
  );

  it('takes an empty block, a body right under it, spaces after its closing line, and a file that ends with it', () => {
    expect(problemsOf(statementTwin('---\n---\nWords.\n'))).toEqual([]);
    expect(problemsOf(statementTwin('---\n---'))).toEqual([]);
    expect(problemsOf(withFiles(...entryInEveryLanguage('bodies', 'test-council', `---\n${councilFrontmatter}\n---  \nText.\n`)))).toEqual([]);
    const english = `---\n${councilFrontmatter}\n---\nText right under it.\n`;
    expect(problemsOf(withFiles(...entryInEveryLanguage('bodies', 'test-council', english)))).toEqual([]);
    expect(checkContent(withFiles(...entryInEveryLanguage('bodies', 'test-council', english))).items.find((i) => i.id === 'test-council')?.data).toMatchObject({ title: 'Test Council' });
  });

  it('finds no frontmatter where the block does not start the file', () => {
    expect(problemsOf(withFiles({ path: 'content/en/bodies/council.mdx', text: `Text first.\n---\n${councilFrontmatter}\n---\n` }))).toEqual([
      'content/en/bodies/council.mdx: line 1: no frontmatter: the file must start with a --- block',
    ]);
  });

  it('names frontmatter that is not a set of fields', () => {
    expect(problemsOf(withFiles({ path: 'content/en/bodies/council.mdx', text: mdx('- a list\n- of things') }))).toEqual([
      'content/en/bodies/council.mdx: (frontmatter): Invalid input: expected object, received array',
    ]);
  });

  it('gives the first line of the YAML parser’s message, without the place it already gives as the line', () => {
    const long = `${councilFrontmatter}\na: 1\nb: 2\nc: 3\nd: 4\ncomposition: "unclosed`;
    expect(problemsOf(withFiles(...council(long)))).toEqual(['content/en/bodies/test-council.mdx: line 12: invalid YAML: Missing closing "quote']);
  });

  it('skips a draft even when it is not YAML', () => {
    expect(problemsOf(withFiles({ path: 'content/en/sources/_draft.yaml', text: 'title: [unclosed\n' }))).toEqual([]);
  });
});

describe('checkContent on references to pages', () => {
  const development = (concerns: string) => withFiles(...entryInEveryLanguage('developments', 'event', `date: '2022-01-06'\ntext: Something happened.\nconcerns: [${concerns}]\nevidence:\n  - source: source\n    says: "Something happened."\n    read: 2026-12-07`, 'yaml', () => 'text: Words.\n'));
  const notAPage = 'expected collection/id of a page, as "members/armenia" (page collections: about, bodies, activities, operations, forces, members, partners, documents, crises, compare, help)';

  it('refuses what is not collection/id of a page, listing the page collections', () => {
    for (const concerns of ['sources/source', 'bodies/council/extra', 'councils/council']) {
      expect(problemsOf(development(concerns))).toEqual([`content/en/developments/event.yaml: concerns.0: ${notAPage}`]);
    }
    expect(problemsOf(development('bodies'))).toEqual(['content/en/developments/event.yaml: concerns.0: no bodies entry "" (expected a file content/en/bodies/.mdx)']);
  });

  it('gives a valid reference as its collection and id', () => {
    const { items } = checkContent(development('bodies/council, activities/area'));
    expect(items.find((i) => i.collection === 'developments')?.data).toMatchObject({ concerns: [{ collection: 'bodies', id: 'council' }, { collection: 'activities', id: 'area' }] });
  });
});

describe('checkContent gives the valid translations only', () => {
  it('gives each translation that matches its English entry, with its words, and none of the others', () => {
    const files = withFiles(
      { path: 'content/ru/bodies/nowhere.mdx', text: mdx('title: Нигде\nsummary: Нигде.') },
      ...council(`${councilFrontmatter}\ncomposition: The heads`),
      ...entryInEveryLanguage('bodies', 'broken', mdx(councilFrontmatter.replace('order: 1', 'order: first'))),
      { path: 'content/kk/activities/area.mdx', text: mdx('title: 5\nsummary: Аймақ.') },
    );
    const { translations, problems } = checkContent(files);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/en/bodies/broken.mdx', 'order'],
      ['content/ru/bodies/nowhere.mdx', undefined],
      ['content/ru/bodies/test-council.mdx', 'composition'],
      ['content/kk/bodies/test-council.mdx', 'composition'],
      ['content/kk/activities/area.mdx', 'title'],
    ]);
    expect(translations.map((t) => `${t.lang}/${t.collection}/${t.id}`).sort()).toEqual(['kk/bodies/council', 'kk/sources/source', 'ru/activities/area', 'ru/bodies/council', 'ru/sources/source']);
    expect(translations.find((t) => t.lang === 'ru' && t.id === 'council')).toEqual({ lang: 'ru', collection: 'bodies', id: 'council', data: { title: 'Title in ru', summary: 'Summary in ru.' } });
  });

  it('answers a translation to the first of two English files with one id', () => {
    const files = withFiles({ path: 'content/en/bodies/Council.mdx', text: mdx(`${councilFrontmatter}\ncomposition: The heads`) });
    expect(problemsOf(files)).toEqual(['content/en/bodies/Council.mdx: duplicate id "council": content/en/bodies/council.mdx has the same name']);
  });
});

describe('checkContent on fields an entry may not hold', () => {
  it('gives the schema’s own words for a field an English quotation may not hold, not the translation’s', () => {
    const files = withFiles(...entryInEveryLanguage('developments', 'event', `date: '2022-01-06'\ntext: Something happened.\nconcerns: [bodies/council]\nevidence:\n  - source: source\n    says: "Something happened."\n    read: 2026-12-07\n    page: 4`, 'yaml', () => 'text: Words.\n'));
    expect(problemsOf(files)).toEqual(['content/en/developments/event.yaml: evidence.0: Unrecognized key: "page"']);
  });
});

describe('checkContent on the numbers of a translation', () => {
  const kg24 = 'More than 1,742 kilograms were seized.';
  const development = (evidence: string, twin: string) =>
    withFiles(
      { path: 'content/en/sources/other.yaml', text: 'title: Other\npublisher: Other\nlanguage: en\norder: 2\nkind: news\n' },
      ...translatedLanguages.map((lang) => ({ path: `content/${lang}/sources/other.yaml`, text: 'publisher: Other\n' })),
      ...entryInEveryLanguage('developments', 'event', `date: '2025-05-23'\ntext: More than 1,742 kilograms.\nconcerns: [bodies/council]\nevidence:\n${evidence}`, 'yaml', () => twin),
    );
  const quoted = (source: string, says = kg24) => `  - source: ${source}\n    says: "${says}"\n    read: 2026-12-07\n`;

  it('names a translation that leaves out the statement, and holds nothing else against it', () => {
    expect(problemsOf(development(quoted('source'), 'date: 1\n'))).toEqual(
      translatedLanguages.map((lang) => `content/${lang}/developments/event.yaml: date: not allowed here: a translation holds only the words; this fact comes from the English file`),
    );
    expect(problemsOf(development(quoted('source'), '{}\n'))).toEqual(translatedLanguages.map((lang) => `content/${lang}/developments/event.yaml: text: missing: the English entry has this field`));
  });

  it('names every source of the evidence, each once, for a figure none of them states', () => {
    expect(problemsOf(development(quoted('source') + quoted('other', 'Seized.') + quoted('source', 'Also seized.'), 'text: 15 tons.\n'))).toEqual(
      translatedLanguages.map((lang) => `content/${lang}/developments/event.yaml: text: the number 15 is in none of the quotations of its evidence (source, other), nor is it one of the entry's dates: quote the words of a source that state it, or leave it out`),
    );
  });
});
