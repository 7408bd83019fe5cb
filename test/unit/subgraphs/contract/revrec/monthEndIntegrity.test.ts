import {
  type ContractInPeriod,
  type LedgerLine,
  monthEndIntegrity,
} from '../../../../../subgraphs/contract/revrec/monthEndIntegrity';

const period = '2026-03';

function line(
  id: string,
  contractId: string | null,
  obligationId: string | null,
  amountMinor: number,
  overrides: Partial<LedgerLine> = {},
): LedgerLine {
  return { id, period, account: '4000-revenue', contractId, obligationId, amountMinor, currency: 'EUR', ...overrides };
}

const contracts: ContractInPeriod[] = [
  { contractId: 'c-1', currency: 'EUR', obligationIds: ['c-1/licence', 'c-1/support'], scheduledMinor: 150_00 },
  { contractId: 'c-2', currency: 'EUR', obligationIds: ['c-2/saas'], scheduledMinor: 99_99 },
  { contractId: 'c-3', currency: 'USD', obligationIds: ['c-3/saas'], scheduledMinor: 12_00 },
  // Nothing scheduled and nothing posted: no defect.
  { contractId: 'c-4', currency: 'EUR', obligationIds: ['c-4/saas'], scheduledMinor: 0 },
];

const cleanLines: LedgerLine[] = [
  line('l-1', 'c-1', 'c-1/licence', 100_00),
  line('l-2', 'c-1', 'c-1/support', 50_00),
  line('l-3', 'c-2', 'c-2/saas', 99_99),
  line('l-4', 'c-3', 'c-3/saas', 12_00, { currency: 'USD' }),
];

