import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { currencyCode, instant, reference, rowId } from '../../kit/entityProperties';
import { CustomerEntity } from './Customer';

/**
 * A customer's bank account. The IBAN itself is never stored: `ibanCiphertext` is its envelope
 * encryption (context `BankAccount.iban:<id>`), `ibanIndex` a blind index of it for exact lookup,
 * and `ibanLastFour` the part masked views show (still PCI data, if not a secret on its own).
 */
export const BankAccountEntity = defineEntity({
  name: 'BankAccount',
  tableName: 'bank_account',
  properties: (p) => ({
    id: rowId(),
    customerId: reference(CustomerEntity, 'customer_id', 'cascade'),
    ibanCiphertext: p.text(),
    /** HMAC-SHA256 as hex. Unique: customerByIban is an exact lookup that names one customer. */
    ibanIndex: p.string().length(64).unique(),
    ibanLastFour: p.string().length(4),
    bic: p.string().length(11).nullable(),
    accountHolder: p.string().nullable(),
    currency: currencyCode().nullable(),
    createdAt: instant(),
  }),
  indexes: [{ properties: 'customerId' }],
});

export type BankAccount = InferEntity<typeof BankAccountEntity>;
