import {
  ModificationError,
  classifyModification,
  modifyContract,
  type ExistingObligation,
  type ModificationInput,
  type ModificationResult,
} from '../../../../../subgraphs/contract/revrec/modifyContract';
import { contractSchedule, recognizedThrough } from '../../../../../subgraphs/contract/revrec/revenueSchedule';
import type { ObligationTerms, ProgressMeasurement } from '../../../../../subgraphs/contract/revrec/types';

/** The contract after the modification: the revisions and measurements appended, the added obligations included. */
function applied(obligations: readonly ExistingObligation[], result: ModificationResult): ObligationTerms[] {
  const existing = obligations.map((o) => ({
    ...o,
    revisions: [...o.revisions, ...result.revisions.filter((r) => r.obligationId === o.id).map((r) => r.revision)],
    progress: [
      ...(o.progress ?? []),
      ...result.progress.filter((p) => p.obligationId === o.id).map((p) => p.measurement),
    ],
  }));
  return [...existing, ...result.addedObligations];
}

function measured(obligation: ObligationTerms, ...progress: ProgressMeasurement[]): ObligationTerms {
  return { ...obligation, progress: [...(obligation.progress ?? []), ...progress] };
}

const flags = { addedGoodsDistinct: true, priceReflectsStandaloneSellingPrice: true, remainingGoodsDistinct: true };

