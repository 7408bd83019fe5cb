import type { SqlEntityManager } from '@mikro-orm/knex';
import { groupBy } from '../../../lib/groupBy';
import { withMinor } from '../../kit/plainRows';
import { ContractEntity } from '../entities/Contract';
import { InvoiceEntity } from '../entities/Invoice';
import { PaymentEntity } from '../entities/Payment';
import { WriteOffEntity } from '../entities/WriteOff';
import { readByKeys } from '../../kit/readByKeys';
import { openBalanceMinor } from '../writeOffs/openBalance';

/**
 * Invoices as rows, for bulk reads (GET /export/invoices reads them through `Customer.invoiceRows`):
 * a page of customers' invoices read as plain rows, no entity built, with each open balance
 * computed by the same `openBalanceMinor` as `Invoice.balance`. An export of a million invoices
 * reads these and nothing else.
 */

export interface InvoiceRowFilter {
  /** Issue dates from and to, inclusive; null for no bound. */
  issuedFrom: string | null;
  issuedTo: string | null;
  status: string | null;
}

export interface InvoiceRow {
  id: string;
  number: string;
  contractId: string;
  customerId: string;
  issueDate: string;
  dueDate: string;
  status: string;
  purchaseOrderNumber: string | null;
  currency: string;
  /** The invoice's own jurisdiction, which decides what the caller sees of its amounts. */
  region: string;
  amountMinor: number;
  balanceMinor: number;
  /** Where the invoice's contract stands in the customer's contracts: newest start first, then by id. */
  contractStartDate: string;
}

type StoredInvoice = Omit<InvoiceRow, 'balanceMinor'>;

export interface InvoiceRowsRead {
  invoices: StoredInvoice[];
  payments: { invoiceId: string; amountMinor: number }[];
  writeOffs: { invoiceId: string; amountMinor: number; status: string }[];
}

/** Every invoice names its contract (a foreign key), so a contract missing here is a broken invariant. */
function startOfContract(startOf: ReadonlyMap<string, string>, contractId: string): string {
  const start = startOf.get(contractId);
  if (start === undefined) throw new Error(`no contract ${contractId}, though an invoice names it`);
  return start;
}

/** The invoices of these customers that pass the filter, with their payments and write-offs. */
export async function readInvoiceRows(
  em: SqlEntityManager,
  customerIds: readonly string[],
  filter: InvoiceRowFilter,
): Promise<InvoiceRowsRead> {
  const where = {
    customerId: { $in: [...customerIds] },
    ...(filter.issuedFrom || filter.issuedTo
      ? {
          issueDate: {
            ...(filter.issuedFrom ? { $gte: filter.issuedFrom } : {}),
            ...(filter.issuedTo ? { $lte: filter.issuedTo } : {}),
          },
        }
      : {}),
    ...(filter.status ? { status: filter.status } : {}),
  };
  const invoices = (
    (await em
      .createQueryBuilder(InvoiceEntity)
      .select([
        'id',
        'number',
        'contractId',
        'customerId',
        'issueDate',
        'dueDate',
        'status',
        'purchaseOrderNumber',
        'currency',
        'region',
        'amountMinor',
      ])
      .where(where)
      .execute('all')) as unknown as Omit<StoredInvoice, 'contractStartDate'>[]
  ).map(withMinor);
  const invoiceIds = invoices.map((invoice) => invoice.id);
  const [contracts, payments, writeOffs] = await Promise.all([
    readByKeys([...new Set(invoices.map((invoice) => invoice.contractId))], (some) =>
      em
        .createQueryBuilder(ContractEntity)
        .select(['id', 'startDate'])
        .where({ id: { $in: some } })
        .execute('all'),
    ),
    readByKeys(invoiceIds, (some) =>
      em
        .createQueryBuilder(PaymentEntity)
        .select(['invoiceId', 'amountMinor'])
        .where({ invoiceId: { $in: some } })
        .execute('all'),
    ),
    readByKeys(invoiceIds, (some) =>
      em
        .createQueryBuilder(WriteOffEntity)
        .select(['invoiceId', 'amountMinor', 'status'])
        .where({ invoiceId: { $in: some }, status: 'APPROVED' })
        .execute('all'),
    ),
  ]);
  const startOf = new Map(
    (contracts as unknown as { id: string; startDate: string }[]).map((contract) => [contract.id, contract.startDate]),
  );
  return {
    invoices: invoices.map((invoice) => ({
      ...invoice,
      contractStartDate: startOfContract(startOf, invoice.contractId),
    })),
    payments: (payments as unknown as InvoiceRowsRead['payments']).map(withMinor),
    writeOffs: (writeOffs as unknown as InvoiceRowsRead['writeOffs']).map(withMinor),
  };
}

/** Contracts newest start first then by id, as `Customer.contracts` lists them; each contract's invoices by issue date then id, as `Contract.invoices` does. */
export function byContractOrder(a: InvoiceRow, b: InvoiceRow): number {
  return (
    b.contractStartDate.localeCompare(a.contractStartDate) ||
    a.contractId.localeCompare(b.contractId) ||
    a.issueDate.localeCompare(b.issueDate) ||
    a.id.localeCompare(b.id)
  );
}

/** Each customer's invoice rows with their open balances, in contract order. */
export function invoiceRows(read: InvoiceRowsRead): Map<string, InvoiceRow[]> {
  const paymentsOf = groupBy(read.payments, (payment) => payment.invoiceId);
  const writeOffsOf = groupBy(read.writeOffs, (writeOff) => writeOff.invoiceId);
  const rows = read.invoices.map((invoice): InvoiceRow => ({
    ...invoice,
    balanceMinor: openBalanceMinor(
      invoice.amountMinor,
      paymentsOf.get(invoice.id) ?? [],
      writeOffsOf.get(invoice.id) ?? [],
    ),
  }));
  const byCustomer = groupBy(rows, (row) => row.customerId);
  for (const list of byCustomer.values()) list.sort(byContractOrder);
  return byCustomer;
}
