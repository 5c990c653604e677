import { glob, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentFile } from './check.ts';

/** Every content file under `root`, as the content checker reads it: its path from root and its text. */
export async function readContentFiles(root = '.'): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  // Every file that looks like content, wherever it is under content/, so that one in the wrong
  // folder is reported rather than silently left out of the build.
  for await (const path of glob('content/**/*.{md,mdx,yaml,yml}', { cwd: root })) {
    files.push({ path, text: await readFile(join(root, path), 'utf8') });
  }
  return files;
}
