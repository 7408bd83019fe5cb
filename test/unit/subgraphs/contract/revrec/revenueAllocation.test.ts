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
      /outside its observable range 20000..60000/,
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
      variableConsideration: { amountMinor: 5_000, allocateTo: 'build' },
    });
    expect(amounts(toOne)).toEqual([54_000 + 5_000, 36_000]);
    const spread = allocateTransactionPrice({
      fixedConsiderationMinor: 90_000,
      obligations,
      variableConsideration: { amountMinor: 5_000 },
    });
    expect(amounts(spread)).toEqual([57_000, 38_000]);
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
