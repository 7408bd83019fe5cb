import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, reference, rowId } from '../../kit/entityProperties';
import { CustomerEntity } from './Customer';

/**
 * A customer's payment card, as a token. The card number (PAN) is never stored, not even
 * encrypted: the token finds the same card again, and brand and last four are what people read.
 */
export const PaymentCardEntity = defineEntity({
  name: 'PaymentCard',
  tableName: 'payment_card',
  properties: (p) => ({
    id: rowId(),
    customerId: reference(CustomerEntity, 'customer_id', 'cascade'),
    /** `tok_` + 32 hex characters, keyed by CUSTOS_CARD_TOKEN_KEY. */
    token: p.string().length(36),
    brand: p.string().length(16),
    lastFour: p.string().length(4),
    expiryMonth: p.integer(),
    expiryYear: p.integer(),
    createdAt: instant(),
  }),
  // The same card once per customer; the index also serves the per-customer lookups.
  uniques: [{ properties: ['customerId', 'token'] }],
});

export type PaymentCard = InferEntity<typeof PaymentCardEntity>;
