import type { SubgraphDefinition } from '../kit/subgraph';
import { AuditLog } from './auditLog';
import { AuditCheckpointRowEntity } from './entities/AuditCheckpointRow';
import { AuditEventRowEntity } from './entities/AuditEventRow';
import { AuditEventRecordEntity } from './entities/AuditEventRecord';
import { ChangeLogEntryEntity } from './entities/ChangeLogEntry';
import { createAuditLoaders, type AuditLoaders } from './loaders';
import { Migration001ChangeLog } from './migrations/Migration001ChangeLog';
import { Migration002AuditTrail } from './migrations/Migration002AuditTrail';
import { Migration003GovernedCopies } from './migrations/Migration003GovernedCopies';
import { Migration004EventOrigins } from './migrations/Migration004EventOrigins';
import { Migration005SchemaMatchesEntities } from './migrations/Migration005SchemaMatchesEntities';
import { Migration006AuditSearchIndexes } from './migrations/Migration006AuditSearchIndexes';
import { Migration007ScheduledJobs } from './migrations/Migration007ScheduledJobs';
import { Migration008ExceptionQueue } from './migrations/Migration008ExceptionQueue';
import { Migration009ChangeFeed } from './migrations/Migration009ChangeFeed';
import { ExceptionItemEntity } from './entities/ExceptionItem';
import { JobRunEntity } from './entities/JobRun';
import { ScheduledJobEntity } from './entities/ScheduledJob';
import { WebhookSubscriptionEntity } from './entities/WebhookSubscription';
import { auditResolvers } from './resolvers';
import type { Resolvers } from './generated/resolvers';
import type { AuditShared } from './shared';
import { loadCheckpointSigner, loadVerifyingKeys } from './signingKeys';
import { loadOriginKeys, loadOriginSigner } from '../../lib/crypto/originKeys';
import { createCustomerDirectory } from '../kit/customerDirectory';
import { createServiceClient } from '../kit/serviceClient';

/**
 * The audit subgraph: the change log of customer master data, and the tamper-evident audit trail.
 * It has no demo data of its own: the demo history arrives through the customer subgraph's change
 * outbox, as every change does, and the trail starts empty.
 */
export const auditSubgraph: SubgraphDefinition<Resolvers, AuditLoaders, AuditShared> = {
  name: 'audit',
  entities: [
    ChangeLogEntryEntity,
    AuditEventRowEntity,
    AuditEventRecordEntity,
    AuditCheckpointRowEntity,
    ScheduledJobEntity,
    JobRunEntity,
    ExceptionItemEntity,
    WebhookSubscriptionEntity,
  ],
  migrations: [
    { name: 'Migration001ChangeLog', class: Migration001ChangeLog },
    { name: 'Migration002AuditTrail', class: Migration002AuditTrail },
    { name: 'Migration003GovernedCopies', class: Migration003GovernedCopies },
    { name: 'Migration004EventOrigins', class: Migration004EventOrigins },
    { name: 'Migration005SchemaMatchesEntities', class: Migration005SchemaMatchesEntities },
    { name: 'Migration006AuditSearchIndexes', class: Migration006AuditSearchIndexes },
    { name: 'Migration007ScheduledJobs', class: Migration007ScheduledJobs },
    { name: 'Migration008ExceptionQueue', class: Migration008ExceptionQueue },
    { name: 'Migration009ChangeFeed', class: Migration009ChangeFeed },
  ],
  resolvers: auditResolvers,
  createLoaders: createAuditLoaders,
  createShared: (services) => {
    const { database, config, log } = services;
    const auditLog = new AuditLog({
      database,
      signer: loadCheckpointSigner(config),
      checkpointEvery: config.audit.checkpointEvery,
      checkpointIntervalMs: config.audit.checkpointIntervalMs,
      log,
    });
    return {
      log: auditLog,
      publicKeys: loadVerifyingKeys(config),
      originKeys: loadOriginKeys(config),
      signer: loadOriginSigner(config, 'audit'),
      customers: createCustomerDirectory(createServiceClient(services, 'audit')),
      close: () => auditLog.close(),
    };
  },
};
