import type { SqlEntityManager } from '@mikro-orm/knex';
import { oneToManyLoader } from '../kit/loaders';
import { PaymentAnomalyEntity } from './entities/PaymentAnomalyRecord';
import { QualityResultEntity } from './entities/QualityResult';

export function createQualityLoaders(em: SqlEntityManager) {
  return {
    resultsOfCustomer: oneToManyLoader(em, QualityResultEntity, 'customerId', { checkedAt: 'desc', id: 'asc' }),
    anomaliesOfCustomer: oneToManyLoader(em, PaymentAnomalyEntity, 'customerId', { detectedAt: 'desc', id: 'asc' }),
  };
}

export type QualityLoaders = ReturnType<typeof createQualityLoaders>;
