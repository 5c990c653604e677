import { joinPath } from './paths.ts';

/** A root-relative URL for a path inside the site, under the base path the site is built for. */
export const href = (path = ''): string => joinPath(import.meta.env.BASE_URL, path);
