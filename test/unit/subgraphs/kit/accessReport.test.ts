import { RequestAccess } from '../../../../gateway/audit/requestAccess';
import { AccessReport, recordsOf } from '../../../../subgraphs/kit/accessReport';

const credit = { coordinate: 'Customer.creditLimit', classification: 'CREDIT', decision: 'ALLOW' as const };
const tax = { coordinate: 'TaxId.value', classification: 'TAX', decision: 'MASK' as const, strategy: 'HASH' };

describe("a subgraph's access report", () => {
  it('names each record once, with what was shown and withheld of it', () => {
    const report = new AccessReport();
    const customer = { id: 'cus_1', region: 'EU' };
    report.read('Customer', customer, credit);
    report.read('Customer', customer, tax);
    report.withheld('Customer', customer, { coordinate: 'Customer.duns', classification: 'TAX', decision: 'DENY' });
    report.read(
      'Invoice',
      { id: 'inv_1', customerId: 'cus_1' },
      { coordinate: 'Invoice.amount', classification: 'FINANCIAL', decision: 'ALLOW' },
    );
    expect(report.toJSON().records).toEqual([
      {
        type: 'Customer',
        id: 'cus_1',
        customerId: 'cus_1',
        count: 1,
        read: ['CREDIT:ALLOW', 'TAX:MASK'],
        withheld: ['TAX'],
        changed: [],
      },
      {
        type: 'Invoice',
        id: 'inv_1',
        customerId: 'cus_1',
        count: 1,
        read: ['FINANCIAL:ALLOW'],
        withheld: [],
        changed: [],
      },
    ]);
    expect(report.toJSON().decisions).toHaveLength(4);
  });

  it('counts objects without an id of their own once each, under their customer', () => {
    const report = new AccessReport();
    const months = [{ customerId: 'cus_1' }, { customerId: 'cus_1' }, { customerId: 'cus_1' }];
    for (const month of months) {
      report.read('RevenuePeriod', month, credit);
      report.read('RevenuePeriod', month, tax);
    }
    expect(report.toJSON().records).toEqual([
      expect.objectContaining({ type: 'RevenuePeriod', customerId: 'cus_1', count: 3 }),
    ]);
  });

  it('names every customer an aggregate discloses', () => {
    expect(recordsOf('SystemTotals', { customerIds: ['cus_1', 'cus_2'] })).toEqual([
      { type: 'SystemTotals', customerId: 'cus_1' },
      { type: 'SystemTotals', customerId: 'cus_2' },
    ]);
    expect(recordsOf('SystemTotals', { customerIds: [] })).toEqual([]);
  });

  it('is empty until something classified is touched, and says which parts it withheld', () => {
    const report = new AccessReport();
    expect(report.isEmpty()).toBe(true);
    report.lookedUp('BankAccount.iban', 'REFUSED');
    expect(report.isEmpty()).toBe(false);
    report.withheldParts(
      ['customer', 'sourceRecords', 0, 'payload'],
      'Not authorised to read taxId of SourceRecord.payload',
    );
    expect(report.denialErrors()).toEqual([
      {
        message: 'Not authorised to read taxId of SourceRecord.payload',
        path: ['customer', 'sourceRecords', 0, 'payload'],
        extensions: { code: 'FORBIDDEN' },
      },
    ]);
  });
});

describe("the gateway's view of a request", () => {
  const report = (records: object[], omitted = 0) => ({ records, omitted, decisions: [], lookups: [] });
  /** A customer a subgraph showed values of (`read`) or withheld them from. */
  const customer = (id: string, read: string[], withheld: string[] = []) => ({
    type: 'Customer',
    id,
    customerId: id,
    count: 1,
    read,
    withheld,
    changed: [],
  });

  it('merges what several subgraphs report of the same record', () => {
    const access = new RequestAccess();
    access.add(report([customer('cus_1', ['TAX:ALLOW'])]));
    access.add(report([customer('cus_1', ['FINANCIAL:ALLOW'])]));
    access.add(
      report([
        { type: 'RevenuePeriod', customerId: 'cus_1', count: 12, read: ['FINANCIAL:ALLOW'], withheld: [], changed: [] },
      ]),
    );
    access.add(report([customer('cus_2', [], ['CREDIT'])]));
    const summary = access.summary(10);
    expect(summary.touched[0]).toMatchObject({ id: 'cus_1', count: 1, read: ['TAX:ALLOW', 'FINANCIAL:ALLOW'] });
    // Only records whose values were shown count towards bulk-export alerts.
    expect(summary.records).toEqual({ Customer: 1, RevenuePeriod: 12 });
  });

  it('names at most the bound, and counts the rest', () => {
    const access = new RequestAccess();
    access.add(
      report(
        Array.from({ length: 5 }, (_, i) => customer(`cus_${i}`, ['CREDIT:ALLOW'])),
        7,
      ),
    );
    const summary = access.summary(3);
    expect(summary.touched).toHaveLength(3);
    expect(summary.touchedOmitted).toBe(9);
    expect(summary.records).toEqual({ Customer: 5 });
  });

  it('ignores what is not a report', () => {
    const access = new RequestAccess();
    for (const junk of [undefined, null, 'x', { records: 'no' }, []]) access.add(junk);
    expect(access.isEmpty()).toBe(true);
  });
});
