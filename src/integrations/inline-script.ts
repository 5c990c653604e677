import { build } from 'esbuild';
import type { Plugin } from 'vite';

const suffix = '?inline-script';

/**
 * A script module bundled and minified into one string, to be written inline in a page: the
 * <head> script is a typed, tested module in the source and a short static string in the page
 * (Starlight inlines its ThemeProviderScript.ts the same way).
 */
export async function bundleInlineScript(entry: string): Promise<string> {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'iife', target: 'es2019', write: false, logLevel: 'silent' });
  return result.outputFiles[0]!.text.trim();
}

/** `import script from './x.ts?inline-script'` gives the module's bundled, minified text. */
export function inlineScriptPlugin(): Plugin {
  return {
    name: 'csto:inline-script',
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith(suffix)) return null;
      const entry = id.slice(0, -suffix.length);
      this.addWatchFile(entry);
      return `export default ${JSON.stringify(await bundleInlineScript(entry))};`;
    },
  };
}
