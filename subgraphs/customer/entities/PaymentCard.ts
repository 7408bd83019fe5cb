import { EntitySchema } from '@mikro-orm/core';

/**
 * A customer's payment card, as a token. The card number (PAN) is never stored, not even
 * encrypted: the token finds the same card again, and brand and last four are what people read.
 */
export interface PaymentCard {
  id: string;
  customerId: string;
  /** `tok_` + 32 hex characters, keyed by CUSTOS_CARD_TOKEN_KEY. */
  token: string;
  brand: string;
  lastFour: string;
  expiryMonth: number;
  expiryYear: number;
  createdAt: Date;
}

export const PaymentCardEntity = new EntitySchema<PaymentCard>({
  name: 'PaymentCard',
  tableName: 'payment_card',
  properties: {
    id: { type: 'string', primary: true },
    customerId: { type: 'string' },
    token: { type: 'string' },
    brand: { type: 'string' },
    lastFour: { type: 'string' },
    expiryMonth: { type: 'integer' },
    expiryYear: { type: 'integer' },
    createdAt: { type: 'datetime' },
  },
});
