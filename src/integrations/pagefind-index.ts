import type { AstroIntegration } from 'astro';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { withoutSoftHyphens } from '../lib/soft-hyphens.ts';
import { languages, type Lang } from '../lib/i18n/languages.ts';
import { splitLanguage } from '../lib/i18n/urls.ts';
import { vocabularyFile } from '../components/search/files.ts';
import { builtPages } from './shared/built-pages.ts';
import { indexedText, vocabularyOf, type WeightedText } from './search-vocabulary.ts';

/**
 * Builds the Pagefind search index from the finished pages, so `npm run build` alone yields a
 * searchable `dist/`. Fails the build when indexing reports errors or finds no page. Pages are
 * indexed without their soft hyphens (src/lib/hyphenation.ts), so that a query finds a word
 * whatever breaks it may take, and excerpts carry none. Beside each language's search page it
 * writes that language's vocabulary, the words the index holds, for spelling corrections
 * (src/components/search/spelling.ts).
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'csto:pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex();
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        let pageCount = 0;
        const texts = new Map<Lang, WeightedText[][]>(languages.map((lang) => [lang, []]));
        for (const page of builtPages(site)) {
          const content = withoutSoftHyphens(await readFile(join(site, page.file), 'utf8'));
          const added = await index.addHTMLFile({ sourcePath: page.file, content });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page.file}: ${added.errors.join('; ')}`);
          if (added.file.meta.title === undefined) continue;
          pageCount += 1;
          texts.get(splitLanguage(page.path).lang)!.push(indexedText(content));
        }
        if (pageCount === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body on <main>?');
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        // Pagefind also writes its stock UIs, which fail WCAG (an unlabelled input, counts never
        // announced, text scaled down): ship only the JS API, which site-search.ts uses.
        for (const stock of ['pagefind-ui', 'pagefind-modular-ui', 'pagefind-component-ui']) {
          for (const ext of ['js', 'css']) await rm(`${site}pagefind/${stock}.${ext}`, { force: true });
        }
        await rm(`${site}pagefind/pagefind-highlight.js`, { force: true });
        for (const [lang, pages] of texts) {
          const file = join(site, vocabularyFile(lang));
          await mkdir(join(file, '..'), { recursive: true });
          await writeFile(file, JSON.stringify(vocabularyOf(pages)));
        }
        logger.info(`Indexed ${pageCount} pages into pagefind/, with a vocabulary for each language`);
      },
    },
  };
}
