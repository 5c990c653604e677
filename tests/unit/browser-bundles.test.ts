import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// What the browser runs shares pure modules with the build (plurals, soft hyphens, the display
// settings' model, search's spelling), never Node's or Astro's APIs nor the string tables, which
// a page's script does not need (its words are in the page). Each script is bundled here as Vite
// bundles it for the browser, with Node's and Astro's modules left out to be listed.

interface Entry {
  /** Where the script is written. */
  name: string;
  contents: string;
  resolveDir: string;
}

const astroFiles = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.astro'))
  .map((file) => join('src', file));

/**
 * Every script of the site that runs in the browser: each `<script>` of a component that Astro
 * bundles (one with no attributes but `src`: `is:inline` and data blocks stay as written), and
 * each module a component inlines with `?inline-script` (the <head> script).
 */
function browserScripts(): Entry[] {
  const entries: Entry[] = [];
  for (const file of astroFiles) {
    const source = readFileSync(file, 'utf8');
    const resolveDir = dirname(file);
    for (const [, src, contents] of source.matchAll(/<script(?:\s+src="([^"]+)")?\s*>([\s\S]*?)<\/script>/g)) {
      entries.push({ name: `a <script> of ${file}`, contents: src ? `import '${src}';` : contents!, resolveDir });
    }
    for (const [, path] of source.matchAll(/from '([^']+)\?inline-script'/g)) entries.push({ name: `${join(resolveDir, path!)} (inlined by ${file})`, contents: `import './${path}';`, resolveDir });
  }
  return entries;
}

/** The modules a script bundles, and the Node and Astro modules it asks for. */
async function bundle(entry: Entry): Promise<{ inputs: string[]; runtimeImports: string[] }> {
  const runtime = ['node:*', 'astro:*', ...builtinModules];
  const result = await build({
    stdin: { contents: entry.contents, resolveDir: entry.resolveDir, loader: 'ts' },
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'esm',
    external: runtime,
    logLevel: 'silent',
    // A file imported for its address (`./read-aloud.css?url`), as Vite gives it: a string.
    plugins: [
      {
        name: 'asset-url',
        setup(build) {
          build.onResolve({ filter: /\?url$/ }, (args) => ({ path: args.path, namespace: 'asset-url' }));
          build.onLoad({ filter: /.*/, namespace: 'asset-url' }, () => ({ contents: 'export default "";', loader: 'js' }));
        },
      },
    ],
  });
  const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports.filter((each) => each.external).map((each) => each.path));
  return { inputs: Object.keys(result.metafile.inputs).map((input) => relative('.', input)), runtimeImports: imports };
}

describe('the browser scripts', () => {
  const entries = browserScripts();

  it('are found: the page script, the search page script and the <head> script at least', () => {
    expect(entries.length).toBeGreaterThanOrEqual(3);
  });

  it.each(entries.map((entry) => [entry.name, entry] as const))('%s imports no Node or Astro module and no string table', async (_, entry) => {
    const { inputs, runtimeImports } = await bundle(entry);
    expect(inputs.length, 'it bundles modules of the site').toBeGreaterThan(1);
    expect(runtimeImports, 'Node and Astro modules').toEqual([]);
    expect(
      inputs.filter((input) => input.startsWith('src/lib/i18n/lang/')),
      'string tables (src/lib/i18n/lang/<code>.ts)',
    ).toEqual([]);
  });
});
