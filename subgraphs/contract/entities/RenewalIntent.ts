import { EntitySchema } from '@mikro-orm/core';
import type { RenewalSignal } from '../revrec/forecastDeferredRevenue';

/** A CRM signal of whether a contract will renew; every signal is kept, the latest observed counts. */
export interface RenewalIntentRecord {
  id: string;
  contractId: string;
  customerId: string;
  signal: RenewalSignal;
  probability: number;
  source: string;
  observedAt: Date;
  recordedBy: string;
}

export const RenewalIntentEntity = new EntitySchema<RenewalIntentRecord>({
  name: 'RenewalIntent',
  tableName: 'renewal_intent',
  properties: {
    id: { type: 'string', primary: true },
    contractId: { type: 'string' },
    customerId: { type: 'string' },
    signal: { type: 'string' },
    probability: { type: 'double' },
    source: { type: 'string' },
    observedAt: { type: 'datetime' },
    recordedBy: { type: 'string' },
  },
});
