import type { AstroIntegration } from 'astro';
import { glob, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblem } from '../lib/content-check.ts';

/**
 * Checks every content file before Astro builds, so that a broken file stops the build with one
 * message per problem naming the file and the field, instead of a stack trace.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'csto:content-check',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const files = [];
        for await (const path of glob('content/*/*.{mdx,yaml}', { cwd: root })) {
          files.push({ path, text: await readFile(`${root}${path}`, 'utf8') });
        }
        const problems = checkContent(files);
        if (problems.length > 0) {
          throw new Error(`Content has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
        }
        logger.info(`Checked ${files.length} content files`);
      },
    },
  };
}
