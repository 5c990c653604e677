import { z } from 'astro/zod';
import { entryFields, type RefFactory } from './shared.ts';

/** An operation, or a joint exercise (training) of the forces. */
export const operationKinds = ['operation', 'exercise'] as const;

/** An operation held in the Organization's framework, or a joint exercise of its forces. */
export const operationSchema = (ref: RefFactory) =>
  z.object({
    ...entryFields(ref),
    /** The English translation of the name, as the source gives it: "Channel" for "Kanal". */
    translation: z.string().min(1).optional(),
    /** Whether it is an operation or an exercise (joint training). */
    kind: z.enum(operationKinds),
    /** The body that conducts or manages it, when the source names one. */
    runBy: ref('bodies').optional(),
    /** The forces that train in it, for the exercises. */
    forces: z.array(ref('forces')).default([]),
    /** The area of activity it belongs to. */
    area: ref('activities'),
    /** What it is meant to achieve, one aim a line, in the source's words. */
    aims: z.array(z.string().min(1)).default([]),
    /** Who takes part, one group a line. */
    participants: z.array(z.string().min(1)).default([]),
    /** Who watches it as observers, one group a line. */
    observers: z.array(z.string().min(1)).default([]),
    /** The partner organisations that observe it, linked to their pages. */
    observerPartners: z.array(ref('partners')).default([]),
  });
