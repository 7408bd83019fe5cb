import { invoiceRows, type InvoiceRowsRead } from '../../../../../subgraphs/contract/billing/invoiceRows';

const invoice = (id: string, customerId: string, contractId: string, contractStartDate: string, issueDate: string) => ({
  id,
  number: `N-${id}`,
  contractId,
  customerId,
  issueDate,
  dueDate: issueDate,
  status: 'OPEN',
  purchaseOrderNumber: null,
  currency: 'EUR',
  region: 'EU',
  amountMinor: 10_000,
  contractStartDate,
});

const read: InvoiceRowsRead = {
  invoices: [
    invoice('inv_b2', 'cus_1', 'ctr_b', '2025-01-01', '2025-03-01'),
    invoice('inv_a1', 'cus_1', 'ctr_a', '2026-01-01', '2026-02-01'),
    invoice('inv_b1', 'cus_1', 'ctr_b', '2025-01-01', '2025-02-01'),
    invoice('inv_c1', 'cus_1', 'ctr_c', '2025-01-01', '2025-01-15'),
    invoice('inv_x1', 'cus_2', 'ctr_x', '2024-06-01', '2024-07-01'),
  ],
  payments: [
    { invoiceId: 'inv_a1', amountMinor: 2_500 },
    { invoiceId: 'inv_a1', amountMinor: 500 },
    { invoiceId: 'inv_x1', amountMinor: 10_000 },
  ],
  // Only approved write-offs are read; the balance subtracts what it is given.
  writeOffs: [{ invoiceId: 'inv_b1', amountMinor: 1_000, status: 'APPROVED' }],
};

it('lists each customer’s invoices as Customer.contracts and Contract.invoices would: newest contract first, then by issue date', () => {
  const rows = invoiceRows(read);
  expect(rows.get('cus_1')?.map((row) => row.id)).toEqual(['inv_a1', 'inv_b1', 'inv_b2', 'inv_c1']);
  expect(rows.get('cus_2')?.map((row) => row.id)).toEqual(['inv_x1']);
  expect(rows.has('cus_3')).toBe(false);
});

it('gives each invoice its open balance: the amount less payments and approved write-offs', () => {
  const balances = Object.fromEntries([...invoiceRows(read).values()].flat().map((row) => [row.id, row.balanceMinor]));
  expect(balances).toEqual({ inv_a1: 7_000, inv_b1: 9_000, inv_b2: 10_000, inv_c1: 10_000, inv_x1: 0 });
});

it('reads nothing into an empty page', () => {
  expect(invoiceRows({ invoices: [], payments: [], writeOffs: [] }).size).toBe(0);
});