describe('ASC 606-10-55-111 to 55-116, Example 5: modification of a contract for goods', () => {
  // 120 products for $12,000 ($100 each), control of each transfers on delivery: one INPUT_METHOD
  // obligation measured in products delivered; 60 delivered by the day before the modification.
  const products: ExistingObligation = {
    id: 'products',
    pattern: 'INPUT_METHOD',
    progress: [{ asOf: '2026-03-31', completedUnits: 60, totalUnits: 120 }],
    revisions: [{ effectiveDate: '2026-01-01', allocatedMinor: 1_200_000, treatment: 'INITIAL' }],
    standaloneSellingPriceMinor: 1_200_000,
  };
  const thirtyMore = { id: 'more-products', pattern: 'INPUT_METHOD' as const, standaloneSellingPriceMinor: 30 * 9_500 };

  it('Case A (55-114): 30 more products for $2,850, their SSP of $95 each -> a separate contract of exactly 285,000 cents', () => {
    const result = modifyContract([products], {
      effectiveDate: '2026-04-01',
      considerationChangeMinor: 285_000,
      addObligations: [thirtyMore],
      ...flags,
    });
    expect(result).toMatchObject({
      type: 'SEPARATE_CONTRACT',
      revisions: [
        {
          obligationId: 'more-products',
          revision: { effectiveDate: '2026-04-01', allocatedMinor: 285_000, treatment: 'SEPARATE_CONTRACT' },
        },
      ],
      transactionPriceBeforeMinor: 1_200_000,
      transactionPriceAfterMinor: 1_485_000,
      recognizedOnEffectiveDateMinor: 0,
      remainingBeforeMinor: 600_000,
      remainingAfterMinor: 885_000,
    });
    expect(result.addedObligations).toEqual([
      {
        ...thirtyMore,
        revisions: [{ effectiveDate: '2026-04-01', allocatedMinor: 285_000, treatment: 'SEPARATE_CONTRACT' }],
      },
    ]);
    const [original, added] = applied([products], result);
    expect(original.revisions).toEqual(products.revisions); // the original contract keeps its 1,200,000
    expect(
      recognizedThrough(measured(original, { asOf: '2026-05-31', completedUnits: 120, totalUnits: 120 }), '2026-05-31'),
    ).toBe(1_200_000);
    expect(
      recognizedThrough(measured(added, { asOf: '2026-05-31', completedUnits: 30, totalUnits: 30 }), '2026-05-31'),
    ).toBe(285_000);
  });

  describe('Case B (55-115, 55-116): $1,500 = 30 × $80 less a $900 credit for defects in the 60 products delivered', () => {
    const caseB: ModificationInput = {
      effectiveDate: '2026-04-01',
      considerationChangeMinor: 150_000,
      priceConcessionMinor: 90_000,
      addObligations: [thirtyMore],
      addedGoodsDistinct: true,
      priceReflectsStandaloneSellingPrice: false,
      remainingGoodsDistinct: true,
      // The 60 products left weigh 60 × $95 against the added 30 × $95.
      remainingStandaloneSellingPriceMinor: { products: 60 * 9_500 },
    };

    it('is prospective: the $900 credit reduces revenue on the modification date, the 90 products left share $8,400 ($93.33 each)', () => {
      const result = modifyContract([products], caseB);
      expect(result).toMatchObject({
        type: 'PROSPECTIVE',
        revisions: [
          {
            obligationId: 'products',
            revision: {
              effectiveDate: '2026-04-01',
              treatment: 'PROSPECTIVE',
              carriedMinor: 510_000,
              allocatedMinor: 510_000 + 560_000,
            },
          },
          {
            obligationId: 'more-products',
            revision: {
              effectiveDate: '2026-04-01',
              treatment: 'PROSPECTIVE',
              carriedMinor: 0,
              allocatedMinor: 280_000,
            },
          },
        ],
        transactionPriceBeforeMinor: 1_200_000,
        transactionPriceAfterMinor: 1_350_000,
        recognizedOnEffectiveDateMinor: -90_000,
        remainingBeforeMinor: 600_000,
        remainingAfterMinor: 840_000,
      });
      const [original] = applied([products], result);
      expect(recognizedThrough(original, '2026-03-31') - recognizedThrough(original, '2026-04-01')).toBe(90_000);
    });

    it('after full delivery: the original obligation 5,100.00 + 5,600.00 = 10,700.00, the added 2,800.00, the contract 13,500.00', () => {
      const [original, added] = applied([products], modifyContract([products], caseB));
      const delivered = [
        measured(
          original,
          { asOf: '2026-04-30', completedUnits: 90, totalUnits: 120 },
          { asOf: '2026-05-31', completedUnits: 120, totalUnits: 120 },
        ),
        measured(
          added,
          { asOf: '2026-04-30', completedUnits: 15, totalUnits: 30 },
          { asOf: '2026-05-31', completedUnits: 30, totalUnits: 30 },
        ),
      ];
      const schedule = contractSchedule(delivered, [], '2026-03', '2026-05');
      // April: 30 original products at $93.33 (2,800.00) less the $900 credit; 15 added products 1,400.00.
      expect(schedule.obligations.map((o) => o.rows.map((r) => r.recognizedMinor))).toEqual([
        [600_000, 190_000, 280_000],
        [0, 140_000, 140_000],
      ]);
      expect(schedule.obligations.map((o) => o.rows[2].recognizedToDateMinor)).toEqual([1_070_000, 280_000]);
      expect(schedule.totals[2].recognizedToDateMinor).toBe(1_350_000);
    });

    it('by default, the remaining SSP is the SSP × the share not yet delivered: 120 × $95 × 60/120 gives the same split', () => {
      const { remainingStandaloneSellingPriceMinor: _given, ...byDefault } = caseB;
      const result = modifyContract([{ ...products, standaloneSellingPriceMinor: 120 * 9_500 }], byDefault);
      expect(result.revisions.map((r) => r.revision.allocatedMinor)).toEqual([1_070_000, 280_000]);
      // At the contract's $100 SSP the 60 left weigh 6,000 against 2,850.
      const atContractPrice = modifyContract([products], byDefault);
      expect(atContractPrice.revisions.map((r) => r.revision.allocatedMinor)).toEqual([510_000 + 569_492, 270_508]);
    });
  });
});

