import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type ContentFile } from '../../src/lib/content-check.ts';
import { readContentFiles as realContent } from '../../src/lib/content-files.ts';

/** The Russian words of a made-up entry: every English entry needs its twin. */
const russianTwin = '---\ntitle: Тестовый совет\nsummary: Совет, придуманный для теста.\n---\n\nТекст.\n';

/** The real content with one English file added or replaced, with its Russian twin unless `twin` is false. */
async function withFile(path: string, text: string, twin = true): Promise<ContentFile[]> {
  const twinPath = path.replace('content/en/', 'content/ru/');
  const added = twin ? [{ path, text }, { path: twinPath, text: russianTwin }] : [{ path, text }];
  return [...(await realContent()).filter((file) => !added.some((a) => a.path === file.path)), ...added];
}

/** The real content with one file changed by `edit`, or removed when `edit` returns undefined. */
async function withEdit(path: string, edit: (text: string) => string | undefined): Promise<ContentFile[]> {
  return (await realContent()).flatMap((file) => {
    if (file.path !== path) return [file];
    const text = edit(file.text);
    return text === undefined ? [] : [{ path, text }];
  });
}

const body = (frontmatter: string) => `---\n${frontmatter}\n---\n\nText.\n`;
const goodBody = `title: Test Council
summary: A council made up for a test.
order: 99
kind: council
sources: [kazakhstan-ministry-page]`;

