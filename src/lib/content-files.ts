import { glob, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentFile } from './content-check.ts';

/** Every content file under `root`, as the content checker reads it: its path from root and its text. */
export async function readContentFiles(root = '.'): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  for await (const path of glob('content/*/*/*.{mdx,yaml}', { cwd: root })) {
    files.push({ path, text: await readFile(join(root, path), 'utf8') });
  }
  return files;
}
