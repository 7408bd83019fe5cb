import { allocateTransactionPrice } from '../../../../../subgraphs/contract/revrec/allocateTransactionPrice';
import { modifyContract, type ExistingObligation } from '../../../../../subgraphs/contract/revrec/modifyContract';
import { contractSchedule, revenueSummary } from '../../../../../subgraphs/contract/revrec/revenueSchedule';
import type { ObligationTerms } from '../../../../../subgraphs/contract/revrec/types';

/** The README's worked example, number for number: if this fails, the README is wrong. */

const billings = [
  { date: '2024-01-01', amountMinor: 540000 },
  { date: '2024-07-01', amountMinor: 540000 },
];

function contract(): ExistingObligation[] {
  const { allocations } = allocateTransactionPrice({
    fixedConsiderationMinor: 1080000,
    obligations: [
      { id: 'platform', standaloneSellingPriceMinor: 900000 },
      { id: 'training', standaloneSellingPriceMinor: 300000 },
    ],
  });
  return [
    {
      id: 'platform',
      pattern: 'RATABLE',
      startDate: '2024-01-01',
      endDate: '2024-12-31',
      standaloneSellingPriceMinor: 900000,
      revisions: [{ effectiveDate: '2024-01-01', allocatedMinor: allocations[0].amountMinor, treatment: 'INITIAL' }],
    },
    {
      id: 'training',
      pattern: 'POINT_IN_TIME',
      transferDate: '2024-03-15',
      standaloneSellingPriceMinor: 300000,
      revisions: [{ effectiveDate: '2024-01-01', allocatedMinor: allocations[1].amountMinor, treatment: 'INITIAL' }],
    },
  ];
}

it('README: platform 9,000 + training 3,000 sold for 10,800 -> 8,100 / 2,700, recognised and deferred month by month', () => {
  const obligations = contract();
  expect(obligations.map((o) => o.revisions[0].allocatedMinor)).toEqual([810000, 270000]);
  const rows = contractSchedule(obligations, billings, '2024-01', '2024-12').totals;
  const table = rows.map((r) => [
    r.month,
    r.recognizedMinor,
    r.recognizedToDateMinor,
    r.billedToDateMinor,
    r.deferredMinor,
    r.unbilledMinor,
  ]);
  expect(table.slice(0, 7)).toEqual([
    ['2024-01', 68606, 68606, 540000, 471394, 0],
    ['2024-02', 64180, 132786, 540000, 407214, 0],
    ['2024-03', 338607, 471393, 540000, 68607, 0],
    ['2024-04', 66393, 537786, 540000, 2214, 0],
    ['2024-05', 68607, 606393, 540000, 0, 66393],
    ['2024-06', 66393, 672786, 540000, 0, 132786],
    ['2024-07', 68607, 741393, 1080000, 338607, 0],
  ]);
  expect(table[11]).toEqual(['2024-12', 68607, 1080000, 1080000, 0, 0]);
});

it('README: premium support added on 1 July for 1,200 (SSP 1,500) is prospective, with the blended allocation', () => {
  const obligations = contract();
  const result = modifyContract(obligations, {
    effectiveDate: '2024-07-01',
    considerationChangeMinor: 120000,
    addObligations: [
      {
        id: 'support',
        pattern: 'RATABLE',
        startDate: '2024-07-01',
        endDate: '2024-12-31',
        standaloneSellingPriceMinor: 150000,
      },
    ],
    addedGoodsDistinct: true,
    priceReflectsStandaloneSellingPrice: false,
    remainingGoodsDistinct: true,
  });
  expect(result.type).toBe('PROSPECTIVE');
  expect(result.transactionPriceAfterMinor).toBe(1200000);
  const revision = (id: string) => result.revisions.find((r) => r.obligationId === id)?.revision;
  expect(revision('platform')).toMatchObject({ allocatedMinor: 798734, carriedMinor: 402786 });
  expect(revision('support')).toMatchObject({ allocatedMinor: 131266 });

  const after: ObligationTerms[] = [
    { ...obligations[0], revisions: [...obligations[0].revisions, revision('platform')!] },
    { ...obligations[1], revisions: [...obligations[1].revisions, revision('training')!] },
    ...result.addedObligations,
  ];
  const billed = [...billings, { date: '2024-07-01', amountMinor: 120000 }];
  const july = contractSchedule(after, billed, '2024-07', '2024-07').totals[0];
  expect(july.recognizedMinor).toBe(88823);
  expect(revenueSummary(after, billed, '2024-09-30')).toEqual({
    recognizedToDateMinor: 936393,
    billedToDateMinor: 1200000,
    deferredMinor: 263607,
    unbilledMinor: 0,
    mrrMinor: 88439,
    arrMinor: 1061266,
  });
});
