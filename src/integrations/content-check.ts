import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblem } from '../lib/content/check.ts';
import { readContentFiles } from '../lib/content/files.ts';

/**
 * Checks every content file before Astro loads any, so that a broken file stops the build with
 * one message per problem naming the file and the field, instead of a stack trace or a page left
 * out (src/lib/content/check.ts).
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'csto:content-check',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const files = await readContentFiles(fileURLToPath(config.root));
        const { problems } = checkContent(files);
        if (problems.length > 0) {
          throw new Error(`Content has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
        }
        logger.info(`Checked ${files.length} content files`);
      },
    },
  };
}
