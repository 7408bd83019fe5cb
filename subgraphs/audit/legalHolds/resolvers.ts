import { randomUUID } from 'node:crypto';
import { badUserInput, notFound } from '../../../lib/errors';
import { holdReaches } from '../../../policies/holdCoverage';
import { requiredText } from '../../../lib/textInput';
import { LegalHoldEntity, type LegalHold } from '../entities/LegalHold';
import type { Resolvers } from '../generated/resolvers';
import { MAX_HELD_CUSTOMERS, checkedHold } from './legalHoldInput';
import { activeHoldScopes } from './legalHoldScope';

/**
 * Legal holds through the graph: placed and released by the roles the policy names (the gateway
 * records each on the audit trail, as it does every mutation), read by those who answer for
 * records, and asked by the other subgraphs before a destructive change.
 */

const MAX_CLASSES_ASKED = 10;

function view(hold: LegalHold) {
  return {
    ...hold,
    from: hold.fromDate ?? null,
    to: hold.toDate ?? null,
    status: hold.releasedAt ? ('RELEASED' as const) : ('ACTIVE' as const),
  };
}

export const legalHoldResolvers: Resolvers = {
  Query: {
    legalHolds: async (_root, args, { em }) => {
      const where =
        args.status === 'ACTIVE'
          ? { releasedAt: null }
          : args.status === 'RELEASED'
            ? { releasedAt: { $ne: null } }
            : {};
      const holds = await em.find(LegalHoldEntity, where, { orderBy: { placedAt: 'desc', id: 'desc' } });
      return holds.map(view);
    },

    legalHoldsCovering: async (_root, args, { em }) => {
      if (args.customerIds.length > MAX_HELD_CUSTOMERS)
        throw badUserInput(`ask about at most ${MAX_HELD_CUSTOMERS} customers at once`, 'customerIds');
      if (args.recordClasses.length > MAX_CLASSES_ASKED) throw badUserInput('too many record classes', 'recordClasses');
      const holds = await activeHoldScopes(em);
      return holds
        .filter((hold) =>
          holdReaches(hold, args.customerIds, args.recordClasses, {
            from: args.from ?? '0001-01-01',
            to: args.to ?? '9999-12-31',
          }),
        )
        .map(({ id, matter }) => ({ id, matter }));
    },
  },

  Mutation: {
    placeLegalHold: async (_root, { input }, { em, principal, shared }) => {
      const hold = checkedHold(input);
      // A hold on customers the master does not know would keep nothing: refuse it (fail closed when it cannot be asked).
      const known = await shared.customers.factsOf(hold.customerIds);
      const unknown = hold.customerIds.filter((_id, i) => known[i] === undefined);
      if (unknown.length > 0) throw badUserInput(`no customer ${unknown.slice(0, 5).join(', ')}`, 'customerIds');
      const placed: LegalHold = {
        id: `hold_${randomUUID()}`,
        ...hold,
        placedBy: principal.sub,
        placedAt: new Date(),
        releasedBy: null,
        releasedAt: null,
        releaseReason: null,
      };
      await em.insert(LegalHoldEntity, placed);
      return view(placed);
    },

    releaseLegalHold: async (_root, { id, reason }, { em, principal }) => {
      const why = requiredText(reason, 'reason', 1000);
      const hold = await em.findOne(LegalHoldEntity, { id }, { disableIdentityMap: true });
      if (!hold) throw notFound(`no legal hold ${id}`);
      const released = { releasedBy: principal.sub, releasedAt: new Date(), releaseReason: why };
      // Only an active hold is released, once, even when two releases race.
      const changed = await em.nativeUpdate(LegalHoldEntity, { id, releasedAt: null }, released);
      if (changed === 0) throw badUserInput(`legal hold ${id} was already released`, 'id');
      return view({ ...hold, ...released });
    },
  },
};
