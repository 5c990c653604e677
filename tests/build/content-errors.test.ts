import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Each case copies the project, breaks one content file the way an author might, runs the real
// `npm run build` (scripts/build.mjs) and reads what it says.
const project = resolve('.');
const copies: string[] = [];

function brokenCopy(edit: (root: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'csto-content-'));
  copies.push(root);
  for (const item of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'tailwind.config.ts', 'tsconfig.json', 'package.json']) {
    cpSync(join(project, item), join(root, item), { recursive: true });
  }
  symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'), 'dir');
  // A good build from before: a failed build must not leave it looking current.
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><title>old</title>');
  edit(root);
  return root;
}

function build(root: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(project, 'node_modules', '.bin')}:${process.env.PATH}`, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const rewrite = (root: string, file: string, change: (text: string) => string) =>
  writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));

afterAll(() => {
  for (const root of copies) rmSync(root, { recursive: true, force: true });
});

describe('a broken content file fails the build with a message naming it', () => {
  const cases: [string, (root: string) => void, RegExp][] = [
    [
      'a missing title',
      (root) => rewrite(root, 'content/en/bodies/secretariat.mdx', (t) => t.replace(/^title: .*\n/m, '')),
      /content\/en\/bodies\/secretariat\.mdx: title: /,
    ],
    [
      'a value of the wrong type',
      (root) => rewrite(root, 'content/en/forces/collective-air-forces.mdx', (t) => t.replace(/^order: .*$/m, 'order: ninth')),
      /content\/en\/forces\/collective-air-forces\.mdx: order: .*number/,
    ],
    [
      'a reference to an entry that does not exist',
      (root) => rewrite(root, 'content/en/operations/kanal.mdx', (t) => t.replace(/^runBy: .*$/m, 'runBy: drug-council')),
      /content\/en\/operations\/kanal\.mdx: runBy: no bodies entry "drug-council"/,
    ],
    [
      'a duplicate slug',
      (root) => cpSync(join(root, 'content/en/bodies/secretariat.mdx'), join(root, 'content/en/bodies/Secretariat.mdx')),
      /content\/en\/bodies\/(S|s)ecretariat\.mdx: duplicate id "secretariat"/,
    ],
    [
      'broken MDX',
      (root) => rewrite(root, 'content/en/bodies/joint-staff.mdx', (t) => `${t}\nAn unclosed <Ref to="bodies/secretariat">component.\n`),
      /content\/en\/bodies\/joint-staff\.mdx:\d+/,
    ],
    [
      'an entry in one language only',
      (root) => rmSync(join(root, 'content/ru/bodies/secretariat.mdx')),
      /content\/en\/bodies\/secretariat\.mdx: no Русский \(ru\) twin: expected a file content\/ru\/bodies\/secretariat\.mdx/,
    ],
    [
      'a fact written again in a translation',
      (root) => rewrite(root, 'content/ru/operations/kanal.mdx', (t) => t.replace(/^---\n/, '---\nrunBy: secretariat\n')),
      /content\/ru\/operations\/kanal\.mdx: runBy: not allowed here/,
    ],
  ];

  for (const [name, edit, message] of cases) {
    it(`${name}, and leaves no dist/ behind`, { timeout: 120_000 }, () => {
      const root = brokenCopy(edit);
      const { status, output } = build(root);
      expect(status).not.toBe(0);
      expect(output).toMatch(message);
      expect(existsSync(join(root, 'dist'))).toBe(false);
    });
  }
});