describe('ASC 606-10-55-125 to 55-128, Example 8: modification resulting in a cumulative catch-up adjustment', () => {
  // A building for $1,000,000 fixed; the $200,000 bonus is constrained; expected costs $700,000.
  // At the end of year 1, costs of $420,000: 60% complete, revenue $600,000.
  const building: ExistingObligation = {
    id: 'building',
    pattern: 'INPUT_METHOD',
    progress: [{ asOf: '2026-12-31', completedUnits: 420_000, totalUnits: 700_000 }],
    revisions: [{ effectiveDate: '2026-01-01', allocatedMinor: 100_000_000, treatment: 'INITIAL' }],
    standaloneSellingPriceMinor: 100_000_000,
  };
  // Year 2: +$150,000 and +$120,000 of expected costs; the bonus is now included: +$350,000.
  const modification = (progress: ProgressMeasurement): ModificationInput => ({
    effectiveDate: '2027-02-15',
    considerationChangeMinor: 35_000_000,
    progress: { building: progress },
    addedGoodsDistinct: false,
    priceReflectsStandaloneSellingPrice: false,
    remainingGoodsDistinct: false,
  });

  it('the published figures: 51.2% of $1,350,000 = $691,200, a catch-up of $91,200 (9,120,000 cents)', () => {
    const measurement = { asOf: '2027-02-15', completedUnits: 512, totalUnits: 1000 };
    const result = modifyContract([building], modification(measurement));
    expect(recognizedThrough(building, '2027-02-14')).toBe(60_000_000);
    expect(result).toMatchObject({
      type: 'CUMULATIVE_CATCH_UP',
      revisions: [
        {
          obligationId: 'building',
          revision: { effectiveDate: '2027-02-15', allocatedMinor: 135_000_000, treatment: 'CUMULATIVE_CATCH_UP' },
        },
      ],
      progress: [{ obligationId: 'building', measurement }],
      transactionPriceBeforeMinor: 100_000_000,
      transactionPriceAfterMinor: 135_000_000,
      recognizedOnEffectiveDateMinor: 9_120_000,
      remainingBeforeMinor: 40_000_000,
      remainingAfterMinor: 65_880_000,
    });
    expect(recognizedThrough(applied([building], result)[0], '2027-02-15')).toBe(69_120_000);
  });

  it('unrounded, 420,000 / 820,000 of $1,350,000 = $691,463.41 (truncated): a catch-up of 9,146,341 cents', () => {
    const result = modifyContract(
      [building],
      modification({ asOf: '2027-02-15', completedUnits: 420_000, totalUnits: 820_000 }),
    );
    expect(result.recognizedOnEffectiveDateMinor).toBe(9_146_341);
    expect(recognizedThrough(applied([building], result)[0], '2027-02-15')).toBe(69_146_341);
  });
});

describe('removing obligations', () => {
  const year = { pattern: 'RATABLE' as const, startDate: '2026-01-01', endDate: '2026-12-31' };
  const support: ExistingObligation = {
    id: 'support',
    ...year,
    revisions: [{ effectiveDate: '2026-01-01', allocatedMinor: 1_200_000, treatment: 'INITIAL' }],
    standaloneSellingPriceMinor: 1_200_000,
  };
  const hosting: ExistingObligation = {
    id: 'hosting',
    ...year,
    revisions: [{ effectiveDate: '2026-01-01', allocatedMinor: 600_000, treatment: 'INITIAL' }],
    standaloneSellingPriceMinor: 600_000,
  };
  const cancelHosting = (considerationChangeMinor: number): ModificationInput => ({
    effectiveDate: '2026-07-01',
    considerationChangeMinor,
    removeObligationIds: ['hosting'],
    ...flags,
  });

  it('a scope reduction (prospective): hosting keeps its 181 days, the rest of the consideration goes to support', () => {
    const result = modifyContract([support, hosting], cancelHosting(-300_000));
    // Recognised through 06-30: support 595,068, hosting 297,534; pool 604,932 + 302,466 − 300,000 = 607,398.
    expect(result).toMatchObject({
      type: 'PROSPECTIVE',
      revisions: [
        {
          obligationId: 'support',
          revision: { treatment: 'PROSPECTIVE', carriedMinor: 595_068, allocatedMinor: 1_202_466 },
        },
        {
          obligationId: 'hosting',
          revision: { treatment: 'PROSPECTIVE', carriedMinor: 297_534, allocatedMinor: 297_534 },
        },
      ],
      transactionPriceBeforeMinor: 1_800_000,
      transactionPriceAfterMinor: 1_500_000,
      recognizedOnEffectiveDateMinor: 0,
      remainingBeforeMinor: 1_800_000 - 598_356 - 299_178,
      remainingAfterMinor: 1_500_000 - 598_369 - 297_534,
    });
    const [supportAfter, hostingAfter] = applied([support, hosting], result);
    expect([recognizedThrough(supportAfter, '2026-12-31'), recognizedThrough(hostingAfter, '2026-12-31')]).toEqual([
      1_202_466, 297_534,
    ]);
  });

  it('refuses a reduction larger than what remains to be recognised (a negative pool)', () => {
    expect(() => modifyContract([support, hosting], cancelHosting(-1_000_000))).toThrow(ModificationError);
    expect(() => modifyContract([support, hosting], cancelHosting(-1_000_000))).toThrow(
      /the consideration not yet recognised plus the change would be -92602 minor units/,
    );
  });

  it('a removal with a cumulative catch-up: the removed obligation keeps what it recognised, the others share the rest', () => {
    const a: ExistingObligation = {
      id: 'a',
      pattern: 'INPUT_METHOD',
      progress: [{ asOf: '2026-05-31', completedUnits: 50, totalUnits: 100 }],
      revisions: [{ effectiveDate: '2026-01-01', allocatedMinor: 600_000, treatment: 'INITIAL' }],
      standaloneSellingPriceMinor: 600_000,
    };
    const b: ExistingObligation = {
      ...a,
      id: 'b',
      progress: [{ asOf: '2026-05-31', completedUnits: 25, totalUnits: 100 }],
      revisions: [{ effectiveDate: '2026-01-01', allocatedMinor: 400_000, treatment: 'INITIAL' }],
      standaloneSellingPriceMinor: 400_000,
    };
    const result = modifyContract([a, b], {
      effectiveDate: '2026-06-01',
      considerationChangeMinor: -250_000,
      removeObligationIds: ['b'],
      addedGoodsDistinct: false,
      priceReflectsStandaloneSellingPrice: false,
      remainingGoodsDistinct: false,
    });
    expect(result).toMatchObject({
      type: 'CUMULATIVE_CATCH_UP',
      revisions: [
        { obligationId: 'a', revision: { treatment: 'CUMULATIVE_CATCH_UP', allocatedMinor: 650_000 } },
        { obligationId: 'b', revision: { treatment: 'PROSPECTIVE', carriedMinor: 100_000, allocatedMinor: 100_000 } },
      ],
      transactionPriceAfterMinor: 750_000,
      recognizedOnEffectiveDateMinor: 25_000, // a: 50% of 650,000 − 50% of 600,000
    });
    const [, bAfter] = applied([a, b], result);
    expect(
      recognizedThrough(measured(bAfter, { asOf: '2026-09-30', completedUnits: 100, totalUnits: 100 }), '2026-09-30'),
    ).toBe(100_000);
  });
});