describe('month-end integrity between contracts and the ledger', () => {
  it('a clean period reports nothing', () => {
    expect(monthEndIntegrity(period, contracts, cleanLines)).toEqual({
      period,
      contractsWithoutLedgerLines: [],
      linesWithMissingContract: [],
      linesWithMissingObligation: [],
      amountMismatches: [],
      clean: true,
    });
  });

  it('finds every planted defect exactly once, in a deterministic order', () => {
    const withDefects: ContractInPeriod[] = [
      ...contracts,
      // 2 contracts with scheduled revenue and no line.
      { contractId: 'c-9', currency: 'EUR', obligationIds: ['c-9/saas'], scheduledMinor: 10_00 },
      { contractId: 'c-8', currency: 'GBP', obligationIds: ['c-8/saas'], scheduledMinor: -5_00 },
      // 2 amount mismatches (one posted with nothing scheduled), 1 currency mismatch.
      { contractId: 'c-5', currency: 'EUR', obligationIds: ['c-5/saas'], scheduledMinor: 40_00 },
      { contractId: 'c-6', currency: 'EUR', obligationIds: ['c-6/saas'], scheduledMinor: 0 },
      { contractId: 'c-7', currency: 'EUR', obligationIds: ['c-7/saas'], scheduledMinor: 30_00 },
    ];
    const lines: LedgerLine[] = [
      ...cleanLines,
      // 3 lines without a known contract.
      line('l-30', 'c-unknown', 'c-unknown/saas', 7_00),
      line('l-20', null, null, 3_00),
      line('l-10', 'c-unknown', null, 1_00),
      // 2 lines with a known contract but a missing or foreign obligation; their amounts match the schedule.
      line('l-41', 'c-2', null, 0),
      line('l-40', 'c-1', 'c-2/saas', 0),
      line('l-50', 'c-5', 'c-5/saas', 39_99),
      line('l-60', 'c-6', 'c-6/saas', 2_00),
      line('l-70', 'c-7', 'c-7/saas', 20_00),
      line('l-71', 'c-7', 'c-7/saas', 10_00, { currency: 'USD' }),
    ];

    const report = monthEndIntegrity(period, withDefects, lines);

    expect(report.clean).toBe(false);
    expect(report.contractsWithoutLedgerLines).toEqual([
      { contractId: 'c-8', scheduledMinor: -5_00, currency: 'GBP' },
      { contractId: 'c-9', scheduledMinor: 10_00, currency: 'EUR' },
    ]);
    expect(report.linesWithMissingContract).toEqual([
      { lineId: 'l-20', contractId: null },
      { lineId: 'l-10', contractId: 'c-unknown' },
      { lineId: 'l-30', contractId: 'c-unknown' },
    ]);
    expect(report.linesWithMissingObligation).toEqual([
      { lineId: 'l-40', contractId: 'c-1', obligationId: 'c-2/saas' },
      { lineId: 'l-41', contractId: 'c-2', obligationId: null },
    ]);
    expect(report.amountMismatches).toEqual([
      {
        contractId: 'c-5',
        currency: 'EUR',
        scheduledMinor: 40_00,
        postedMinor: 39_99,
        differenceMinor: -1,
        reason: 'AMOUNT',
      },
      {
        contractId: 'c-6',
        currency: 'EUR',
        scheduledMinor: 0,
        postedMinor: 2_00,
        differenceMinor: 2_00,
        reason: 'AMOUNT',
      },
      // The USD line is left out of the EUR total.
      {
        contractId: 'c-7',
        currency: 'EUR',
        scheduledMinor: 30_00,
        postedMinor: 20_00,
        differenceMinor: -10_00,
        reason: 'CURRENCY',
      },
    ]);
  });

  it('reports a line in another currency even when the lines in the contract currency add up', () => {
    const lines = [...cleanLines, line('l-5', 'c-2', 'c-2/saas', 0, { currency: 'USD' })];
    expect(monthEndIntegrity(period, contracts, lines).amountMismatches).toEqual([
      {
        contractId: 'c-2',
        currency: 'EUR',
        scheduledMinor: 99_99,
        postedMinor: 99_99,
        differenceMinor: 0,
        reason: 'CURRENCY',
      },
    ]);
  });

  it('ignores lines of other periods', () => {
    const lines = [
      ...cleanLines,
      line('l-feb', 'c-unknown', null, 5_00, { period: '2026-02' }),
      line('l-apr', 'c-1', 'c-1/licence', 5_00, { period: '2026-04' }),
    ];
    expect(monthEndIntegrity(period, contracts, lines).clean).toBe(true);
    // A contract whose only line is in another period has no line in this one.
    const onlyElsewhere = monthEndIntegrity(period, contracts, [
      ...cleanLines.filter((l) => l.contractId !== 'c-2'),
      line('l-3', 'c-2', 'c-2/saas', 99_99, { period: '2026-04' }),
    ]);
    expect(onlyElsewhere.contractsWithoutLedgerLines).toEqual([
      { contractId: 'c-2', scheduledMinor: 99_99, currency: 'EUR' },
    ]);
    expect(onlyElsewhere.amountMismatches).toEqual([]);
  });

  it('a line pointing at a missing contract is not also a mismatch, and does not count for the contract it was meant for', () => {
    const misposted = cleanLines.map((l) => (l.id === 'l-3' ? { ...l, contractId: 'c-2-typo' } : l));
    const report = monthEndIntegrity(period, contracts, misposted);
    expect(report.linesWithMissingContract).toEqual([{ lineId: 'l-3', contractId: 'c-2-typo' }]);
    expect(report.linesWithMissingObligation).toEqual([]);
    expect(report.amountMismatches).toEqual([]);
    expect(report.contractsWithoutLedgerLines).toEqual([{ contractId: 'c-2', scheduledMinor: 99_99, currency: 'EUR' }]);
  });

  it('with no contracts every line of the period is missing its contract', () => {
    const report = monthEndIntegrity(period, [], cleanLines);
    expect(report.linesWithMissingContract.map((l) => l.lineId)).toEqual(['l-1', 'l-2', 'l-3', 'l-4']);
    expect(report.amountMismatches).toEqual([]);
  });
});
