import type { SqlEntityManager } from '@mikro-orm/knex';
import { groupBy } from '../../../lib/groupBy';
import { withMinor } from '../../kit/plainRows';
import { moneyPerCurrency, type MinorMoney } from '../../../lib/money';
import { ContractEntity } from '../entities/Contract';
import { InvoiceEntity } from '../entities/Invoice';
import { PaymentEntity } from '../entities/Payment';
import { PurchaseOrderRuleEntity, type PurchaseOrderRule } from '../entities/PurchaseOrderRule';
import { WriteOffEntity } from '../entities/WriteOff';
import { readByKeys } from '../../kit/readByKeys';
import { openBalanceMinor } from '../writeOffs/openBalance';
import { purchaseOrderProblem } from './purchaseOrders';

/**
 * What the quality service checks of each customer's billing: receivables and contract value per
 * currency, purchase-order hygiene, and the invoice and payment history its payment profile is
 * built from. A quality run reads this for every customer, millions of invoices and payments, so
 * the rows are read as plain rows (no entities built) and the facts computed from them here.
 */

interface ContractRow {
  customerId: string;
  status: string;
  currency: string;
  totalValueMinor: number;
}

interface InvoiceRow {
  id: string;
  contractId: string;
  customerId: string;
  issueDate: string;
  dueDate: string;
  amountMinor: number;
  currency: string;
  purchaseOrderNumber: string | null;
}

interface PaymentRow {
  id: string;
  invoiceId: string;
  receivedOn: string;
  amountMinor: number;
  currency: string;
}

interface WriteOffRow {
  invoiceId: string;
  amountMinor: number;
  status: string;
}

export interface BillingRows {
  contracts: ContractRow[];
  invoices: InvoiceRow[];
  payments: PaymentRow[];
  writeOffs: WriteOffRow[];
  rules: PurchaseOrderRule[];
}

export interface BillingFacts {
  customerId: string;
  arBalance: MinorMoney[];
  contractValue: MinorMoney[];
  purchaseOrderRequired: boolean;
  invoicesNeedingPurchaseOrder: number;
  invoicesMissingPurchaseOrder: string[];
  invoices: {
    invoiceId: string;
    contractId: string;
    issueDate: string;
    dueDate: string;
    amount: MinorMoney;
    payments: { paymentId: string; receivedOn: string; amount: MinorMoney }[];
  }[];
}

/** The billing rows of these customers, in the order the facts list them. */
export async function readBillingRows(em: SqlEntityManager, customerIds: readonly string[]): Promise<BillingRows> {
  const ids = [...customerIds];
  const [contracts, invoiceRecords, rules] = await Promise.all([
    em
      .createQueryBuilder(ContractEntity)
      .select(['customerId', 'status', 'currency', 'totalValueMinor'])
      .where({ customerId: { $in: ids } })
      .orderBy({ customerId: 'asc', startDate: 'desc', id: 'asc' })
      .execute('all'),
    em
      .createQueryBuilder(InvoiceEntity)
      .select([
        'id',
        'contractId',
        'customerId',
        'issueDate',
        'dueDate',
        'amountMinor',
        'currency',
        'purchaseOrderNumber',
      ])
      .where({ customerId: { $in: ids } })
      .orderBy({ customerId: 'asc', issueDate: 'asc', id: 'asc' })
      .execute('all'),
    em.find(PurchaseOrderRuleEntity, { customerId: { $in: ids } }),
  ]);
  const invoices = (invoiceRecords as unknown as InvoiceRow[]).map(withMinor);
  const invoiceIds = invoices.map((invoice) => invoice.id);
  const [payments, writeOffs] = await Promise.all([
    readByKeys(invoiceIds, (some) =>
      em
        .createQueryBuilder(PaymentEntity)
        .select(['id', 'invoiceId', 'receivedOn', 'amountMinor', 'currency'])
        .where({ invoiceId: { $in: some } })
        .orderBy({ invoiceId: 'asc', receivedOn: 'asc', id: 'asc' })
        .execute('all'),
    ),
    readByKeys(invoiceIds, (some) =>
      em
        .createQueryBuilder(WriteOffEntity)
        .select(['invoiceId', 'amountMinor', 'status'])
        .where({ invoiceId: { $in: some } })
        .execute('all'),
    ),
  ]);
  return {
    contracts: (contracts as unknown as ContractRow[]).map((c) => ({
      ...c,
      totalValueMinor: Number(c.totalValueMinor),
    })),
    invoices,
    payments: (payments as unknown as PaymentRow[]).map(withMinor),
    writeOffs: (writeOffs as unknown as WriteOffRow[]).map(withMinor),
    rules,
  };
}

function addTo(totals: Map<string, number>, currency: string, minor: number): void {
  totals.set(currency, (totals.get(currency) ?? 0) + minor);
}

/** Each customer's facts, in the order asked. */
export function billingFacts(customerIds: readonly string[], rows: BillingRows): BillingFacts[] {
  const contractsOf = groupBy(rows.contracts, (contract) => contract.customerId);
  const invoicesOf = groupBy(rows.invoices, (invoice) => invoice.customerId);
  const paymentsOf = groupBy(rows.payments, (payment) => payment.invoiceId);
  const writeOffsOf = groupBy(rows.writeOffs, (writeOff) => writeOff.invoiceId);
  const ruleOf = new Map(rows.rules.map((rule) => [rule.customerId, rule]));
  return customerIds.map((customerId) => {
    const invoices = invoicesOf.get(customerId) ?? [];
    const rule = ruleOf.get(customerId);
    const ar = new Map<string, number>();
    const value = new Map<string, number>();
    for (const invoice of invoices)
      addTo(
        ar,
        invoice.currency,
        openBalanceMinor(invoice.amountMinor, paymentsOf.get(invoice.id) ?? [], writeOffsOf.get(invoice.id) ?? []),
      );
    for (const contract of contractsOf.get(customerId) ?? [])
      if (contract.status !== 'DRAFT') addTo(value, contract.currency, contract.totalValueMinor);
    // A rule governs the invoices raised since it was set.
    const since = rule?.required ? rule.updatedAt.toISOString().slice(0, 10) : null;
    const governed = since === null ? [] : invoices.filter((invoice) => invoice.issueDate >= since);
    return {
      customerId,
      arBalance: moneyPerCurrency(ar),
      contractValue: moneyPerCurrency(value),
      purchaseOrderRequired: rule?.required ?? false,
      invoicesNeedingPurchaseOrder: governed.length,
      invoicesMissingPurchaseOrder: governed
        .filter((invoice) => purchaseOrderProblem(rule, invoice.purchaseOrderNumber))
        .map((invoice) => invoice.id),
      invoices: invoices.map((invoice) => ({
        invoiceId: invoice.id,
        contractId: invoice.contractId,
        issueDate: invoice.issueDate,
        dueDate: invoice.dueDate,
        amount: { minor: invoice.amountMinor, currency: invoice.currency },
        payments: (paymentsOf.get(invoice.id) ?? []).map((payment) => ({
          paymentId: payment.id,
          receivedOn: payment.receivedOn,
          amount: { minor: payment.amountMinor, currency: payment.currency },
        })),
      })),
    };
  });
}
