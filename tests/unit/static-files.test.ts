import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticFile } from '../../scripts/lib/static-files.ts';

// A built site beside a sibling folder whose name starts the same, as dist/ and dist-subpath/ are.
const root = mkdtempSync(join(tmpdir(), 'csto-static-'));
const site = join(root, 'dist');
for (const [file, text] of [
  ['dist/index.html', 'home'],
  ['dist/404.html', 'not found'],
  ['dist/ru/404.html', 'не найдено'],
  ['dist/bodies/index.html', 'bodies'],
  ['dist/favicon.svg', '<svg/>'],
  ['dist-subpath/index.html', 'secret'],
]) {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
}

describe('staticFile', () => {
  it('serves a page from its folder and a file as it is', () => {
    expect(staticFile(site, '/', '/')).toMatchObject({ file: join(site, 'index.html'), status: 200 });
    expect(staticFile(site, '/', '/bodies/')).toMatchObject({ file: join(site, 'bodies/index.html'), status: 200 });
    expect(staticFile(site, '/', '/favicon.svg')).toMatchObject({ file: join(site, 'favicon.svg'), status: 200 });
  });
  it('serves under a base path, and nothing outside it', () => {
    expect(staticFile(site, '/csto/', '/csto/bodies/')).toMatchObject({ status: 200 });
    expect(staticFile(site, '/csto/', '/bodies/')).toMatchObject({ status: 404 });
  });
  it('answers 404 with the page of the language of the address', () => {
    expect(staticFile(site, '/', '/nowhere/')).toEqual({ file: join(site, '404.html'), status: 404, path: '/404.html' });
    expect(staticFile(site, '/', '/ru/nowhere/')).toEqual({ file: join(site, 'ru/404.html'), status: 404, path: '/ru/404.html' });
  });
  it('never leaves the site folder, however the path is written', () => {
    for (const path of ['/..%2Fdist-subpath/index.html', '/../dist-subpath/index.html', '/%2E%2E/dist-subpath/', '/bodies/..%2F..%2Fdist-subpath/index.html', '/%E0%A4%A']) {
      expect(staticFile(site, '/', path).status, path).toBe(404);
    }
  });
});
