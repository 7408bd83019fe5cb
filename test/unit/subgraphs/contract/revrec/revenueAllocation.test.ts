import {
  AllocationError,
  allocateTransactionPrice,
  splitByWeight,
} from '../../../../../subgraphs/contract/revrec/allocateTransactionPrice';

const amounts = (result: ReturnType<typeof allocateTransactionPrice>) => result.allocations.map((a) => a.amountMinor);

describe('allocating the transaction price', () => {
  const bundle = [
    { id: 'phone', standaloneSellingPriceMinor: 20 },
    { id: 'internet', standaloneSellingPriceMinor: 30 },
    { id: 'tv', standaloneSellingPriceMinor: 40 },
  ];

  it('KPMG IFRS 15 Handbook: phone 20 + internet 30 + TV 40 sold for 80 -> 18 / 27 / 35 (unrounded 17.78 / 26.67 / 35.56)', () => {
    const result = allocateTransactionPrice({ fixedConsiderationMinor: 80, obligations: bundle });
    expect(amounts(result)).toEqual([18, 27, 35]);
    expect(result.allocations.map((a) => a.unroundedMinor.toFixed(2))).toEqual(['17.78', '26.67', '35.56']);
    expect(result).toMatchObject({ method: 'RELATIVE_SSP', discountMinor: 10, transactionPriceMinor: 80 });
  });

  it('the same bundle in cents keeps the total exact: 1778 / 2667 / 3555', () => {
    const cents = bundle.map((o) => ({ ...o, standaloneSellingPriceMinor: o.standaloneSellingPriceMinor * 100 }));
    const result = allocateTransactionPrice({ fixedConsiderationMinor: 8000, obligations: cents });
    expect(amounts(result)).toEqual([1778, 2667, 3555]);
    expect(amounts(result).reduce((a, b) => a + b, 0)).toBe(8000);
  });

  it('ASC 606-10-55-259 (Example 34, Case A): the 40 discount belongs to B and C only -> A 40, B 33, C 27', () => {
    // SSPs A 40, B 55, C 45; B and C are regularly sold together for 60; the three sell for 100.
    const result = allocateTransactionPrice({
      fixedConsiderationMinor: 100,
      obligations: [
        { id: 'A', standaloneSellingPriceMinor: 40 },
        { id: 'B', standaloneSellingPriceMinor: 55 },
        { id: 'C', standaloneSellingPriceMinor: 45 },
      ],
      discountTo: ['B', 'C'],
    });
    expect(result).toMatchObject({ method: 'DISCOUNT_TO_SUBSET', discountMinor: 40 });
    expect(amounts(result)).toEqual([40, 33, 27]);
  });

  it('uses the residual approach only inside the observable range', () => {
    const obligations = [
      { id: 'licence', residual: true, observableRangeMinor: { min: 20_000, max: 60_000 } },
      { id: 'support', standaloneSellingPriceMinor: 30_000 },
    ];
    expect(amounts(allocateTransactionPrice({ fixedConsiderationMinor: 70_000, obligations }))).toEqual([
      40_000, 30_000,
    ]);
    expect(() => allocateTransactionPrice({ fixedConsiderationMinor: 100_000, obligations })).toThrow(
      /outside its observable range 20000 minor units to 60000 minor units/,
    );
    expect(() => allocateTransactionPrice({ fixedConsiderationMinor: 25_000, obligations })).toThrow(AllocationError);
  });

  it('allocates variable consideration to one obligation when its criteria hold, and relatively otherwise', () => {
    const obligations = [
      { id: 'build', standaloneSellingPriceMinor: 60_000 },
      { id: 'run', standaloneSellingPriceMinor: 40_000 },
    ];
    const toOne = allocateTransactionPrice({
      fixedConsiderationMinor: 90_000,
      obligations,
      variableConsideration: [{ key: 'bonus', amountMinor: 5_000, allocateTo: ['build'] }],
    });
    expect(amounts(toOne)).toEqual([54_000 + 5_000, 36_000]);
    const spread = allocateTransactionPrice({
      fixedConsiderationMinor: 90_000,
      obligations,
      variableConsideration: [{ key: 'bonus', amountMinor: 5_000 }],
    });
    expect(amounts(spread)).toEqual([57_000, 38_000]);
  });

  describe('ASC 606-10-55-259 to 55-269 (Example 34): a discount to a bundle together with the residual approach', () => {
    // SSPs A 40, B 55, C 45; B and C are regularly sold together for 60; D's SSP is highly
    // variable, observed between 15 and 45.
    const obligations = [
      { id: 'A', standaloneSellingPriceMinor: 40 },
      { id: 'B', standaloneSellingPriceMinor: 55 },
      { id: 'C', standaloneSellingPriceMinor: 45 },
      { id: 'D', residual: true, observableRangeMinor: { min: 15, max: 45 } },
    ];
    const discountBundles = [{ obligationIds: ['B', 'C'], observablePriceMinor: 60 }];

    it('Case B: sold for 130, the discount goes to B and C first, the residual D gets 130 - 40 - 60 = 30', () => {
      const result = allocateTransactionPrice({ fixedConsiderationMinor: 130, obligations, discountBundles });
      expect(amounts(result)).toEqual([40, 33, 27, 30]);
      // 40 + 55 + 45 + 30 (D at what it was allocated) - 130.
      expect(result).toMatchObject({
        method: 'RESIDUAL_AFTER_DISCOUNT',
        discountMinor: 40,
        transactionPriceMinor: 130,
      });
    });

    it('Case C: sold for 105, the residual would be 5, outside 15 to 45: the residual approach is not permitted', () => {
      expect(() => allocateTransactionPrice({ fixedConsiderationMinor: 105, obligations, discountBundles })).toThrow(
        /residual for D would be 5 minor units, outside its observable range 15 minor units to 45 minor units/,
      );
    });

    it("needs the bundle's observable price: the residual comes after it, not after the SSPs", () => {
      expect(() =>
        allocateTransactionPrice({ fixedConsiderationMinor: 130, obligations, discountTo: ['B', 'C'] }),
      ).toThrow(/every discount bundle needs its observable price/);
    });

    it('a bonus for A alone (32-40) stays out of the residual: A 40 + 10, the rest as in Case B', () => {
      const result = allocateTransactionPrice({
        fixedConsiderationMinor: 130,
        obligations,
        discountBundles,
        variableConsideration: [{ key: 'bonus', amountMinor: 10, allocateTo: ['A'] }],
      });
      expect(amounts(result)).toEqual([50, 33, 27, 30]);
      expect(result.transactionPriceMinor).toBe(140);
    });

    it('refuses a residual obligation inside a discount bundle', () => {
      expect(() =>
        allocateTransactionPrice({
          fixedConsiderationMinor: 130,
          obligations,
          discountBundles: [{ obligationIds: ['C', 'D'], observablePriceMinor: 60 }],
        }),
      ).toThrow(/residual approach; its standalone selling price is not observable/);
    });
  });

  describe('several discount bundles (32-37: one or more, but not all)', () => {
    // Hand-computed: SSPs A 40, B 55, C 45, D 30, E 50 (220 in all). B+C sell for 60, D+E for 64;
    // the contract's 164 is 40 + 60 + 64, so A keeps 40, B 60×55/100 = 33, C 27, D 64×30/80 = 24, E 40.
    const obligations = [
      { id: 'A', standaloneSellingPriceMinor: 40 },
      { id: 'B', standaloneSellingPriceMinor: 55 },
      { id: 'C', standaloneSellingPriceMinor: 45 },
      { id: 'D', standaloneSellingPriceMinor: 30 },
      { id: 'E', standaloneSellingPriceMinor: 50 },
    ];

    it('gives each bundle its observable price', () => {
      const result = allocateTransactionPrice({
        fixedConsiderationMinor: 164,
        obligations,
        discountBundles: [
          { obligationIds: ['B', 'C'], observablePriceMinor: 60 },
          { obligationIds: ['D', 'E'], observablePriceMinor: 64 },
        ],
      });
      expect(amounts(result)).toEqual([40, 33, 27, 24, 40]);
      expect(result).toMatchObject({ method: 'DISCOUNT_TO_SUBSET', discountMinor: 56 });
    });

    it('lets one bundle leave its price out and take what the contract price leaves', () => {
      const result = allocateTransactionPrice({
        fixedConsiderationMinor: 164,
        obligations,
        discountBundles: [{ obligationIds: ['B', 'C'], observablePriceMinor: 60 }, { obligationIds: ['D', 'E'] }],
      });
      expect(amounts(result)).toEqual([40, 33, 27, 24, 40]);
    });

    it('refuses bundle prices the contract price does not bear out (32-37(c)), two unpriced bundles and overlaps', () => {
      expect(() =>
        allocateTransactionPrice({
          fixedConsiderationMinor: 170,
          obligations,
          discountBundles: [
            { obligationIds: ['B', 'C'], observablePriceMinor: 60 },
            { obligationIds: ['D', 'E'], observablePriceMinor: 64 },
          ],
        }),
      ).toThrow(/add up to 124 minor units but the contract leaves 130 minor units/);
      expect(() =>
        allocateTransactionPrice({
          fixedConsiderationMinor: 164,
          obligations,
          discountBundles: [{ obligationIds: ['B', 'C'] }, { obligationIds: ['D', 'E'] }],
        }),
      ).toThrow(/only one discount bundle may leave its observable price out/);
      expect(() =>
        allocateTransactionPrice({
          fixedConsiderationMinor: 164,
          obligations,
          discountBundles: [{ obligationIds: ['B', 'C'] }, { obligationIds: ['C', 'E'], observablePriceMinor: 50 }],
        }),
      ).toThrow(/C is in more than one discount bundle/);
    });
  });

  describe('several components of variable consideration', () => {
    it('spreads one and gives another entirely to the obligation it relates to (32-40)', () => {
      // Hand-computed: fixed 90,000 plus a 2,000 usage fee spread 60:40 -> 55,200 / 36,800; the
      // 5,000 bonus is build's alone -> 60,200 / 36,800, 97,000 in all.
      const result = allocateTransactionPrice({
        fixedConsiderationMinor: 90_000,
        obligations: [
          { id: 'build', standaloneSellingPriceMinor: 60_000 },
          { id: 'run', standaloneSellingPriceMinor: 40_000 },
        ],
        variableConsideration: [
          { key: 'bonus', amountMinor: 5_000, allocateTo: ['build'] },
          { key: 'usage', amountMinor: 2_000 },
        ],
      });
      expect(amounts(result)).toEqual([60_200, 36_800]);
      expect(result.transactionPriceMinor).toBe(97_000);
    });

    it('splits a component that relates to two of three obligations between them by SSP', () => {
      // Hand-computed: 9,000 fixed split 5:3:2 -> 4,500 / 2,700 / 1,800; the 1,000 component
      // belongs to A and B, 5:3 -> 625 / 375; so 5,125 / 3,075 / 1,800.
      const result = allocateTransactionPrice({
        fixedConsiderationMinor: 9_000,
        obligations: [
          { id: 'A', standaloneSellingPriceMinor: 5_000 },
          { id: 'B', standaloneSellingPriceMinor: 3_000 },
          { id: 'C', standaloneSellingPriceMinor: 2_000 },
        ],
        variableConsideration: [{ key: 'milestone', amountMinor: 1_000, allocateTo: ['A', 'B'] }],
      });
      expect(amounts(result)).toEqual([5_125, 3_075, 1_800]);
    });

    it('refuses a component named twice, one naming every obligation, and one naming an unknown obligation', () => {
      const obligations = [
        { id: 'A', standaloneSellingPriceMinor: 5_000 },
        { id: 'B', standaloneSellingPriceMinor: 3_000 },
      ];
      const base = { fixedConsiderationMinor: 8_000, obligations };
      expect(() =>
        allocateTransactionPrice({
          ...base,
          variableConsideration: [
            { key: 'x', amountMinor: 1 },
            { key: 'x', amountMinor: 2 },
          ],
        }),
      ).toThrow(/x is listed twice/);
      expect(() =>
        allocateTransactionPrice({
          ...base,
          variableConsideration: [{ key: 'x', amountMinor: 1, allocateTo: ['A', 'B'] }],
        }),
      ).toThrow(/names every obligation/);
      expect(() =>
        allocateTransactionPrice({ ...base, variableConsideration: [{ key: 'x', amountMinor: 1, allocateTo: ['Z'] }] }),
      ).toThrow(/unknown obligation Z/);
    });
  });

  it('refuses what cannot be allocated, with the reason', () => {
    expect(() => allocateTransactionPrice({ fixedConsiderationMinor: 10, obligations: [] })).toThrow(
      /at least one performance obligation/,
    );
    expect(() => allocateTransactionPrice({ fixedConsiderationMinor: 10, obligations: [{ id: 'a' }] })).toThrow(
      /needs a standalone selling price/,
    );
    expect(() => allocateTransactionPrice({ fixedConsiderationMinor: 10.5, obligations: bundle })).toThrow(
      /minor units/,
    );
    expect(() =>
      allocateTransactionPrice({ fixedConsiderationMinor: 10, obligations: bundle, discountTo: ['radio'] }),
    ).toThrow(/unknown obligation radio/);
  });
});

describe('splitting by weight', () => {
  it('always adds up exactly, remainders to the largest fractions, ties to the first', () => {
    expect(splitByWeight(100, [1, 1, 1]).amounts).toEqual([34, 33, 33]);
    for (let total = 0; total < 500; total += 37)
      expect(splitByWeight(total, [3, 7, 11, 13]).amounts.reduce((a, b) => a + b, 0)).toBe(total);
  });
});
