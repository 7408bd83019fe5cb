import { EntitySchema } from '@mikro-orm/core';

/**
 * A customer's bank account. The IBAN itself is never stored: `ibanCiphertext` is its envelope
 * encryption (context `BankAccount.iban:<id>`), `ibanIndex` a blind index of it for exact lookup,
 * and `ibanLastFour` the part masked views show (still PCI data, if not a secret on its own).
 */
export interface BankAccount {
  id: string;
  customerId: string;
  ibanCiphertext: string;
  ibanIndex: string;
  ibanLastFour: string;
  bic?: string | null;
  accountHolder?: string | null;
  currency?: string | null;
  createdAt: Date;
}

export const BankAccountEntity = new EntitySchema<BankAccount>({
  name: 'BankAccount',
  tableName: 'bank_account',
  properties: {
    id: { type: 'string', primary: true },
    customerId: { type: 'string' },
    ibanCiphertext: { type: 'text' },
    ibanIndex: { type: 'string' },
    ibanLastFour: { type: 'string' },
    bic: { type: 'string', nullable: true },
    accountHolder: { type: 'string', nullable: true },
    currency: { type: 'string', nullable: true },
    createdAt: { type: 'datetime' },
  },
});
