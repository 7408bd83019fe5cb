import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { customerId, instant, reference, rowId } from '../../kit/entityProperties';
import type { RenewalSignal } from '../generated/enums';
import { ContractEntity } from './Contract';

/** A CRM signal of whether a contract will renew; every signal is kept, the latest observed counts. */
export const RenewalIntentEntity = defineEntity({
  name: 'RenewalIntent',
  tableName: 'renewal_intent',
  properties: (p) => ({
    id: rowId(),
    contractId: reference(ContractEntity, 'contract_id', 'cascade'),
    customerId: customerId(),
    signal: p.string().length(16).$type<RenewalSignal>(),
    probability: p.double().$type<number>(),
    source: p.string().length(32),
    observedAt: instant(),
    recordedBy: p.string(),
  }),
  indexes: [{ properties: 'contractId' }],
});

export type RenewalIntentRecord = InferEntity<typeof RenewalIntentEntity>;