describe('classifying a modification (ASC 606-10-25-12, 25-13)', () => {
  const added = [{ id: 'x', pattern: 'POINT_IN_TIME' as const, standaloneSellingPriceMinor: 100 }];
  it.each([
    // addObligations, removals, concession, addedGoodsDistinct, priceReflectsSsp, remainingGoodsDistinct -> type
    [true, false, 0, true, true, true, 'SEPARATE_CONTRACT'],
    [true, false, 0, true, true, false, 'SEPARATE_CONTRACT'],
    [true, false, 0, true, false, true, 'PROSPECTIVE'],
    [true, false, 0, true, false, false, 'CUMULATIVE_CATCH_UP'],
    [true, false, 0, false, true, true, 'PROSPECTIVE'],
    [true, false, 0, false, true, false, 'CUMULATIVE_CATCH_UP'],
    [true, false, 0, false, false, true, 'PROSPECTIVE'],
    [true, false, 0, false, false, false, 'CUMULATIVE_CATCH_UP'],
    [false, false, 0, true, true, true, 'PROSPECTIVE'],
    [false, false, 0, true, true, false, 'CUMULATIVE_CATCH_UP'],
    [true, true, 0, true, true, true, 'PROSPECTIVE'],
    [true, true, 0, true, true, false, 'CUMULATIVE_CATCH_UP'],
    [true, false, 900, true, true, true, 'PROSPECTIVE'],
    [true, false, 900, true, true, false, 'CUMULATIVE_CATCH_UP'],
  ] as const)(
    'adds %s, removes %s, concession %s, added distinct %s, at SSP %s, remaining distinct %s -> %s',
    (
      adds,
      removes,
      concession,
      addedGoodsDistinct,
      priceReflectsStandaloneSellingPrice,
      remainingGoodsDistinct,
      type,
    ) => {
      expect(
        classifyModification({
          addObligations: adds ? added : [],
          removeObligationIds: removes ? ['y'] : undefined,
          priceConcessionMinor: concession,
          addedGoodsDistinct,
          priceReflectsStandaloneSellingPrice,
          remainingGoodsDistinct,
        }),
      ).toBe(type);
    },
  );
});

