import { z } from 'astro/zod';
import { entryFields, type RefFactory } from './shared.ts';

/** The parts of the Organization's military (force) component. */
export const forceKinds = ['coalition-forces', 'regional-grouping', 'air-defense-system', 'air-forces'] as const;

/** Where each part stands, in the source's words: "is operating", "was created", ... */
export const forceStatuses = ['operating', 'created', 'under-establishment', 'put-in-place'] as const;

/** A force, forces grouping or air defence system of the Organization. */
export const forceSchema = (ref: RefFactory) =>
  z.object({
    ...entryFields(ref),
    /** What kind of force it is. */
    kind: z.enum(forceKinds),
    /** The region it covers, when the source names one: "Central Asian region". */
    region: z.string().min(1).optional(),
    /** The member states whose forces make it up, when its name says. */
    members: z.array(ref('members')).default([]),
    /** Where it stands, when the source says. */
    status: z.enum(forceStatuses).optional(),
    /** The area of activity it belongs to. */
    area: ref('activities'),
  });
