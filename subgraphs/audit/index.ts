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
import { Migration014AccessReviews } from './migrations/Migration014AccessReviews';
import { overdueAccessReviews } from './accessReviews/overdueReviews';
import { RoleAssignmentEntity } from './entities/RoleAssignment';
import { AccessReviewEntity } from './entities/AccessReview';
import { AccessReviewDecisionEntity } from './entities/AccessReviewDecision';
import { Migration015Registers } from './migrations/Migration015Registers';
import { Migration016Incidents } from './migrations/Migration016Incidents';
import { SecurityIncidentEntity } from './entities/SecurityIncident';
import { SecurityIncidentEntryEntity } from './entities/SecurityIncidentEntry';
import { IncidentDesk } from './incidents/incidentDesk';
import { IncidentNotifier } from './incidents/incidentNotifier';
import { ComplianceAlertEntity } from './entities/ComplianceAlert';
import { DpiaEntity } from './entities/Dpia';
import { ProcessingAgreementEntity } from './entities/ProcessingAgreement';
import { seedRegisters } from './registers/demoDpia';
import { Migration010LegalHolds } from './migrations/Migration010LegalHolds';
import { LegalHoldEntity } from './entities/LegalHold';
import { RetentionPurgeRunEntity } from './entities/RetentionPurgeRun';
import { Migration011ChangeLogChain } from './migrations/Migration011ChangeLogChain';
import { ChangeLogCheckpointEntity } from './entities/ChangeLogCheckpoint';
import { ChangeLogTombstoneEntity } from './entities/ChangeLogTombstone';
import { ChangeLogWriter } from './changes/changeLogWriter';
import { Migration012Stewardship } from './migrations/Migration012Stewardship';
import { Migration013Disputes } from './migrations/Migration013Disputes';
import { StewardshipAssignmentEntity } from './entities/StewardshipAssignment';
import { DisputeEntity } from './entities/Dispute';
import { DisputeEventEntity } from './entities/DisputeEvent';
import { recordStartingAssignment } from './stewardship/stewardshipLedger';
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
 * The audit subgraph: the change log of customer master data, the tamper-evident audit trail, and
 * the stewardship and compliance records. Its demo data is one approved DPIA (so the demo's support
 * purpose is honoured); the demo history arrives through the customer subgraph's change outbox, as
 * every change does, and the trail starts empty.
 */
export const auditSubgraph: SubgraphDefinition<Resolvers, AuditLoaders, AuditShared> = {
  name: 'audit',
  // The first entity says whether the database was seeded (subgraphs/kit/seed.ts): the demo register's DPIA.
  entities: [
    DpiaEntity,
    ChangeLogEntryEntity,
    AuditEventRowEntity,
    AuditEventRecordEntity,
    AuditCheckpointRowEntity,
    ScheduledJobEntity,
    JobRunEntity,
    ExceptionItemEntity,
    WebhookSubscriptionEntity,
    RoleAssignmentEntity,
    AccessReviewEntity,
    AccessReviewDecisionEntity,
    StewardshipAssignmentEntity,
    DisputeEntity,
    DisputeEventEntity,
    ProcessingAgreementEntity,
    ComplianceAlertEntity,
    LegalHoldEntity,
    RetentionPurgeRunEntity,
    ChangeLogCheckpointEntity,
    ChangeLogTombstoneEntity,
    SecurityIncidentEntity,
    SecurityIncidentEntryEntity,
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
    { name: 'Migration010LegalHolds', class: Migration010LegalHolds },
    { name: 'Migration011ChangeLogChain', class: Migration011ChangeLogChain },
    { name: 'Migration012Stewardship', class: Migration012Stewardship },
    { name: 'Migration013Disputes', class: Migration013Disputes },
    { name: 'Migration014AccessReviews', class: Migration014AccessReviews },
    { name: 'Migration015Registers', class: Migration015Registers },
    { name: 'Migration016Incidents', class: Migration016Incidents },
  ],
  resolvers: auditResolvers,
  // The demo's approved DPIA for the support purpose (registers/demoDpia.ts); nothing else of the audit is seeded.
  seed: seedRegisters,
  // The reviewed starting RACI (policies/dataDomains.ts), for every subject without an entry: first start, demo or not.
  prepare: async (database) => {
    await recordStartingAssignment(database.fork());
  },
  // Overdue access reviews, for an alert (accessReviews/overdueReviews.ts).
  metrics: (services) => [overdueAccessReviews(services)],
  createLoaders: createAuditLoaders,
  createShared: (services) => {
    const { database, config, log } = services;
    const notifier = new IncidentNotifier(
      config.incidents,
      config.changeEvents.signingKey,
      database,
      services.background,
      log,
    );
    notifier.start();
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
      changeLog: new ChangeLogWriter(database, loadCheckpointSigner(config)),
      peers: createServiceClient(services, 'audit'),
      incidents: new IncidentDesk(database, notifier, services.background, log),
      close: () => {
        notifier.stop();
        return auditLog.close();
      },
    };
  },
};
