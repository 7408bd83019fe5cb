import {
  modificationFacts,
  type ObligationWithProduct,
} from '../../../../../subgraphs/contract/revrec/modificationFacts';
import { classifyModification } from '../../../../../subgraphs/contract/revrec/modifyContract';

const classified = (facts: ReturnType<typeof modificationFacts>, added: boolean, concession = 0) =>
  classifyModification({
    ...facts,
    addObligations: added ? [{ id: 'x', pattern: 'POINT_IN_TIME', standaloneSellingPriceMinor: 1 }] : [],
    priceConcessionMinor: concession,
  });

describe('modifications classified from facts (ASC 606-10-25-12, 25-13)', () => {
  // ASC 606-10-55-111 to 55-116, Example 5: 120 products for $12,000, 60 delivered; each product is
  // distinct, so progress counts distinct units delivered.
  const products: ObligationWithProduct = {
    id: 'products',
    productCode: 'PROD',
    distinctUnits: true,
    pattern: 'INPUT_METHOD',
    progress: [{ asOf: '2026-03-31', completedUnits: 60, totalUnits: 120 }],
    revisions: [{ effectiveDate: '2026-01-01', allocatedMinor: 1_200_000, treatment: 'INITIAL' }],
    standaloneSellingPriceMinor: 1_200_000,
  };
  const thirtyMore = { id: 'more', productCode: 'PROD', standaloneSellingPriceMinor: 285_000 };

  it('Example 5 Case A: 30 more products at their $95 SSP are distinct and priced at SSP -> a separate contract', () => {
    const facts = modificationFacts([products], {
      effectiveDate: '2026-04-01',
      considerationChangeMinor: 285_000,
      added: [thirtyMore],
      removedIds: [],
    });
    expect(facts).toMatchObject({
      addedGoodsDistinct: true,
      priceReflectsStandaloneSellingPrice: true,
      remainingGoodsDistinct: true,
    });
    expect(classified(facts, true)).toBe('SEPARATE_CONTRACT');
  });

  it('Example 5 Case B: $80 each less a $900 credit does not reflect SSP; the remaining products are distinct -> prospective', () => {
    const facts = modificationFacts([products], {
      effectiveDate: '2026-04-01',
      considerationChangeMinor: 150_000,
      priceConcessionMinor: 90_000,
      added: [thirtyMore],
      removedIds: [],
    });
    expect(facts.priceReflectsStandaloneSellingPrice).toBe(false);
    expect(facts.remainingGoodsDistinct).toBe(true);
    expect(classified(facts, true, 90_000)).toBe('PROSPECTIVE');
  });

  it('Example 8 (55-125): a building partly built is one good, so what remains is not distinct -> cumulative catch-up', () => {
    const building: ObligationWithProduct = {
      id: 'building',
      productCode: 'BUILD',
      distinctUnits: false,
      pattern: 'INPUT_METHOD',
      progress: [{ asOf: '2024-12-31', completedUnits: 420_000, totalUnits: 700_000 }],
      revisions: [{ effectiveDate: '2024-01-01', allocatedMinor: 100_000_000, treatment: 'INITIAL' }],
      standaloneSellingPriceMinor: 100_000_000,
    };
    const facts = modificationFacts([building], {
      effectiveDate: '2025-01-15',
      considerationChangeMinor: 15_000_000,
      added: [],
      removedIds: [],
    });
    expect(facts).toMatchObject({
      addedGoodsDistinct: false,
      priceReflectsStandaloneSellingPrice: false,
      remainingGoodsDistinct: false,
    });
    expect(facts.findings).toContain(
      'obligation building is one good partly built: what remains of it is not distinct',
    );
    expect(classified(facts, false)).toBe('CUMULATIVE_CATCH_UP');
    // More floors of the same building extend it: not a distinct good.
    const more = modificationFacts([building], {
      effectiveDate: '2025-01-15',
      considerationChangeMinor: 15_000_000,
      added: [{ id: 'floor', productCode: 'BUILD', standaloneSellingPriceMinor: 15_000_000 }],
      removedIds: [],
    });
    expect(more.addedGoodsDistinct).toBe(false);
  });

  it("a subscription is a series of distinct days, and a price within the tables' observable range reflects SSP", () => {
    const subscription: ObligationWithProduct = {
      id: 'platform',
      productCode: 'PLAT',
      distinctUnits: false,
      pattern: 'RATABLE',
      startDate: '2024-01-01',
      endDate: '2024-12-31',
      revisions: [{ effectiveDate: '2024-01-01', allocatedMinor: 1_200_000, treatment: 'INITIAL' }],
      standaloneSellingPriceMinor: 1_200_000,
    };
    const seats = {
      id: 'seats',
      productCode: 'SEAT',
      standaloneSellingPriceMinor: 50_000,
      observableRangeMinor: { min: 45_000, max: 55_000 },
    };
    const within = modificationFacts([subscription], {
      effectiveDate: '2024-07-01',
      considerationChangeMinor: 47_500,
      added: [seats],
      removedIds: [],
    });
    expect(within).toMatchObject({
      addedGoodsDistinct: true,
      priceReflectsStandaloneSellingPrice: true,
      remainingGoodsDistinct: true,
    });
    const below = modificationFacts([subscription], {
      effectiveDate: '2024-07-01',
      considerationChangeMinor: 40_000,
      added: [seats],
      removedIds: [],
    });
    expect(below.priceReflectsStandaloneSellingPrice).toBe(false);
    expect(below.findings.join(' ')).not.toMatch(/\d{4}/);
  });
});
