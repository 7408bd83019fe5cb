import { billingFacts, type BillingRows } from '../../../../../subgraphs/contract/billing/billingFacts';
import type { PurchaseOrderRule } from '../../../../../subgraphs/contract/entities/PurchaseOrderRule';

const invoice = (id: string, customerId: string, issueDate: string, amountMinor: number, po: string | null = null) => ({
  id,
  contractId: `ctr_${customerId}`,
  customerId,
  issueDate,
  dueDate: issueDate.replace(/-\d\d$/, '-28'),
  amountMinor,
  currency: 'EUR',
  purchaseOrderNumber: po,
});

const rule = (customerId: string, updatedAt: string): PurchaseOrderRule => ({
  customerId,
  region: 'EU',
  required: true,
  pattern: 'PO-\\d{4}',
  updatedBy: 'steward@example.com',
  updatedAt: new Date(updatedAt),
});

const rows: BillingRows = {
  contracts: [
    { customerId: 'cus_1', status: 'ACTIVE', currency: 'EUR', totalValueMinor: 120_000 },
    { customerId: 'cus_1', status: 'DRAFT', currency: 'EUR', totalValueMinor: 999_999 },
    { customerId: 'cus_1', status: 'ACTIVE', currency: 'CHF', totalValueMinor: 5_000 },
  ],
  invoices: [
    invoice('inv_1', 'cus_1', '2026-01-15', 10_000, 'PO-0001'),
    invoice('inv_2', 'cus_1', '2026-03-15', 20_000, null),
    invoice('inv_3', 'cus_1', '2026-04-15', 30_000, 'PO-12'),
    invoice('inv_4', 'cus_2', '2026-02-01', 7_000),
  ],
  payments: [
    { id: 'pay_1', invoiceId: 'inv_1', receivedOn: '2026-02-01', amountMinor: 10_000, currency: 'EUR' },
    { id: 'pay_2', invoiceId: 'inv_2', receivedOn: '2026-04-01', amountMinor: 5_000, currency: 'EUR' },
  ],
  writeOffs: [
    { invoiceId: 'inv_2', amountMinor: 1_000, status: 'APPROVED' },
    { invoiceId: 'inv_2', amountMinor: 4_000, status: 'REQUESTED' },
  ],
  rules: [rule('cus_1', '2026-03-01T08:00:00Z')],
};

describe('billing facts', () => {
  const [first, second, unknown] = billingFacts(['cus_1', 'cus_2', 'cus_3'], rows);

  it('owe what is open after payments and approved write-offs, per currency', () => {
    // 10,000 paid; 20,000 - 5,000 paid - 1,000 written off (the requested 4,000 not yet); 30,000 open.
    expect(first.arBalance).toEqual([{ currency: 'EUR', minor: 14_000 + 30_000 }]);
    expect(second.arBalance).toEqual([{ currency: 'EUR', minor: 7_000 }]);
  });

  it('count signed contracts only, per currency in order', () => {
    expect(first.contractValue).toEqual([
      { currency: 'CHF', minor: 5_000 },
      { currency: 'EUR', minor: 120_000 },
    ]);
  });

  it('hold invoices raised since the purchase-order rule to it, naming those that break it', () => {
    expect(first.purchaseOrderRequired).toBe(true);
    expect(first.invoicesNeedingPurchaseOrder).toBe(2);
    expect(first.invoicesMissingPurchaseOrder).toEqual(['inv_2', 'inv_3']);
    expect(second).toMatchObject({ purchaseOrderRequired: false, invoicesNeedingPurchaseOrder: 0 });
  });

  it('give each invoice with its own payments, in the order read', () => {
    expect(first.invoices.map((i) => [i.invoiceId, i.payments.map((p) => p.paymentId)])).toEqual([
      ['inv_1', ['pay_1']],
      ['inv_2', ['pay_2']],
      ['inv_3', []],
    ]);
    expect(first.invoices[1]).toMatchObject({ amount: { minor: 20_000, currency: 'EUR' }, dueDate: '2026-03-28' });
  });

  it('answer for a customer without billing, in the order asked', () => {
    expect(unknown).toEqual({
      customerId: 'cus_3',
      arBalance: [],
      contractValue: [],
      purchaseOrderRequired: false,
      invoicesNeedingPurchaseOrder: 0,
      invoicesMissingPurchaseOrder: [],
      invoices: [],
    });
  });
});
