import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { translatedLanguages } from '../../src/lib/i18n/languages.ts';

// Each case copies the project, breaks it the way an author might, runs the real build
// (scripts/build.mjs) and reads what it says. Each copy has its own node_modules folder of links
// to the real packages, so that Astro's cache (node_modules/.astro) is the copy's own.
const project = resolve('.');
const copies: string[] = [];

function copy(edit: (root: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'csto-build-'));
  copies.push(root);
  for (const item of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(project, item), join(root, item), { recursive: true });
  }
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(project, 'node_modules'))) {
    if (name !== '.astro' && name !== '.vite') symlinkSync(join(project, 'node_modules', name), join(root, 'node_modules', name));
  }
  // Astro's cache stays the copy's own, but for the link previews drawn before (preview-images.ts).
  mkdirSync(join(project, 'node_modules/.astro/previews'), { recursive: true });
  mkdirSync(join(root, 'node_modules/.astro'));
  symlinkSync(join(project, 'node_modules/.astro/previews'), join(root, 'node_modules/.astro/previews'));
  // A good build from before: a failed build must not leave it looking current.
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><title>old</title>');
  edit(root);
  return root;
}

function build(root: string, args = ['--local']): { status: number | null; output: string } {
  const { SITE_URL: _, ...env } = process.env;
  const result = spawnSync(process.execPath, ['scripts/build.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...env, PATH: `${join(project, 'node_modules', '.bin')}:${process.env.PATH}`, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const rewrite = (root: string, file: string, change: (text: string) => string) =>
  writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));

// Removing the copies, one a full build, is disk work that takes longer than a hook's default 10 s
// on a loaded machine (npm test runs these builds beside the browser tests).
afterAll(() => {
  for (const root of copies) rmSync(root, { recursive: true, force: true });
}, 120_000);

describe('a broken content file fails the build with a message naming it, and leaves no dist/ behind', () => {
  const cases: [string, (root: string) => void, RegExp][] = [
    [
      'a change of membership whose development is not on the state\'s page',
      (root) => rewrite(root, 'content/en/members/belarus.mdx', (t) => t.replace('development: treaty-joined-georgia-belarus', 'development: treaty-signed')),
      /content\/en\/members\/belarus\.mdx: membership: the development "treaty-signed" does not concern members\/belarus/,
    ],
    [
      'an official name the words it rests on do not give',
      (root) => rewrite(root, 'content/en/members/belarus.mdx', (t) => t.replace('officialName: Republic of Belarus', 'officialName: Belarusian Republic')),
      /content\/en\/members\/belarus\.mdx: officialNameFrom: "Belarusian Republic" is not in the words of pacsto-duma-ratifies-protocols/,
    ],
    [
      'a missing title',
      (root) => rewrite(root, 'content/en/bodies/secretariat.mdx', (t) => t.replace(/^title: .*\n/m, '')),
      /content\/en\/bodies\/secretariat\.mdx: title: /,
    ],
    [
      'a reference to an entry that does not exist',
      (root) => rewrite(root, 'content/en/operations/kanal.mdx', (t) => t.replace(/^runBy: .*$/m, 'runBy: drug-council')),
      /content\/en\/operations\/kanal\.mdx: runBy: no bodies entry "drug-council"/,
    ],
    [
      'a page written as a data file, which Astro would skip',
      (root) => {
        cpSync(join(root, 'content/en/sources/un-website.yaml'), join(root, 'content/en/bodies/new-body.yaml'));
        cpSync(join(root, 'content/ru/sources/un-website.yaml'), join(root, 'content/ru/bodies/new-body.yaml'));
      },
      /content\/en\/bodies\/new-body\.yaml: not built: bodies entries are \.mdx files/,
    ],
    [
      'bodies that answer to each other',
      (root) => rewrite(root, 'content/en/bodies/collective-security-council.mdx', (t) => t.replace(/^kind: .*$/m, '$&\nreportsTo: secretary-general')),
      /the bodies' relations go round in a circle \(.*secretary-general.*\)/,
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
    [
      'a figure that none of its quotations states: the 15 tons that came from an address',
      (root) => rewrite(root, 'content/en/developments/kanal-observers-2025.yaml', (t) => t.replace('more than 1,742 kilograms of narcotics', 'more than 15 tons of narcotics')),
      /content\/en\/developments\/kanal-observers-2025\.yaml: text: the number 15 is in none of the quotations of its evidence \(kg24-kanal-2025\)/,
    ],
    [
      'an article numbered as none of its quotations numbers it',
      (root) => rewrite(root, 'content/en/articles/peacekeeping-agreement-article-3.yaml', (t) => t.replace("number: '3'", "number: '5'")),
      /content\/en\/articles\/peacekeeping-agreement-article-3\.yaml: number: the article number 5 is in none of the quotations of its evidence \(csto-peacekeeping-commentary-2023\)/,
    ],
  ];

  for (const [name, edit, message] of cases) {
    it(name, { timeout: 120_000 }, () => {
      const root = copy(edit);
      const { status, output } = build(root);
      expect(status).not.toBe(0);
      expect(output).toMatch(message);
      expect(existsSync(join(root, 'dist'))).toBe(false);
    });
  }
});

describe('the build', () => {
  it('stops without SITE_URL, rather than write localhost into canonical links, the sitemap and robots.txt', { timeout: 120_000 }, () => {
    const root = copy(() => {});
    const { status, output } = build(root, []);
    expect(status).not.toBe(0);
    expect(output).toContain('SITE_URL is not set');
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });

  it('builds a file named with spaces and brackets under the id the content checker gives it, whatever its slug field says', { timeout: 180_000 }, () => {
    const root = copy((dir) => {
      cpSync(join(dir, 'content/en/bodies/secretariat.mdx'), join(dir, 'content/en/bodies/Test Body (2).mdx'));
      rewrite(dir, 'content/en/bodies/Test Body (2).mdx', (t) => t.replace(/^---\n/, '---\nslug: another-id\n'));
      for (const lang of translatedLanguages) cpSync(join(dir, `content/${lang}/bodies/secretariat.mdx`), join(dir, `content/${lang}/bodies/Test Body (2).mdx`));
      rewrite(dir, 'content/en/operations/kanal.mdx', (t) => t.replace(/^runBy: .*$/m, 'runBy: test-body-2'));
    });
    const { status, output } = build(root);
    expect(status, output).toBe(0);
    expect(existsSync(join(root, 'dist/bodies/test-body-2/index.html'))).toBe(true);
    expect(readFileSync(join(root, 'dist/operations/kanal/index.html'), 'utf8')).toContain('href="/bodies/test-body-2/"');
  });
});
