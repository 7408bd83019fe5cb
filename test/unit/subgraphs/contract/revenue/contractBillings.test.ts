import { billingsOf } from '../../../../../subgraphs/contract/revenue/contractTerms';
import type { BillingEntry } from '../../../../../subgraphs/contract/entities/BillingEntry';
import type { Invoice } from '../../../../../subgraphs/contract/entities/Invoice';

const entry = (id: string, billDate: string, amountMinor: number): BillingEntry => ({
  id,
  contractId: 'c',
  billDate,
  amountMinor,
});
const invoice = (id: string, issueDate: string, amountMinor: number, billingEntryId: string | null, status = 'OPEN') =>
  ({
    id,
    contractId: 'c',
    customerId: 'cus',
    number: id,
    issueDate,
    dueDate: issueDate,
    amountMinor,
    currency: 'EUR',
    region: 'EU',
    status,
    billingEntryId,
  }) as Invoice;

describe('what a contract billed and will bill', () => {
  const entries = [
    entry('b1', '2026-01-01', 1000),
    entry('b2', '2026-04-01', 1000),
    entry('b3', '2026-07-01', 1000),
    entry('b4', '2026-10-01', 1000),
  ];

  it('counts invoices as raised (at their tier price) and only future schedule dates not yet invoiced', () => {
    // b1 invoiced at a discount, b2 never invoiced though due: not billed; b3 invoiced early; b4 still to come.
    const billed = billingsOf(
      [invoice('i1', '2026-01-01', 900, 'b1'), invoice('i3', '2026-06-20', 1000, 'b3')],
      entries,
      '2026-06-30',
    );
    expect(billed).toEqual([
      { date: '2026-01-01', amountMinor: 900 },
      { date: '2026-06-20', amountMinor: 1000 },
      { date: '2026-10-01', amountMinor: 1000 },
    ]);
  });

  it('leaves void invoices out', () => {
    expect(billingsOf([invoice('i1', '2026-01-01', 1000, 'b1', 'VOID')], [entries[0]], '2026-12-31')).toEqual([]);
  });
});
