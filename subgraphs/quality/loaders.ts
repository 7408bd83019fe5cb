import DataLoader from 'dataloader';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { groupBy } from '../../lib/groupBy';
import { oneToManyLoader } from '../kit/loaders';
import { governedCustomers } from '../kit/customerDirectory';
import type { QualityShared } from './shared';
import { PaymentAnomalyEntity } from './entities/PaymentAnomalyRecord';
import { QualityResultEntity, type QualityResult } from './entities/QualityResult';
import { QualityRunEntity } from './entities/QualityRun';
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
    resultsOfCustomer: resultsOfCompletedRuns(em),
    anomaliesOfCustomer: oneToManyLoader(em, PaymentAnomalyEntity, 'customerId', { detectedAt: 'desc', id: 'asc' }),
  };
}

/**
 * A customer's results, newest first, of completed runs only: a run stores its customers' results
 * page by page as it goes, and they count once the run row says COMPLETED.
 */
function resultsOfCompletedRuns(em: SqlEntityManager): DataLoader<string, QualityResult[]> {
  return new DataLoader(
    async (customerIds) => {
      const results = await em.find(
        QualityResultEntity,
        { customerId: { $in: [...customerIds] } },
        { orderBy: { checkedAt: 'desc', id: 'asc' } },
      );
      const runIds = [...new Set(results.map((result) => result.runId))];
      const completed = await em.find(
        QualityRunEntity,
        { id: { $in: runIds }, status: 'COMPLETED' },
        { fields: ['id'] },
      );
      const counted = new Set(completed.map((run) => run.id));
      const byCustomer = groupBy(
        results.filter((result) => counted.has(result.runId)),
        (result) => result.customerId,
      );
      return customerIds.map((id) => byCustomer.get(id) ?? []);
    },
    { maxBatchSize: 5000 },
  );
}

export type QualityLoaders = ReturnType<typeof createQualityLoaders>;
