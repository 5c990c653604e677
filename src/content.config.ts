import { defineCollection } from 'astro:content';
import { contentLoader, translationsLoader } from './lib/content/loader.ts';
import { collectionNames, collections as registry } from './lib/content/registry.ts';
import { anyTranslationSchema } from './lib/content/translations.ts';
import { shapeOnlyRef } from './schemas/shared.ts';

// Every collection from the registry (src/lib/content/registry.ts). The content checker has read
// and validated every file before Astro loads any (src/integrations/content-check.ts): it is what
// fails the build on a missing field, a dangling reference or a missing translation.
export const collections = {
  ...Object.fromEntries(
    collectionNames.map((name) => [name, defineCollection({ loader: contentLoader(name), schema: registry[name].schema(shapeOnlyRef) })]),
  ),
  translations: defineCollection({ loader: translationsLoader(), schema: anyTranslationSchema() }),
};
