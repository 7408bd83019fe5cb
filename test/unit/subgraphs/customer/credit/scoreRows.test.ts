import type { RawScoreRecord } from '../../../../../subgraphs/customer/credit/scoreSource';
import { assignCustomers, checkScoreRecords } from '../../../../../subgraphs/customer/credit/scoreRows';

const record = (line: number, fields: Partial<RawScoreRecord>): RawScoreRecord => ({
  line,
  customerId: 'cus_000001',
  sourceSystem: '',
  sourceId: '',
  score: '50',
  asOf: '2026-12-01',
  vendorReference: 'R-1',
  ...fields,
});

describe('checking credit score rows', () => {
  it('takes scores 1 and 100, dates up to today, and a source record (RISK unless named)', () => {
    const { rows, problems } = checkScoreRecords(
      [
        record(2, { score: '1' }),
        record(3, { score: '100', asOf: '2026-12-05' }),
        record(4, { customerId: '', sourceId: 'RSK-9' }),
        record(5, { customerId: '', sourceSystem: 'crm', sourceId: 'C-1' }),
      ],
      '2026-12-05',
    );
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.line, row.score, row.ref])).toEqual([
      [2, 1, { customerId: 'cus_000001' }],
      [3, 100, { customerId: 'cus_000001' }],
      [4, 50, { sourceSystem: 'RISK', sourceId: 'RSK-9' }],
      [5, 50, { sourceSystem: 'CRM', sourceId: 'C-1' }],
    ]);
  });

  it('gives every broken rule of every line a reason that quotes no value', () => {
    const { rows, problems } = checkScoreRecords(
      [
        record(2, { score: '0' }),
        record(3, { score: '101' }),
        record(4, { score: '87.5' }),
        record(5, { score: 'AAA', asOf: '01/12/2026', vendorReference: '' }),
        record(6, { asOf: '2026-12-06' }),
        record(7, { customerId: '', sourceId: '' }),
        record(8, { sourceId: 'RSK-1' }),
        record(9, { customerId: '', sourceSystem: 'BUREAU', sourceId: 'B-1' }),
        record(10, { vendorReference: 'x'.repeat(101) }),
      ],
      '2026-12-05',
    );
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      { line: 2, reason: 'score must be a whole number from 1 to 100' },
      { line: 3, reason: 'score must be a whole number from 1 to 100' },
      { line: 4, reason: 'score must be a whole number from 1 to 100' },
      { line: 5, reason: 'score must be a whole number from 1 to 100' },
      { line: 5, reason: 'asOf must be a date like 2026-12-01' },
      { line: 5, reason: 'vendorReference is missing' },
      { line: 6, reason: 'asOf is later than today' },
      { line: 7, reason: 'names no customer: customerId or sourceId is needed' },
      { line: 8, reason: 'names its customer twice: customerId or sourceId, not both' },
      { line: 9, reason: 'sourceSystem must be one of CRM, ERP, BILLING, COLLECTIONS, RISK' },
      { line: 10, reason: 'vendorReference is longer than 100 characters' },
    ]);
    for (const value of ['101', '87.5', 'AAA', '01/12/2026', 'BUREAU'])
      expect(JSON.stringify(problems)).not.toContain(value);
  });

  it('gives rows their customers, refusing unknown ones and a customer scored twice', () => {
    const { rows } = checkScoreRecords(
      [
        record(2, {}),
        record(3, { customerId: 'cus_000404' }),
        record(4, { customerId: '', sourceId: 'RSK-1' }),
        record(5, { customerId: 'cus_000002' }),
      ],
      '2026-12-05',
    );
    const onFile: Record<string, string> = {
      cus_000001: 'cus_000001',
      'RSK-1': 'cus_000001',
      cus_000002: 'cus_000002',
    };
    const assigned = assignCustomers(rows, (ref) => onFile['customerId' in ref ? ref.customerId : ref.sourceId]);
    expect(assigned.rows.map((row) => [row.line, row.customerId])).toEqual([
      [2, 'cus_000001'],
      [5, 'cus_000002'],
    ]);
    expect(assigned.problems).toEqual([
      { line: 3, reason: 'no customer cus_000404 is on file' },
      { line: 4, reason: 'scores the same customer as line 2' },
    ]);
  });
});
