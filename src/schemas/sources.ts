import { z } from 'astro/zod';

/** A document the site's statements come from. Every page names its sources. */
export const sourceSchema = () =>
  z.object({
    /** The document's name as readers would look for it. */
    title: z.string().min(1),
    /** Who published it. */
    publisher: z.string().min(1),
    /** Where to read it, when it is online. */
    url: z.url().optional(),
    /** The language the document is written in, as a BCP 47 tag. */
    language: z.string().min(2),
    /** Position in the list of sources, smallest first. */
    order: z.number().int().nonnegative(),
  });
