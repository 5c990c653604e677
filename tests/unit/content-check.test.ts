import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type ContentFile } from '../../src/lib/content-check.ts';
import { readContentFiles as realContent } from '../../src/lib/content-files.ts';

/** The real content with one file added or replaced. */
async function withFile(path: string, text: string): Promise<ContentFile[]> {
  return [...(await realContent()).filter((file) => file.path !== path), { path, text }];
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
    expect(checkContent(await withFile('content/bodies/test-council.mdx', body(goodBody)))).toEqual([]);
  });

  it('names the file and the field when the title is missing', async () => {
    const problems = checkContent(await withFile('content/bodies/test-council.mdx', body(goodBody.replace(/^title:.*\n/, ''))));
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toMatch(/^content\/bodies\/test-council\.mdx: title: /);
  });

  it('names the field when a value has the wrong type', async () => {
    const problems = checkContent(await withFile('content/bodies/test-council.mdx', body(goodBody.replace('order: 99', 'order: first'))));
    expect(problems.map((p) => [p.file, p.field])).toEqual([['content/bodies/test-council.mdx', 'order']]);
    expect(problems[0]!.message).toMatch(/number/);
  });

  it('rejects a kind the schema does not know', async () => {
    const problems = checkContent(await withFile('content/bodies/test-council.mdx', body(goodBody.replace('kind: council', 'kind: parliament'))));
    expect(problems.map((p) => p.field)).toEqual(['kind']);
  });

  it('names the field and the missing entry for an unknown reference', async () => {
    const problems = checkContent(
      await withFile('content/operations/test-operation.mdx', body(`title: Test
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
    const problems = checkContent(await withFile('content/bodies/test-council.mdx', body(goodBody.replace('[kazakhstan-ministry-page]', '[kazakhstan-ministry-page, nowhere]'))));
    expect(problems.map((p) => p.field)).toEqual(['sources.1']);
  });

  it('reports two files with the same id', async () => {
    const files = [...(await realContent()), { path: 'content/bodies/secretariat.mdx', text: body(goodBody) }];
    const problems = checkContent(files);
    expect(problems.some((p) => p.file === 'content/bodies/secretariat.mdx' && /duplicate id "secretariat"/.test(p.message))).toBe(true);
  });

  it('reports two files whose names give the same id, as Astro would build them', async () => {
    const problems = checkContent(await withFile('content/bodies/Secretariat.mdx', body(goodBody)));
    expect(problems.map(formatProblem)).toEqual([
      'content/bodies/Secretariat.mdx: duplicate id "secretariat": content/bodies/secretariat.mdx has the same name',
    ]);
  });

  it('gives the line of frontmatter that is not YAML', async () => {
    const problems = checkContent(await withFile('content/bodies/test-council.mdx', body(`${goodBody}\nareas: [unclosed`)));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(6);
    expect(problems[0]!.message).toMatch(/invalid YAML/);
  });

  it('reports a file with no frontmatter', async () => {
    const problems = checkContent(await withFile('content/bodies/test-council.mdx', 'Just text.\n'));
    expect(formatProblem(problems[0]!)).toBe('content/bodies/test-council.mdx: line 1: no frontmatter: the file must start with a --- block');
  });

  it('skips drafts, whose names start with an underscore', async () => {
    expect(checkContent(await withFile('content/bodies/_draft.mdx', 'not even frontmatter'))).toEqual([]);
  });
});
