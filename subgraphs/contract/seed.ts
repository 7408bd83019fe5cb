import type { SqlEntityManager } from '@mikro-orm/knex';
import type { DemoBook } from '../../lib/demo/book';
import { bulkInsert } from '../kit/bulkInsert';
import { demoRevenue } from './demoRevenue';
import { BillingEntryEntity } from './entities/BillingEntry';
import { ContractEntity } from './entities/Contract';
import { ContractLineEntity } from './entities/ContractLine';
import { InvoiceEntity } from './entities/Invoice';
import { LedgerLineEntity } from './entities/LedgerLine';
import { ObligationRevisionEntity } from './entities/ObligationRevision';
import { PaymentEntity } from './entities/Payment';
import { PerformanceObligationEntity } from './entities/PerformanceObligation';
import { ProgressRecordEntity } from './entities/ProgressRecord';
import { PurchaseOrderRuleEntity } from './entities/PurchaseOrderRule';
import {
  DEMO_PO_PATTERN,
  DEMO_PO_RULES_SET_AT,
  demoPurchaseOrders,
  type PurchaseOrderNumbering,
} from '../../lib/demo/purchaseOrders';
import type { DemoSeeder } from '../kit/seed';

/** Chunk by chunk; only the purchase-order numbering runs on across chunks. */
export const seedContracts: DemoSeeder = () => {
  const numbering: PurchaseOrderNumbering = { counted: 0 };
  return { chunk: (em, book) => seedContractChunk(em, book, numbering) };
};

async function seedContractChunk(
  em: SqlEntityManager,
  book: DemoBook,
  numbering: PurchaseOrderNumbering,
): Promise<void> {
  const asOf = book.asOf.slice(0, 10);
  const regionOf = new Map(book.customers.map((customer) => [customer.id, customer.region]));
  const contracts = book.contracts.map((contract) => ({
    ...contract,
    region: regionOf.get(contract.customerId) ?? 'UNKNOWN',
  }));
  const revenue = contracts.map((contract) => demoRevenue(contract, asOf));
  const purchaseOrders = demoPurchaseOrders(book, numbering);
  await bulkInsert(
    em,
    ContractEntity,
    contracts.map(({ lines: _lines, invoices: _invoices, ...contract }) => ({
      ...contract,
      pricingTier: 'LIST',
      fixedConsiderationMinor: contract.totalValueMinor,
      allocationMethod: 'RELATIVE_SSP',
      discountMinor: 0,
    })),
  );
  await bulkInsert(
    em,
    ContractLineEntity,
    contracts.flatMap((c) => c.lines.map((line) => ({ ...line, quantity: String(line.quantity), contractId: c.id }))),
  );
  await bulkInsert(
    em,
    PerformanceObligationEntity,
    revenue.flatMap((r) => r.obligations),
  );
  await bulkInsert(
    em,
    ObligationRevisionEntity,
    revenue.flatMap((r) => r.revisions),
  );
  await bulkInsert(
    em,
    ProgressRecordEntity,
    revenue.flatMap((r) => r.progress),
  );
  await bulkInsert(
    em,
    BillingEntryEntity,
    revenue.flatMap((r) => r.billingEntries),
  );
  const invoices = contracts.flatMap((c, i) =>
    c.invoices.map((invoice) => ({ contract: c, invoice, entryId: revenue[i].invoiceEntries.get(invoice.id) })),
  );
  await bulkInsert(
    em,
    InvoiceEntity,
    invoices.map(({ contract, invoice: { payments: _payments, ...invoice }, entryId }) => ({
      ...invoice,
      contractId: contract.id,
      customerId: contract.customerId,
      currency: contract.currency,
      region: contract.region,
      billingEntryId: entryId ?? null,
      listAmountMinor: invoice.amountMinor,
      pricingTier: 'LIST',
      purchaseOrderNumber: purchaseOrders.numbers.get(invoice.id) ?? null,
    })),
  );
  await bulkInsert(
    em,
    PurchaseOrderRuleEntity,
    [...purchaseOrders.required].map((customerId) => ({
      customerId,
      region: regionOf.get(customerId) ?? 'UNKNOWN',
      required: true,
      pattern: DEMO_PO_PATTERN,
      updatedBy: 'demo',
      updatedAt: new Date(DEMO_PO_RULES_SET_AT),
    })),
  );
  await bulkInsert(
    em,
    PaymentEntity,
    invoices.flatMap(({ contract, invoice }) =>
      invoice.payments.map((p) => ({
        ...p,
        invoiceId: invoice.id,
        currency: contract.currency,
        region: contract.region,
      })),
    ),
  );
  await bulkInsert(
    em,
    LedgerLineEntity,
    revenue.flatMap((r) => r.ledgerLines),
  );
}
