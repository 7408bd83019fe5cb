import {
  VariableConsiderationError,
  estimateVariableConsideration,
} from '../../../../../subgraphs/contract/revrec/variableConsideration';

describe('estimating variable consideration', () => {
  // A performance bonus of 0, 50,000.00 or 100,000.00, in cents.
  const bonus = [
    { amountMinor: 0, probability: 0.2 },
    { amountMinor: 5_000_000, probability: 0.5 },
    { amountMinor: 10_000_000, probability: 0.3 },
  ];

  it('expected value: 0 × 0.2 + 50,000 × 0.5 + 100,000 × 0.3 = 55,000.00', () => {
    expect(estimateVariableConsideration({ method: 'EXPECTED_VALUE', outcomes: bonus, constrained: false })).toEqual({
      method: 'EXPECTED_VALUE',
      estimateMinor: 5_500_000,
      includedMinor: 5_500_000,
      constrained: false,
    });
  });

  it('most likely amount: 50,000.00, the outcome at 0.5', () => {
    expect(
      estimateVariableConsideration({ method: 'MOST_LIKELY_AMOUNT', outcomes: bonus, constrained: false }),
    ).toMatchObject({ estimateMinor: 5_000_000, includedMinor: 5_000_000 });
  });

  it('the constraint includes only the highly probable amount: 40,000.00 of an estimate of 55,000.00', () => {
    const result = estimateVariableConsideration({
      method: 'EXPECTED_VALUE',
      outcomes: bonus,
      constrained: true,
      highlyProbableMinor: 4_000_000,
    });
    expect(result).toEqual({
      method: 'EXPECTED_VALUE',
      estimateMinor: 5_500_000,
      includedMinor: 4_000_000,
      constrained: true,
    });
  });

  it('the constraint without a highly probable amount includes nothing', () => {
    expect(
      estimateVariableConsideration({ method: 'EXPECTED_VALUE', outcomes: bonus, constrained: true }),
    ).toMatchObject({ estimateMinor: 5_500_000, includedMinor: 0 });
  });

  it('the constraint never includes more than the estimate', () => {
    const result = estimateVariableConsideration({
      method: 'MOST_LIKELY_AMOUNT',
      outcomes: bonus,
      constrained: true,
      highlyProbableMinor: 9_000_000,
    });
    expect(result).toMatchObject({ estimateMinor: 5_000_000, includedMinor: 5_000_000 });
  });

  it('without the constraint a highly probable amount is ignored', () => {
    const result = estimateVariableConsideration({
      method: 'EXPECTED_VALUE',
      outcomes: bonus,
      constrained: false,
      highlyProbableMinor: 4_000_000,
    });
    expect(result.includedMinor).toBe(5_500_000);
  });

  it('rounds the expected value half up to the minor unit', () => {
    const halfCent = [
      { amountMinor: 0, probability: 0.5 },
      { amountMinor: 1, probability: 0.5 },
    ];
    expect(
      estimateVariableConsideration({ method: 'EXPECTED_VALUE', outcomes: halfCent, constrained: false }).estimateMinor,
    ).toBe(1);
    const belowHalf = [
      { amountMinor: 0, probability: 0.75 },
      { amountMinor: 1, probability: 0.25 },
    ];
    expect(
      estimateVariableConsideration({ method: 'EXPECTED_VALUE', outcomes: belowHalf, constrained: false })
        .estimateMinor,
    ).toBe(0);
  });

  it('is not thrown off by floating point probabilities: thirds of 300 give 300, 0.1 + 0.2 ties with 0.3', () => {
    const thirds = [100, 300, 500].map((amountMinor) => ({ amountMinor, probability: 1 / 3 }));
    expect(
      estimateVariableConsideration({ method: 'EXPECTED_VALUE', outcomes: thirds, constrained: false }).estimateMinor,
    ).toBe(300);
    const sameThirds = [300, 300, 300].map((amountMinor) => ({ amountMinor, probability: 1 / 3 }));
    expect(
      estimateVariableConsideration({ method: 'EXPECTED_VALUE', outcomes: sameThirds, constrained: false })
        .estimateMinor,
    ).toBe(300);
    const tie = [
      { amountMinor: 700, probability: 0.1 + 0.2 }, // 0.30000000000000004 as a double
      { amountMinor: 500, probability: 0.3 },
      { amountMinor: 100, probability: 0.2 },
      { amountMinor: 0, probability: 0.2 },
    ];
    expect(
      estimateVariableConsideration({ method: 'MOST_LIKELY_AMOUNT', outcomes: tie, constrained: false }).estimateMinor,
    ).toBe(500);
  });

  it('handles amounts whose products overflow a double exactly', () => {
    const large = [
      { amountMinor: Number.MAX_SAFE_INTEGER, probability: 0.5 },
      { amountMinor: Number.MAX_SAFE_INTEGER - 2, probability: 0.5 },
    ];
    expect(
      estimateVariableConsideration({ method: 'EXPECTED_VALUE', outcomes: large, constrained: false }).estimateMinor,
    ).toBe(Number.MAX_SAFE_INTEGER - 1);
  });

  it('a tie for the most likely amount goes to the smaller amount', () => {
    const tie = [
      { amountMinor: 8_000, probability: 0.4 },
      { amountMinor: 6_000, probability: 0.4 },
      { amountMinor: 0, probability: 0.2 },
    ];
    expect(
      estimateVariableConsideration({ method: 'MOST_LIKELY_AMOUNT', outcomes: tie, constrained: false }).estimateMinor,
    ).toBe(6_000);
  });

  it('an amount listed twice counts with both probabilities for the most likely amount', () => {
    const split = [
      { amountMinor: 6_000, probability: 0.3 },
      { amountMinor: 8_000, probability: 0.4 },
      { amountMinor: 6_000, probability: 0.3 },
    ];
    expect(
      estimateVariableConsideration({ method: 'MOST_LIKELY_AMOUNT', outcomes: split, constrained: false })
        .estimateMinor,
    ).toBe(6_000);
  });

  it('accepts a single certain outcome and outcomes with probability 0', () => {
    expect(
      estimateVariableConsideration({
        method: 'EXPECTED_VALUE',
        outcomes: [{ amountMinor: 1_234, probability: 1 }],
        constrained: false,
      }).estimateMinor,
    ).toBe(1_234);
    const withZero = [
      { amountMinor: 9_999, probability: 0 },
      { amountMinor: 1_000, probability: 1 },
    ];
    expect(
      estimateVariableConsideration({ method: 'MOST_LIKELY_AMOUNT', outcomes: withZero, constrained: false })
        .estimateMinor,
    ).toBe(1_000);
  });

  describe('refuses what cannot be estimated, with the reason', () => {
    const estimateOf = (outcomes: { amountMinor: number; probability: number }[]) => () =>
      estimateVariableConsideration({ method: 'EXPECTED_VALUE', outcomes, constrained: false });

    it('probabilities not adding up to 1', () => {
      expect(
        estimateOf([
          { amountMinor: 100, probability: 0.5 },
          { amountMinor: 200, probability: 0.4 },
        ]),
      ).toThrow(/must add up to 1, they add up to 0.9/);
      expect(
        estimateOf([
          { amountMinor: 100, probability: 0.6 },
          { amountMinor: 200, probability: 0.6 },
        ]),
      ).toThrow(VariableConsiderationError);
    });

    it('accepts a sum off by no more than 1e-9', () => {
      expect(
        estimateOf([
          { amountMinor: 100, probability: 0.5 },
          { amountMinor: 200, probability: 0.5 - 5e-10 },
        ]),
      ).not.toThrow();
      expect(
        estimateOf([
          { amountMinor: 100, probability: 0.5 },
          { amountMinor: 200, probability: 0.5 - 5e-9 },
        ]),
      ).toThrow(VariableConsiderationError);
    });

    it('a negative, above 1 or missing probability', () => {
      expect(
        estimateOf([
          { amountMinor: 100, probability: -0.5 },
          { amountMinor: 200, probability: 1.5 },
        ]),
      ).toThrow(/outcomes\[0\].probability must be between 0 and 1, got -0.5/);
      expect(
        estimateOf([
          { amountMinor: 100, probability: 1.5 },
          { amountMinor: 200, probability: -0.5 },
        ]),
      ).toThrow(/outcomes\[0\].probability must be between 0 and 1, got 1.5/);
      expect(estimateOf([{ amountMinor: 100, probability: NaN }])).toThrow(/probability must be between 0 and 1/);
    });

    it('no outcomes', () => {
      expect(estimateOf([])).toThrow(/at least one possible outcome/);
    });

    it('amounts that are not whole non-negative minor units', () => {
      expect(estimateOf([{ amountMinor: 100.5, probability: 1 }])).toThrow(
        /outcomes\[0\].amountMinor must be a non-negative whole number of minor units, got 100.5/,
      );
      expect(
        estimateOf([
          { amountMinor: 100, probability: 0.5 },
          { amountMinor: -100, probability: 0.5 },
        ]),
      ).toThrow(/outcomes\[1\].amountMinor/);
      expect(estimateOf([{ amountMinor: 2 ** 53, probability: 1 }])).toThrow(VariableConsiderationError);
    });

    it('a highly probable amount that is not whole non-negative minor units', () => {
      const constrainedTo = (highlyProbableMinor: number) => () =>
        estimateVariableConsideration({
          method: 'EXPECTED_VALUE',
          outcomes: bonus,
          constrained: true,
          highlyProbableMinor,
        });
      expect(constrainedTo(-1)).toThrow(
        /highlyProbableMinor must be a non-negative whole number of minor units, got -1/,
      );
      expect(constrainedTo(0.5)).toThrow(VariableConsiderationError);
    });

    it('an unknown method', () => {
      const unknown = { method: 'BEST_GUESS', outcomes: bonus, constrained: false } as unknown as Parameters<
        typeof estimateVariableConsideration
      >[0];
      expect(() => estimateVariableConsideration(unknown)).toThrow(/unknown estimate method BEST_GUESS/);
    });
  });
});
