import { z } from 'astro/zod';
import { entryFields, type RefFactory } from './shared.ts';

/**
 * A state's standing toward the Organization, as its sources word it: a member state; a member
 * state that has frozen its participation (Armenia's Prime Minister's word, February 2024, which
 * Russia's Foreign Ministry uses too); a state whose membership the Collective Security Council
 * has suspended (Uzbekistan, 2012); a former party to the Treaty (one that did not sign its
 * extension in 1999).
 */
export const memberStatuses = ['member', 'participation-frozen', 'suspended', 'former'] as const;
export type MemberStatus = (typeof memberStatuses)[number];

/**
 * The ways a state's membership changes, each with the status it leaves the state in: the one
 * place that says what a change means, so a state's status is never written beside its history.
 */
export const membershipChanges = {
  /** Signed the Collective Security Treaty (15 May 1992). */
  signed: 'member',
  /** Joined the Treaty after its signing. */
  joined: 'member',
  /** Came back after leaving, its membership restored. */
  returned: 'member',
  /** Froze its participation without leaving. */
  'froze-participation': 'participation-frozen',
  /** Had its membership suspended. */
  suspended: 'suspended',
  /** Left the Treaty. */
  left: 'former',
} as const satisfies Record<string, MemberStatus>;
export type MembershipChange = keyof typeof membershipChanges;

/** A member state of the Organization, or a state that was one. */
export const memberSchema = (ref: RefFactory) =>
  z.object({
    ...entryFields(ref),
    /** The state's official name, when its sources use it: "Republic of Kazakhstan". */
    officialName: z.string().min(1).optional(),
    /**
     * Where `officialName` is given word for word in English (the build checks it): a dated
     * development and the source of its evidence whose words give it. Those words are shown
     * beside the name, on the page in every language.
     */
    officialNameFrom: z.object({ development: ref('developments'), source: ref('sources') }).strict().optional(),
    /** The ISO 3166-1 numeric code, which finds the state's outline for the map (not shown). */
    isoCode: z.string().regex(/^\d{3}$/, 'expected three digits, as "398"'),
    /**
     * The state's membership, change by change: what changed, and the dated development that
     * states it with its evidence (its date is the change's date; it must concern this page). The
     * state's status, the date it has been a member since, the members table, the map and the
     * chart of membership over time all derive from this list (src/lib/content/membership.ts).
     */
    membership: z
      .array(
        z
          .object({
            /** What changed: a key of `membershipChanges`. */
            change: z.enum(Object.keys(membershipChanges) as [MembershipChange, ...MembershipChange[]]),
            /** The development that states it. */
            development: ref('developments'),
          })
          .strict(),
      )
      .min(1),
  });
