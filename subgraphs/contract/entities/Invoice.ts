import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { reference } from '../../kit/entityProperties';
import { ContractEntity } from './Contract';

/** An invoice raised under a contract; its open balance is what accounts receivable is made of. */
export const InvoiceEntity = defineEntity({
  name: 'Invoice',
  tableName: 'invoice',
  properties: (p) => ({
    id: p.string().length(80).primary(),
    contractId: reference(ContractEntity, 'contract_id', 'cascade'),
    customerId: p.string().length(40),
    number: p.string().length(64).unique(),
    issueDate: p.date(),
    dueDate: p.date(),
    amountMinor: p.bigint('number'),
    currency: p.string().length(3),
    /** The customer's jurisdiction (lib/regions.ts); UNKNOWN counts as nobody's region. */
    region: p.string().length(8).default('UNKNOWN'),
    status: p.string().length(16),
    /** The billing schedule date this invoice bills, when it was raised from one. Unique: a date is invoiced once, even when two requests race for it. */
    billingEntryId: p.string().length(80).nullable().unique(),
    /** The amount at list price, before the pricing tier's discount. */
    listAmountMinor: p.bigint('number').nullable(),
    pricingTier: p.string().length(16).nullable(),
    purchaseOrderNumber: p.string().length(64).nullable(),
  }),
  indexes: [{ properties: 'contractId' }, { properties: 'customerId' }],
});

export type Invoice = InferEntity<typeof InvoiceEntity>;
