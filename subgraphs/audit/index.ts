import type { SubgraphDefinition } from '../kit/subgraph';
import { ChangeLogEntryEntity } from './entities/ChangeLogEntry';
import { createAuditLoaders, type AuditLoaders } from './loaders';
import { Migration001ChangeLog } from './migrations/Migration001ChangeLog';
import { auditResolvers } from './resolvers';
import { seedChangeLog } from './seed';

/** The audit subgraph: the change log of customer master data. */
export const auditSubgraph: SubgraphDefinition<AuditLoaders> = {
  name: 'audit',
  entities: [ChangeLogEntryEntity],
  migrations: [{ name: 'Migration001ChangeLog', class: Migration001ChangeLog }],
  resolvers: auditResolvers,
  createLoaders: createAuditLoaders,
  seed: seedChangeLog,
};
