import { z } from 'astro/zod';
import { entryFields, type RefFactory } from './shared.ts';

/**
 * A crisis in which a member state asked for help, or in which the Organization was asked to act:
 * who asked, on what basis, what its bodies decided and what forces went. Each date is a
 * development with the words of its sources; each party's position is a development that
 * concerns the crisis's page, attributed in its own words.
 */
export const crisisSchema = (ref: RefFactory) =>
  z.object({
    ...entryFields(ref),
    /** The member states whose territory or request it concerns. */
    states: z.array(ref('members')).min(1),
    /** The request for help: a development dated the day it was made, naming who asked whom. */
    request: ref('developments').optional(),
    /** The articles the request or the decision invoked (entries of `articles`), linked to their document's page. */
    basis: z.array(ref('articles')).default([]),
    /** The sessions of the Collective Security Council that dealt with it. */
    sessions: z.array(ref('sessions')).default([]),
    /** The Organization's forces sent. */
    forces: z.array(ref('forces')).default([]),
    /** The forces' arrival: a development with its evidence. */
    arrived: ref('developments').optional(),
    /** Their withdrawal's completion: a development with its evidence. */
    withdrawn: ref('developments').optional(),
  });
