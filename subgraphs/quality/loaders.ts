import type { SqlEntityManager } from '@mikro-orm/knex';
import { oneToManyLoader } from '../kit/loaders';
import { governedCustomers } from '../kit/customerDirectory';
import type { QualityShared } from './shared';
import { PaymentAnomalyEntity } from './entities/PaymentAnomalyRecord';
import { QualityResultEntity } from './entities/QualityResult';
import { ReconciliationReportEntity, type ReconciliationReport } from './entities/ReconciliationReport';

export function createQualityLoaders(em: SqlEntityManager, shared: QualityShared) {
  let latestReconciliation: Promise<ReconciliationReport | null> | undefined;
  return {
    customers: governedCustomers(shared.customers),
    /** Read once per request, however many customers on the page ask for their gaps. */
    latestReconciliation: () =>
      (latestReconciliation ??= em
        .find(ReconciliationReportEntity, {}, { orderBy: { date: 'desc' }, limit: 1 })
        .then((reports) => reports[0] ?? null)),
    resultsOfCustomer: oneToManyLoader(em, QualityResultEntity, 'customerId', { checkedAt: 'desc', id: 'asc' }),
    anomaliesOfCustomer: oneToManyLoader(em, PaymentAnomalyEntity, 'customerId', { detectedAt: 'desc', id: 'asc' }),
  };
}

export type QualityLoaders = ReturnType<typeof createQualityLoaders>;
