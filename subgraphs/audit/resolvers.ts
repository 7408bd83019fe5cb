import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { badUserInput } from '../../lib/errors';
import type { SubgraphContext } from '../kit/context';
import { ChangeLogEntryEntity, type ChangeLogEntry } from './entities/ChangeLogEntry';
import type { AuditLoaders } from './loaders';

type Context = SubgraphContext<AuditLoaders>;

interface ChangeInput {
  changeId: string;
  entity: string;
  entityId: string;
  field: string;
  oldValue?: string | null;
  newValue?: string | null;
  actor: string;
  at: string;
  reason?: string | null;
}

const MAX_CHANGES_PER_CALL = 1000;

function toEntry(change: ChangeInput, recordedAt: Date): ChangeLogEntry {
  const at = new Date(change.at);
  if (Number.isNaN(at.getTime())) throw badUserInput(`change ${change.changeId} has an invalid time "${change.at}"`, 'changes');
  const { changeId, ...fields } = change;
  return { ...fields, id: changeId, at, oldValue: change.oldValue ?? null, newValue: change.newValue ?? null, reason: change.reason ?? null, recordedAt };
}

export const auditResolvers: GraphQLResolverMap<Context> = {
  Mutation: {
    recordChanges: async (_root, args: { changes: ChangeInput[] }, { em }) => {
      if (args.changes.length > MAX_CHANGES_PER_CALL) throw badUserInput(`at most ${MAX_CHANGES_PER_CALL} changes per call`, 'changes');
      const recordedAt = new Date();
      const entries = args.changes.map((change) => toEntry(change, recordedAt));
      return em.transactional(async (tx) => {
        const known = await tx.find(ChangeLogEntryEntity, { id: { $in: entries.map((e) => e.id) } }, { fields: ['id'] });
        const knownIds = new Set(known.map((entry) => entry.id));
        const fresh = entries.filter((entry, i) => !knownIds.has(entry.id) && entries.findIndex((e) => e.id === entry.id) === i);
        if (fresh.length > 0) await tx.insertMany(ChangeLogEntryEntity, fresh);
        return fresh.length;
      });
    },
  },

  Customer: {
    changeHistory: async (customer: { id: string }, args: { first?: number | null }, { loaders, config }) => {
      const first = args.first ?? 50;
      if (!Number.isInteger(first) || first < 1 || first > config.maxPageSize) {
        throw badUserInput(`\`first\` must be between 1 and ${config.maxPageSize}`, 'first');
      }
      const entries: ChangeLogEntry[] = await loaders.changesOfEntity.load(customer.id);
      return entries
        .filter((entry) => entry.entity === 'Customer')
        .slice(0, first)
        .map((entry) => ({ ...entry, at: entry.at.toISOString() }));
    },
  },
};
