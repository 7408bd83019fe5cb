import { today } from '../../../lib/calendar';
import { badUserInput } from '../../../lib/errors';
import { pageSize } from '../../../lib/pagination';
import { RECORD_CLASSES, RETENTION_POLICY } from '../../../policies/retention';
import { RetentionPurgeRunEntity } from '../entities/RetentionPurgeRun';
import type { Resolvers } from '../generated/resolvers';
import { runRetentionPurge } from './retentionPurge';

/** The retention schedule as data, the purge and its reports through the graph. */

/** Every rule of the schedule, each class's default first (jurisdiction null). */
function retentionRules() {
  return RECORD_CLASSES.flatMap((recordClass) => {
    const retention = RETENTION_POLICY.classes[recordClass];
    return [
      { recordClass, jurisdiction: null, ...retention.default },
      ...Object.entries(retention.byCountry)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([jurisdiction, period]) => ({ recordClass, jurisdiction, ...period })),
    ];
  });
}

export const retentionResolvers: Resolvers = {
  Query: {
    retentionRules: (_root, args) =>
      retentionRules().filter((rule) => !args.recordClass || rule.recordClass === args.recordClass),
    retentionPurgeRuns: async (_root, args, { em, config }) =>
      em.find(
        RetentionPurgeRunEntity,
        {},
        { orderBy: { startedAt: 'desc', id: 'desc' }, limit: pageSize(args.first, config.maxPageSize, 20) },
      ),
  },

  Mutation: {
    runRetentionPurge: async (_root, args, { em, principal, shared }) => {
      const dryRun = args.dryRun ?? true;
      // Only a preview may judge another day: what is removed for good is judged as of today.
      if (!dryRun && args.asOf != null)
        throw badUserInput('asOf is for dry runs only: a real purge judges retention as of today', 'asOf');
      return runRetentionPurge(
        { em, peers: shared.peers, customers: shared.customers },
        { dryRun, asOf: args.asOf ?? today(), startedBy: principal.sub },
      );
    },
  },
};
