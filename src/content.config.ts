import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { CollectionName, RefFactory } from './schemas/shared.ts';
import { schemas } from './schemas/index.ts';
import { defaultLanguage, translatedLanguages } from './lib/i18n.ts';
import { anyTranslationSchema } from './lib/translations.ts';

// Astro's reference() fails the build on an id that names no entry.
const ref = reference as unknown as RefFactory;

/** Pages are MDX in content/en/<collection>/; files starting with _ are drafts and are not built. */
const pages = (name: CollectionName) => glob({ base: `./content/${defaultLanguage}/${name}`, pattern: '[^_]*.mdx' });

export const collections = {
  about: defineCollection({ loader: pages('about'), schema: schemas.about(ref) }),
  bodies: defineCollection({ loader: pages('bodies'), schema: schemas.bodies(ref) }),
  activities: defineCollection({ loader: pages('activities'), schema: schemas.activities(ref) }),
  operations: defineCollection({ loader: pages('operations'), schema: schemas.operations(ref) }),
  forces: defineCollection({ loader: pages('forces'), schema: schemas.forces(ref) }),
  members: defineCollection({ loader: pages('members'), schema: schemas.members(ref) }),
  partners: defineCollection({ loader: pages('partners'), schema: schemas.partners(ref) }),
  sources: defineCollection({
    loader: glob({ base: `./content/${defaultLanguage}/sources`, pattern: '[^_]*.yaml' }),
    schema: schemas.sources(),
  }),
  events: defineCollection({
    loader: glob({ base: `./content/${defaultLanguage}/events`, pattern: '[^_]*.yaml' }),
    schema: schemas.events(ref),
  }),
  /**
   * The words of every entry in the other languages: `content/ru/bodies/secretariat.mdx` has the id
   * `ru/bodies/secretariat`. The content check (src/integrations/content-check.ts) has already
   * checked each against its collection's text fields and its English twin.
   */
  translations: defineCollection({
    loader: glob({ base: './content', pattern: `@(${translatedLanguages.join('|')})/*/[^_]*.{mdx,yaml}` }),
    schema: anyTranslationSchema(),
  }),
};
