import { allocateTransactionPrice } from '../../../../../subgraphs/contract/revrec/allocateTransactionPrice';
import {
  modificationFacts,
  type ObligationWithProduct,
} from '../../../../../subgraphs/contract/revrec/modificationFacts';
import { modifyContract, withRevisions } from '../../../../../subgraphs/contract/revrec/modifyContract';
import { contractSchedule, revenueSummary } from '../../../../../subgraphs/contract/revrec/revenueSchedule';
import { revenueWaterfall } from '../../../../../subgraphs/contract/revrec/revenueWaterfall';
import { changeVariableConsideration } from '../../../../../subgraphs/contract/revrec/variableConsiderationChange';

/** The README's worked example, number for number: if this fails, the README is wrong. */

const billings = [
  { date: '2024-01-01', amountMinor: 540000 },
  { date: '2024-07-01', amountMinor: 540000 },
];

function contract(): ObligationWithProduct[] {
  // The 600.00 service-level bonus for the platform is constrained to nothing at inception.
  const { allocations } = allocateTransactionPrice({
    fixedConsiderationMinor: 1080000,
    obligations: [
      { id: 'platform', standaloneSellingPriceMinor: 900000 },
      { id: 'training', standaloneSellingPriceMinor: 300000 },
    ],
    variableConsideration: [{ key: 'bonus', amountMinor: 0, allocateTo: ['platform'] }],
  });
  return [
    {
      id: 'platform',
      productCode: 'PLAT',
      distinctUnits: false,
      pattern: 'RATABLE',
      startDate: '2024-01-01',
      endDate: '2024-12-31',
      standaloneSellingPriceMinor: 900000,
      revisions: [{ effectiveDate: '2024-01-01', allocatedMinor: allocations[0].amountMinor, treatment: 'INITIAL' }],
    },
    {
      id: 'training',
      productCode: 'TRAIN',
      distinctUnits: false,
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

const support = {
  id: 'support',
  productCode: 'SUPP',
  pattern: 'RATABLE' as const,
  startDate: '2024-07-01',
  endDate: '2024-12-31',
  standaloneSellingPriceMinor: 150000,
};

/** The contract after the 1 July modification, classified from the facts alone. */
function modified() {
  const obligations = contract();
  const facts = modificationFacts(obligations, {
    effectiveDate: '2024-07-01',
    considerationChangeMinor: 120000,
    added: [support],
    removedIds: [],
  });
  const result = modifyContract(obligations, {
    effectiveDate: '2024-07-01',
    considerationChangeMinor: 120000,
    addObligations: [support],
    ...facts,
  });
  const after: ObligationWithProduct[] = [
    ...withRevisions(obligations, result.revisions),
    ...result.addedObligations.map((o) => ({ ...o, productCode: 'SUPP', distinctUnits: false })),
  ];
  return { facts, result, after };
}

const billedWithSupport = [...billings, { date: '2024-07-01', amountMinor: 120000 }];

it('README: premium support added on 1 July for 1,200 (SSP 1,500) is prospective from the facts, with the blended allocation', () => {
  const { facts, result, after } = modified();
  expect(facts).toMatchObject({
    addedGoodsDistinct: true,
    priceReflectsStandaloneSellingPrice: false,
    remainingGoodsDistinct: true,
  });
  expect(result.type).toBe('PROSPECTIVE');
  expect(result.transactionPriceAfterMinor).toBe(1200000);
  const revision = (id: string) => result.revisions.find((r) => r.obligationId === id)?.revision;
  expect(revision('platform')).toMatchObject({ allocatedMinor: 798734, carriedMinor: 402786 });
  expect(revision('support')).toMatchObject({ allocatedMinor: 131266 });

  const july = contractSchedule(after, billedWithSupport, '2024-07', '2024-07').totals[0];
  expect(july.recognizedMinor).toBe(88823);
  expect(revenueSummary(after, billedWithSupport, '2024-09-30')).toEqual({
    recognizedToDateMinor: 936393,
    billedToDateMinor: 1200000,
    deferredMinor: 263607,
    unbilledMinor: 0,
    mrrMinor: 88439,
    arrMinor: 1061266,
  });
});

it('README: the 600.00 bonus released on 30 September is caught up on the platform, and the waterfall shows it', () => {
  const { after } = modified();
  const release = changeVariableConsideration(after, {
    effectiveDate: '2024-09-30',
    changeMinor: 60000,
    allocateTo: ['platform'],
  });
  // The platform is on the prospective basis from 1 July: 91 of its 184 remaining days had passed.
  expect(release).toMatchObject({
    revisions: [
      {
        obligationId: 'platform',
        revision: {
          effectiveDate: '2024-09-30',
          allocatedMinor: 858734,
          treatment: 'PROSPECTIVE',
          carriedMinor: 628281,
        },
      },
    ],
    transactionPriceAfterMinor: 1260000,
    recognizedOnEffectiveDateMinor: 29998,
  });
  const final = withRevisions(after, release.revisions);
  const schedule = contractSchedule(final, billedWithSupport, '2024-07', '2024-12');
  expect(schedule.totals.map((r) => r.recognizedMinor)).toEqual([88823, 88824, 115958, 98933, 95742, 98934]);
  expect(schedule.totals[5]).toMatchObject({
    recognizedToDateMinor: 1260000,
    billedToDateMinor: 1200000,
    unbilledMinor: 60000,
  });
  const waterfall = revenueWaterfall(
    schedule.obligations.flatMap((o, k) =>
      o.rows.map((row) => ({
        month: row.month,
        region: 'EU',
        currency: 'EUR',
        customerId: 'cus_000002',
        segment: 'ENTERPRISE',
        productCode: final[k].productCode,
        recognizedMinor: row.recognizedMinor,
      })),
    ),
    ['PRODUCT'],
  );
  expect(waterfall.map((row) => [row.month, row.productCode, row.recognizedMinor])).toEqual([
    ['2024-07', 'PLAT', 66708],
    ['2024-07', 'SUPP', 22115],
    ['2024-08', 'PLAT', 66709],
    ['2024-08', 'SUPP', 22115],
    ['2024-09', 'PLAT', 94555],
    ['2024-09', 'SUPP', 21403],
    ['2024-10', 'PLAT', 76818],
    ['2024-10', 'SUPP', 22115],
    ['2024-11', 'PLAT', 74340],
    ['2024-11', 'SUPP', 21402],
    ['2024-12', 'PLAT', 76818],
    ['2024-12', 'SUPP', 22116],
  ]);
});
