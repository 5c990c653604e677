import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { contentCheck } from '../../src/integrations/content-check.ts';
import { headersFileIntegration } from '../../src/integrations/headers.ts';
import { bundleInlineScript, inlineScriptPlugin } from '../../src/integrations/inline-script.ts';
import { notFoundPages } from '../../src/integrations/not-found-pages.ts';
import { builtPages } from '../../src/integrations/shared/built-pages.ts';
import { requireSiteUrl } from '../../src/integrations/site-url.ts';
import { validContent, withFiles } from './fixtures/content.ts';

// The build steps Astro runs (astro.config.mjs), each run here on a folder made for the test with
// the arguments Astro gives its hooks.

const folders: string[] = [];
/** A folder holding `files` (path: text), for the test's length. */
function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'csto-build-step-'));
  folders.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
afterEach(() => {
  for (const root of folders.splice(0)) rmSync(root, { recursive: true, force: true });
});

type Hook = (options: unknown) => unknown;
const hook = (integration: { hooks: Record<string, unknown> }, name: string) => integration.hooks[name] as Hook;
const logged: string[] = [];
const logger = { info: (message: string) => logged.push(message) };

describe('builtPages', () => {
  it('lists every HTML page of a build by the path a visitor asks for, sorted, but Pagefind’s and Astro’s own files', () => {
    const dir = folder({
      'index.html': '',
      'ru/404.html': '',
      'bodies/secretariat/index.html': '',
      'bodies/index.html': '',
      'bodies/myindex.html': '',
      'bodies/style.css': '',
      'pagefind/fragment.html': '',
      '_astro/x.html': '',
      'pagefinder/index.html': '',
    });
    expect(builtPages(dir)).toEqual([
      { file: 'index.html', path: '/' },
      { file: 'bodies/index.html', path: '/bodies/' },
      { file: 'bodies/myindex.html', path: '/bodies/myindex.html' },
      { file: 'bodies/secretariat/index.html', path: '/bodies/secretariat/' },
      { file: 'pagefinder/index.html', path: '/pagefinder/' },
      { file: 'ru/404.html', path: '/ru/404.html' },
    ]);
  });
});

describe('notFoundPages', () => {
  const run = (site: string) => hook(notFoundPages(), 'astro:build:done')({ dir: pathToFileURL(`${site}/`) });

  it('moves each language’s 404 page to where hosts look for it', async () => {
    const site = folder({ '404/index.html': 'en', 'ru/404/index.html': 'ru', 'kk/404.html': 'kk' });
    await run(site);
    expect(['404.html', 'ru/404.html', 'kk/404.html'].map((file) => readFileSync(join(site, file), 'utf8'))).toEqual(['en', 'ru', 'kk']);
    expect(existsSync(join(site, '404'))).toBe(false);
    expect(existsSync(join(site, 'ru/404'))).toBe(false);
  });

  it('fails the build when a language has none, naming the file expected', async () => {
    const site = folder({ '404/index.html': 'en', 'ru/404/index.html': 'ru' });
    await expect(run(site)).rejects.toThrow(`No 404 page for kk: expected ${site}/kk/404.html, built by src/pages/[...lang]/404.astro`);
  });
});

describe('headersFileIntegration', () => {
  it('writes _headers with the hash of every inline script and style of the pages, each once, and every page under the base', async () => {
    const site = folder({ 'index.html': '<script>a()</script>', 'bodies/index.html': '<style>p{}</style><script>a()</script><script src="/x.js"></script>' });
    const integration = headersFileIntegration();
    hook(integration, 'astro:config:done')({ config: { base: '/csto' } });
    await hook(integration, 'astro:build:done')({ dir: pathToFileURL(`${site}/`), logger });
    const headers = readFileSync(join(site, '_headers'), 'utf8');
    expect(headers).toContain(
      "Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='; style-src 'self' 'sha256-gG2yISYereRMiG2lMXrbiUgi0Ubw9p7QCeWcroOvy9Y=';",
    );
    expect(headers.match(/^\/\S*/gm)).toEqual(['/csto/*', '/csto/_astro/*', '/csto/pagefind/*', '/csto/', '/csto/bodies/']);
    expect(logged.at(-1)).toBe('Wrote _headers: CSP with 1 inline script hash(es) and 1 inline style hash(es), 2 pages');
  });
});

