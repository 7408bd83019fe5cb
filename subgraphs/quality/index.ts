import { mergeResolvers } from '../kit/mergeResolvers';
import { moneyResolvers } from '../kit/moneyResolvers';
import { createServiceClient } from '../kit/serviceClient';
import { createCustomerDirectory } from '../kit/customerDirectory';
import type { SubgraphDefinition } from '../kit/subgraph';
import type { QualityShared } from './shared';
import { driftResolvers } from './drift/resolvers';
import { CorrectionCaseEntity } from './entities/CorrectionCase';
import { ExtractBalanceEntity } from './entities/ExtractBalance';
import { KpiObservationEntity } from './entities/KpiObservation';
import { PaymentAnomalyEntity } from './entities/PaymentAnomalyRecord';
import { QualityAlertEntity } from './entities/QualityAlert';
import { QualityResultEntity } from './entities/QualityResult';
import { QualityRunEntity } from './entities/QualityRun';
import { ReconciliationReportEntity } from './entities/ReconciliationReport';
import { SamplingAuditEntity } from './entities/SamplingAuditRecord';
import { SystemExtractEntity } from './entities/SystemExtract';
import { extractResolvers } from './extracts/resolvers';
import { kpiResolvers } from './kpis/resolvers';
import { createQualityLoaders, type QualityLoaders } from './loaders';
import { Migration001QualityResults } from './migrations/Migration001QualityResults';
import { Migration002QualityChecks } from './migrations/Migration002QualityChecks';
import { Migration003PaymentProfiles } from './migrations/Migration003PaymentProfiles';
import { Migration004SchemaMatchesEntities } from './migrations/Migration004SchemaMatchesEntities';
import { qualityResolvers } from './resolvers';
import { samplingResolvers } from './sampling/resolvers';
import { createQualityRunner } from './runs/runQualityChecks';
import { syntheticResolvers } from './synthetic';
import { seedQuality } from './seed';
import type { Resolvers } from './generated/resolvers';

/** The quality subgraph: rules, scores, KPIs, anomalies, extracts, alerts, reconciliation, drift and sampling audits. */
export const qualitySubgraph: SubgraphDefinition<Resolvers, QualityLoaders, QualityShared> = {
  name: 'quality',
  entities: [
    QualityRunEntity,
    QualityResultEntity,
    KpiObservationEntity,
    PaymentAnomalyEntity,
    SystemExtractEntity,
    ExtractBalanceEntity,
    QualityAlertEntity,
    CorrectionCaseEntity,
    ReconciliationReportEntity,
    SamplingAuditEntity,
  ],
  migrations: [
    { name: 'Migration001QualityResults', class: Migration001QualityResults },
    { name: 'Migration002QualityChecks', class: Migration002QualityChecks },
    { name: 'Migration003PaymentProfiles', class: Migration003PaymentProfiles },
    { name: 'Migration004SchemaMatchesEntities', class: Migration004SchemaMatchesEntities },
  ],
  resolvers: mergeResolvers<Resolvers>(
    moneyResolvers,
    qualityResolvers,
    kpiResolvers,
    extractResolvers,
    driftResolvers,
    samplingResolvers,
    syntheticResolvers,
  ),
  createLoaders: createQualityLoaders,
  seed: seedQuality,
  createShared: (services) => {
    const peers = createServiceClient(services, 'quality');
    const runner = createQualityRunner(
      () => services.database.fork(),
      peers,
      services.log,
      services.background,
      services.config.quality.runPageSize,
    );
    return { peers, customers: createCustomerDirectory(peers), runner, close: () => runner.close() };
  },
};
