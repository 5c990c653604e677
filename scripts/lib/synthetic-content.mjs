// Synthetic entries for the bench's scale run: copies of real entries under new ids, in every
// language, so that the build, the index and search can be measured at sizes the content has not
// reached yet. Written only into a scratch copy of the project, never into content/.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Entries whose references stay valid when copied: they point at areas and sources, not at each other.
const templates = [
  ['partners', 'colombo-plan'],
  ['partners', 'union-state'],
  ['operations', 'proxy'],
  ['activities', 'political-cooperation'],
];

/** Writes `count` synthetic entries a language into the project at `root`, for the languages given. */
export function writeSyntheticEntries(root, count, languages) {
  for (let n = 0; n < count; n++) {
    const [collection, id] = templates[n % templates.length];
    const name = `synthetic-${String(n).padStart(5, '0')}`;
    for (const lang of languages) {
      const text = readFileSync(join(root, 'content', lang, collection, `${id}.mdx`), 'utf8')
        .replace(/^title: (["']?)(.*)\1$/m, (_, quote, title) => `title: ${quote}${title} ${n}${quote}`)
        .replace(/^order: .*$/m, `order: ${1000 + n}`);
      writeFileSync(join(root, 'content', lang, collection, `${name}.mdx`), text);
    }
  }
}
