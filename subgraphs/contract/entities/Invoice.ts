import { defineEntity, type InferEntity } from '@mikro-orm/core';
import {
  currencyCode,
  customerId,
  minorAmount,
  reference,
  regionCodeOrUnknown,
  rowId,
  status,
  unkeyedReference,
} from '../../kit/entityProperties';
import type { InvoiceStatus, TaxExemptionProblem, TaxTreatment } from '../generated/enums';
import { ContractEntity } from './Contract';

/** An invoice raised under a contract; its open balance is what accounts receivable is made of. */
export const InvoiceEntity = defineEntity({
  name: 'Invoice',
  tableName: 'invoice',
  properties: (p) => ({
    id: rowId(80),
    contractId: reference(ContractEntity, 'contract_id', 'cascade'),
    customerId: customerId(),
    number: p.string().length(64).unique(),
    issueDate: p.date(),
    dueDate: p.date(),
    amountMinor: minorAmount(),
    currency: currencyCode(),
    region: regionCodeOrUnknown(),
    status: status<InvoiceStatus>(),
    /** The billing schedule date this invoice bills, when it was raised from one. Unique: a date is invoiced once, even when two requests race for it. */
    billingEntryId: unkeyedReference(80).nullable().unique(),
    /** The amount at list price, before the pricing tier's discount. */
    listAmountMinor: minorAmount().nullable(),
    pricingTier: p.string().length(16).nullable(),
    purchaseOrderNumber: p.string().length(64).nullable(),
    /** The idempotency key the request that raised it carried: the same request again gets this invoice back. */
    idempotencyKey: p.string().length(128).nullable().unique(),
    taxTreatment: p.string().length(16).$type<TaxTreatment>().default('TAXABLE'),
    /** Where it is taxed (ISO 3166), from the customer's billing address when it was raised. */
    taxJurisdiction: p.string().length(6).nullable(),
    /** The tax exemption certificate it was decided on (kept without a key: history outlives it). */
    taxExemptionId: unkeyedReference().nullable(),
    /** Why a certificate fitting it did not hold, when it was issued taxable for review. */
    taxReview: p.string().length(16).$type<TaxExemptionProblem>().nullable(),
  }),
  indexes: [{ properties: 'contractId' }, { properties: 'customerId' }],
});

export type Invoice = InferEntity<typeof InvoiceEntity>;
