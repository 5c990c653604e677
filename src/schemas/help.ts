import { z } from 'astro/zod';
import { entryFields, type RefFactory } from './shared.ts';

/** A page of help for readers: how to use the browser's and the device's own display settings. */
export const helpSchema = (ref: RefFactory) => z.object({ ...entryFields(ref) });