describe('refusing nonsense', () => {
  const licence: ExistingObligation = {
    id: 'licence',
    pattern: 'POINT_IN_TIME',
    transferDate: '2026-01-10',
    revisions: [{ effectiveDate: '2026-01-01', allocatedMinor: 100_000, treatment: 'INITIAL' }],
    standaloneSellingPriceMinor: 100_000,
  };
  const build: ExistingObligation = {
    id: 'build',
    pattern: 'INPUT_METHOD',
    revisions: [{ effectiveDate: '2026-01-01', allocatedMinor: 50_000, treatment: 'INITIAL' }],
    standaloneSellingPriceMinor: 50_000,
  };
  const base: ModificationInput = { effectiveDate: '2026-03-01', considerationChangeMinor: 0, ...flags };
  const refused =
    (input: Partial<ModificationInput>, obligations: ExistingObligation[] = [licence, build]) =>
    () =>
      modifyContract(obligations, { ...base, ...input });

  it('refuses invalid dates, ids and amounts with a ModificationError', () => {
    expect(refused({ effectiveDate: '2026-02-30' })).toThrow(/effectiveDate must be a date YYYY-MM-DD, got 2026-02-30/);
    expect(refused({}, [licence, licence])).toThrow(/names obligation licence twice/);
    expect(refused({ addObligations: [{ ...build, id: 'licence' }] })).toThrow(
      /added obligation licence has the id of an existing obligation/,
    );
    expect(
      refused({
        addObligations: [
          { ...build, id: 'x' },
          { ...build, id: 'x' },
        ],
      }),
    ).toThrow(/addObligations names obligation x twice/);
    expect(refused({ removeObligationIds: ['radio'] })).toThrow(/unknown obligation radio/);
    expect(refused({ considerationChangeMinor: 10.5 })).toThrow(
      /considerationChangeMinor must be an amount in minor units/,
    );
    expect(refused({ priceConcessionMinor: -1 })).toThrow(/priceConcessionMinor must be a non-negative amount/);
    expect(refused({}, [{ ...licence, standaloneSellingPriceMinor: -5 }])).toThrow(
      /standalone selling price of obligation licence/,
    );
    expect(refused({ remainingStandaloneSellingPriceMinor: { radio: 1 } })).toThrow(
      /names radio, which is not an obligation that remains/,
    );
    expect(refused({ effectiveDate: '2025-12-31' })).toThrow(
      /revision effective 2026-01-01, after the modification's effective date 2025-12-31/,
    );
    expect(refused({}, [])).toThrow(ModificationError);
  });

  it('refuses progress that is not a re-measurement of an INPUT_METHOD obligation on the effective date', () => {
    const progress = (id: string, asOf: string, completedUnits: number, totalUnits: number) => ({
      progress: { [id]: { asOf, completedUnits, totalUnits } },
    });
    expect(refused(progress('licence', '2026-03-01', 1, 2))).toThrow(
      /INPUT_METHOD obligations only, not POINT_IN_TIME obligation licence/,
    );
    expect(refused(progress('radio', '2026-03-01', 1, 2))).toThrow(/progress names an unknown obligation radio/);
    expect(refused(progress('build', '2026-02-15', 1, 2))).toThrow(
      /measured on the effective date 2026-03-01, not 2026-02-15/,
    );
    expect(refused(progress('build', '2026-03-01', 1, 0))).toThrow(/totalUnits above 0/);
  });

  it('refuses a concession larger than the revenue recognised, and consideration with nothing left to carry it', () => {
    expect(refused({ priceConcessionMinor: 100_001 })).toThrow(
      /price concession of 100001 minor units is more than the 100000 minor units recognised/,
    );
    // Only the delivered licence is left once the build is removed: a price increase has nowhere to go.
    expect(refused({ considerationChangeMinor: 10_000, removeObligationIds: ['build'] })).toThrow(
      /nothing remains to allocate/,
    );
    expect(refused({ considerationChangeMinor: -1, addObligations: [{ ...build, id: 'x' }] })).toThrow(
      /consideration of the added obligations would be -1 minor units/,
    );
  });

  it('a concession on goods all delivered, with nothing else changing, is taken off revenue on the effective date', () => {
    const result = modifyContract([licence], {
      ...base,
      considerationChangeMinor: -10_000,
      priceConcessionMinor: 10_000,
    });
    expect(result).toMatchObject({
      type: 'PROSPECTIVE',
      revisions: [{ obligationId: 'licence', revision: { carriedMinor: 90_000, allocatedMinor: 90_000 } }],
      recognizedOnEffectiveDateMinor: -10_000,
      transactionPriceAfterMinor: 90_000,
      remainingAfterMinor: 0,
    });
  });
});
