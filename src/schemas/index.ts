import { aboutSchema } from './about.ts';
import { activitySchema } from './activities.ts';
import { bodySchema } from './bodies.ts';
import { eventSchema } from './events.ts';
import { forceSchema } from './forces.ts';
import { memberSchema } from './members.ts';
import { operationSchema } from './operations.ts';
import { partnerSchema } from './partners.ts';
import { sourceSchema } from './sources.ts';

/** Each collection's schema, keyed by collection name; content.config.ts and the checker share it. */
export const schemas = {
  about: aboutSchema,
  bodies: bodySchema,
  activities: activitySchema,
  operations: operationSchema,
  forces: forceSchema,
  members: memberSchema,
  partners: partnerSchema,
  sources: sourceSchema,
  events: eventSchema,
};
