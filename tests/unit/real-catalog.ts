import { glob, readFile } from 'node:fs/promises';
import { buildCatalog, type Catalog } from '../../src/lib/catalog.ts';
import { readContent, type ContentFile } from '../../src/lib/content-check.ts';

/** The site's real content as a catalog, read the way the content checker reads it. */
export async function realCatalog(): Promise<Catalog> {
  const files: ContentFile[] = [];
  for await (const path of glob('content/*/*.{mdx,yaml}')) files.push({ path, text: await readFile(path, 'utf8') });
  const { items, problems } = readContent(files);
  if (problems.length > 0) throw new Error(`content has problems: ${JSON.stringify(problems)}`);
  return buildCatalog(items);
}