describe('checkContent', () => {
  it('accepts the real content of every collection', async () => {
    const files = await realContent();
    expect(files.length).toBeGreaterThan(40);
    expect(checkContent(files)).toEqual([]);
  });

  it('accepts a new well-formed entry', async () => {
    expect(checkContent(await withFile('content/en/bodies/test-council.mdx', body(goodBody)))).toEqual([]);
  });

  it('names the file and the field when the title is missing', async () => {
    const problems = checkContent(await withFile('content/en/bodies/test-council.mdx', body(goodBody.replace(/^title:.*\n/, ''))));
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toMatch(/^content\/en\/bodies\/test-council\.mdx: title: /);
  });

  it('names the field when a value has the wrong type', async () => {
    const problems = checkContent(await withFile('content/en/bodies/test-council.mdx', body(goodBody.replace('order: 99', 'order: first'))));
    expect(problems.map((p) => [p.file, p.field])).toEqual([['content/en/bodies/test-council.mdx', 'order']]);
    expect(problems[0]!.message).toMatch(/number/);
  });

  it('rejects a kind the schema does not know', async () => {
    const problems = checkContent(await withFile('content/en/bodies/test-council.mdx', body(goodBody.replace('kind: council', 'kind: parliament'))));
    expect(problems.map((p) => p.field)).toEqual(['kind']);
  });

  it('names the field and the missing entry for an unknown reference', async () => {
    const problems = checkContent(
      await withFile('content/en/operations/test-operation.mdx', body(`title: Test
summary: An operation made up for a test.
order: 99
kind: operation
runBy: no-such-council
area: political-cooperation
sources: [kazakhstan-ministry-page]`)),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('runBy');
    expect(formatProblem(problems[0]!)).toContain('no bodies entry "no-such-council"');
  });

  it('names the position of an unknown reference inside a list', async () => {
    const problems = checkContent(await withFile('content/en/bodies/test-council.mdx', body(goodBody.replace('[kazakhstan-ministry-page]', '[kazakhstan-ministry-page, nowhere]'))));
    expect(problems.map((p) => p.field)).toEqual(['sources.1']);
  });

  it('reports two files with the same id', async () => {
    const files = [...(await realContent()), { path: 'content/en/bodies/secretariat.mdx', text: body(goodBody) }];
    const problems = checkContent(files);
    expect(problems.some((p) => p.file === 'content/en/bodies/secretariat.mdx' && /duplicate id "secretariat"/.test(p.message))).toBe(true);
  });

  it('reports two files whose names give the same id, as Astro would build them', async () => {
    const problems = checkContent(await withFile('content/en/bodies/Secretariat.mdx', body(goodBody), false));
    expect(problems.map(formatProblem)).toEqual([
      'content/en/bodies/Secretariat.mdx: duplicate id "secretariat": content/en/bodies/secretariat.mdx has the same name',
    ]);
  });

  it('gives the line of frontmatter that is not YAML', async () => {
    const problems = checkContent(await withFile('content/en/bodies/test-council.mdx', body(`${goodBody}\nareas: [unclosed`)));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(6);
    expect(problems[0]!.message).toMatch(/invalid YAML/);
  });

  it('reports a file with no frontmatter', async () => {
    const problems = checkContent(await withFile('content/en/bodies/test-council.mdx', 'Just text.\n'));
    expect(formatProblem(problems[0]!)).toBe('content/en/bodies/test-council.mdx: line 1: no frontmatter: the file must start with a --- block');
  });

  it('reports a file in the wrong folder instead of leaving it out of the build', async () => {
    const files = [...(await realContent()), { path: 'content/bodies/new-council.mdx', text: body(goodBody) }, { path: 'content/en/councils/x.mdx', text: body(goodBody) }];
    expect(checkContent(files).map((p) => p.file)).toEqual(['content/bodies/new-council.mdx', 'content/en/councils/x.mdx']);
    expect(checkContent(files)[0]!.message).toMatch(/^not built: a page goes in content\/<language>\/<collection>\/<id>\.mdx/);
  });

  it('skips drafts, whose names start with an underscore', async () => {
    expect(checkContent(await withFile('content/en/bodies/_draft.mdx', 'not even frontmatter'))).toEqual([]);
  });
});

describe('checkContent on translations', () => {
  it('names the missing twin when an entry exists in English only', async () => {
    const problems = checkContent(await withEdit('content/ru/bodies/secretariat.mdx', () => undefined));
    expect(problems.map(formatProblem)).toEqual([
      'content/en/bodies/secretariat.mdx: no Русский (ru) twin: expected a file content/ru/bodies/secretariat.mdx',
    ]);
  });

  it('rejects a translation without an English entry', async () => {
    const files = [...(await realContent()), { path: 'content/ru/bodies/nowhere.mdx', text: russianTwin }];
    expect(checkContent(files).map(formatProblem)).toEqual([
      'content/ru/bodies/nowhere.mdx: no English entry content/en/bodies/nowhere: every page exists in every language, and the facts come from the English file',
    ]);
  });

  it('rejects a fact in a translation, which must come from the English file', async () => {
    const problems = checkContent(await withEdit('content/ru/bodies/secretariat.mdx', (text) => text.replace(/^---\n/, '---\norder: 3\n')));
    expect(problems.map((p) => [p.file, p.field])).toEqual([['content/ru/bodies/secretariat.mdx', 'order']]);
    expect(problems[0]!.message).toMatch(/only the words/);
  });

  it('names a text field the English entry has and the translation lacks', async () => {
    const problems = checkContent(await withEdit('content/ru/bodies/collective-security-council.mdx', (text) => text.replace(/^abbreviation:.*\n/m, '')));
    expect(problems.map(formatProblem)).toEqual([
      'content/ru/bodies/collective-security-council.mdx: abbreviation: missing: the English entry has this field',
    ]);
  });

  it('names a list whose number of items differs from English', async () => {
    const problems = checkContent(await withEdit('content/ru/operations/kanal.mdx', (text) => text.replace(/^aims:\n  - .*\n/m, 'aims:\n')));
    expect(problems.map((p) => [p.field, p.message])).toEqual([['aims', 'has 3 items, the English entry has 4']]);
  });

  it('names links and headings a translated text lost', async () => {
    const problems = checkContent(
      await withEdit('content/ru/about/overview.mdx', (text) => text.replace(/<Ref to="members\/armenia">([^<]*)<\/Ref>/, '$1').replace(/^## /m, '')),
    );
    expect(problems.map((p) => p.message)).toEqual([
      'links missing that the English text has: members/armenia',
      expect.stringMatching(/^headings .* differ from the English/),
    ]);
  });
});
