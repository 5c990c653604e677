import { buildCatalog, type Catalog } from '../../src/lib/catalog.ts';
import { readContent } from '../../src/lib/content-check.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';

/** The site's real content as a catalog, read the way the content checker reads it. */
export async function realCatalog(): Promise<Catalog> {
  const { items, problems } = readContent(await readContentFiles());
  if (problems.length > 0) throw new Error(`content has problems: ${JSON.stringify(problems)}`);
  return buildCatalog(items);
}