describe('contentCheck', () => {
  const run = (root: string) => hook(contentCheck(), 'astro:config:setup')({ config: { root: pathToFileURL(`${root}/`) }, logger });
  const tree = (files: { path: string; text: string }[]) => folder(Object.fromEntries(files.map((file) => [file.path, file.text])));

  it('lets a build with valid content go ahead, saying how many files it checked', async () => {
    await run(tree(validContent()));
    expect(logged.at(-1)).toBe(`Checked ${validContent().length} content files`);
  });

  it('stops a build, with one line a problem, naming each file', async () => {
    const files = withFiles({ path: 'content/en/bodies/council.mdx', text: 'No frontmatter.\n' }, { path: 'content/en/bodies/_draft.mdx', text: 'Anything.\n' }, { path: 'content/bodies/stray.mdx', text: '---\ntitle: X\n---\n' });
    const message = await Promise.resolve(run(tree(files))).then(() => '', (error: Error) => error.message);
    const [first, ...lines] = message.split('\n');
    expect(first).toBe('Content has 2 problem(s):');
    // The files are read in the order the file system gives them.
    expect(lines.sort()).toEqual([expect.stringMatching(/^content\/bodies\/stray\.mdx: not built: /), 'content/en/bodies/council.mdx: line 1: no frontmatter: the file must start with a --- block']);
  });
});

describe('the inline script', () => {
  const entry = () => {
    const dir = folder({
      'entry.ts': "import { twice } from './twice.ts';\nconst given: number | undefined = (globalThis as { given?: number }).given;\n(globalThis as { result?: number }).result = twice(given ?? 0);\n",
      'twice.ts': 'export const twice = (n: number): number => n * 2;\n',
    });
    return join(dir, 'entry.ts');
  };

  it('is the module and what it imports in one line of plain JavaScript that runs as it is', async () => {
    const text = await bundleInlineScript(entry());
    expect(text).not.toMatch(/\n|import|export|\?\?|: number/);
    const scope = { given: 21, result: 0 };
    new Function('globalThis', text)(scope);
    expect(scope.result).toBe(42);
  });

  it('is what importing the module with ?inline-script gives, and only that', async () => {
    const plugin = inlineScriptPlugin() as { load: (this: unknown, id: string) => Promise<string | null> };
    const watched: string[] = [];
    const context = { addWatchFile: (file: string) => watched.push(file) };
    const file = entry();
    expect(await plugin.load.call(context, `${file}?inline-script`)).toBe(`export default ${JSON.stringify(await bundleInlineScript(file))};`);
    expect(watched).toEqual([file]);
    expect(await plugin.load.call(context, file)).toBeNull();
  });
});

describe('requireSiteUrl', () => {
  const setup = (command: string, site?: string) => {
    const plugins: { resolveId: (id: string) => string | undefined; load: (id: string) => string | undefined }[] = [];
    hook(requireSiteUrl(), 'astro:config:setup')({ command, config: { site }, updateConfig: (config: { vite: { plugins: typeof plugins } }) => plugins.push(...config.vite.plugins) });
    return plugins;
  };

  it('stops a build without the public address', () => {
    expect(() => setup('build')).toThrow(/^SITE_URL is not set/);
  });

  it('gives the pages the site’s origin, or none, as a CSS variable for print', () => {
    const [plugin] = setup('build', 'https://example.org/csto/');
    const id = plugin!.resolveId('virtual:csto/site-origin.css')!;
    expect(plugin!.resolveId('virtual:csto/other.css')).toBeUndefined();
    expect(plugin!.load(id)).toBe(':root{--site-origin:"https://example.org"}');
    expect(plugin!.load('virtual:csto/site-origin.css')).toBeUndefined();
    const [local] = setup('dev');
    expect(local!.load(local!.resolveId('virtual:csto/site-origin.css')!)).toBe(':root{--site-origin:""}');
  });
});
