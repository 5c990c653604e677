import { glob } from 'astro/loaders';
import { defaultLanguage, translatedLanguages } from '../i18n/languages.ts';
import { entryId, filePattern } from './ids.ts';
import { collectionNames, type CollectionName } from './registry.ts';

// Astro's glob loaders for content/, with the checker's patterns and ids (./ids.ts), as
// Starlight's loaders.ts builds its loaders from one list of extensions.

/** The default language's entries of `collection`: its facts and its words. */
export const contentLoader = (collection: CollectionName) =>
  glob({
    base: `./content/${defaultLanguage}/${collection}`,
    pattern: filePattern(collection),
    generateId: ({ entry }) => entryId(entry.replace(/\.[a-z]+$/, '')),
  });

/**
 * The words of every entry in the other languages, one collection for all: the file
 * `content/ru/bodies/secretariat.mdx` has the id `ru/bodies/secretariat`.
 */
export const translationsLoader = () =>
  glob({
    base: './content',
    pattern: translatedLanguages.flatMap((lang) => collectionNames.map((collection) => `${lang}/${collection}/${filePattern(collection)}`)),
    generateId: ({ entry }) => entryId(entry.replace(/\.[a-z]+$/, '')),
  });
