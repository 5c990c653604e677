import { z } from 'astro/zod';
import { entryFields, type RefFactory } from './shared.ts';

/** One of the three major areas of the Organization's activities that its Charter defines. */
export const activitySchema = (ref: RefFactory) => z.object({ ...entryFields(ref) });
