import { DiscountApprovalError, assessDiscount } from '../../../../../subgraphs/contract/revrec/discountApproval';
import {
  PRICING_TIERS,
  PricingTierError,
  type TierChange,
  isPricingTier,
  priceAtTier,
  tierInForce,
} from '../../../../../subgraphs/contract/revrec/pricingTiers';

describe('pricing tiers', () => {
  it('knows its tiers and nothing else', () => {
    expect(Object.keys(PRICING_TIERS).every(isPricingTier)).toBe(true);
    expect(['list', 'BRONZE', '', 'toString', 'constructor'].some(isPricingTier)).toBe(false);
  });

  describe('the tier in force', () => {
    const approved = (tier: TierChange['tier'], effectiveFrom: string, decidedAt?: string): TierChange => ({
      tier,
      effectiveFrom,
      status: 'APPROVED',
      decidedAt: decidedAt === undefined ? undefined : new Date(decidedAt),
    });

    it('requested and rejected changes never apply', () => {
      const changes: TierChange[] = [
        { tier: 'PLATINUM', effectiveFrom: '2026-01-01', status: 'REQUESTED' },
        { tier: 'GOLD', effectiveFrom: '2026-02-01', status: 'REJECTED', decidedAt: new Date('2026-01-20T10:00:00Z') },
      ];
      expect(tierInForce('LIST', changes, '2026-06-01')).toBe('LIST');
    });

    it('an approved change applies from its effective date on, not before', () => {
      const changes = [approved('GOLD', '2026-03-01', '2026-02-10T09:00:00Z')];
      expect(tierInForce('SILVER', changes, '2026-02-28')).toBe('SILVER');
      expect(tierInForce('SILVER', changes, '2026-03-01')).toBe('GOLD');
      expect(tierInForce('SILVER', changes, '2027-01-01')).toBe('GOLD');
    });

    it('the latest effective approved change wins, whatever the order it is listed in', () => {
      const changes = [
        approved('PLATINUM', '2026-09-01'),
        approved('SILVER', '2026-01-01'),
        approved('GOLD', '2026-05-01'),
      ];
      expect(tierInForce('LIST', changes, '2026-04-30')).toBe('SILVER');
      expect(tierInForce('LIST', changes, '2026-05-01')).toBe('GOLD');
      expect(tierInForce('LIST', changes, '2026-12-31')).toBe('PLATINUM');
    });

    it('a later approval may lower the tier: a downgrade applies as well', () => {
      const changes = [approved('PLATINUM', '2026-01-01'), approved('LIST', '2026-07-01')];
      expect(tierInForce('GOLD', changes, '2026-07-15')).toBe('LIST');
    });

    it('two approved changes effective the same day: the later decision wins', () => {
      const changes = [
        approved('GOLD', '2026-04-01', '2026-03-20T15:00:00Z'),
        approved('SILVER', '2026-04-01', '2026-03-10T09:00:00Z'),
      ];
      expect(tierInForce('LIST', changes, '2026-04-01')).toBe('GOLD');
      expect(tierInForce('LIST', [...changes].reverse(), '2026-04-01')).toBe('GOLD');
    });

    it('a tie without decision times, or with the same one, goes to the change listed later', () => {
      expect(
        tierInForce('LIST', [approved('GOLD', '2026-04-01'), approved('SILVER', '2026-04-01')], '2026-04-01'),
      ).toBe('SILVER');
      expect(
        tierInForce(
          'LIST',
          [approved('SILVER', '2026-04-01', '2026-03-01T00:00:00Z'), approved('GOLD', '2026-04-01')],
          '2026-04-01',
        ),
      ).toBe('SILVER');
      const same = '2026-03-01T00:00:00Z';
      expect(
        tierInForce(
          'LIST',
          [approved('GOLD', '2026-04-01', same), approved('PLATINUM', '2026-04-01', same)],
          '2026-04-01',
        ),
      ).toBe('PLATINUM');
    });

    it('refuses what it cannot read', () => {
      expect(() => tierInForce('LIST', [], '2026-02-30')).toThrow(/date "2026-02-30" is not a real date/);
      expect(() => tierInForce('LIST', [], '2026-13-01')).toThrow(PricingTierError);
      expect(() => tierInForce('BRONZE' as 'LIST', [], '2026-01-01')).toThrow(
        /initialTier "BRONZE" is not a pricing tier: use one of LIST, SILVER, GOLD, PLATINUM/,
      );
      expect(() =>
        tierInForce('LIST', [{ ...approved('GOLD', '2026-01-01'), effectiveFrom: '2026-1-1' }], '2026-01-01'),
      ).toThrow(/changes\[0\].effectiveFrom/);
      expect(() =>
        tierInForce('LIST', [{ ...approved('GOLD', '2026-01-01'), status: 'approved' as 'APPROVED' }], '2026-01-01'),
      ).toThrow(/changes\[0\].status "approved"/);
      expect(() => tierInForce('LIST', [approved('GOLD', '2026-01-01', 'yesterday')], '2026-01-01')).toThrow(
        /changes\[0\].decidedAt is not a valid time/,
      );
    });
  });

  describe('the price at a tier', () => {
    it('takes the tier discount off the list amount', () => {
      expect(priceAtTier(100_000, 'LIST')).toBe(100_000);
      expect(priceAtTier(100_000, 'SILVER')).toBe(95_000);
      expect(priceAtTier(100_000, 'GOLD')).toBe(90_000);
      expect(priceAtTier(100_000, 'PLATINUM')).toBe(85_000);
      expect(priceAtTier(0, 'PLATINUM')).toBe(0);
    });

    it('rounds half up to the minor unit: 999 at SILVER is 949.05 -> 949, 1001 is 950.95 -> 951, 10 is 9.5 -> 10', () => {
      expect(priceAtTier(999, 'SILVER')).toBe(949);
      expect(priceAtTier(1001, 'SILVER')).toBe(951);
      expect(priceAtTier(10, 'SILVER')).toBe(10);
      expect(priceAtTier(30, 'PLATINUM')).toBe(26); // 25.5
    });

    it('stays exact for the largest amounts', () => {
      expect(priceAtTier(Number.MAX_SAFE_INTEGER, 'LIST')).toBe(Number.MAX_SAFE_INTEGER);
      expect(priceAtTier(9_000_000_000_000_000, 'GOLD')).toBe(8_100_000_000_000_000);
    });

    it('refuses amounts that are not whole non-negative minor units, and unknown tiers', () => {
      expect(() => priceAtTier(99.5, 'GOLD')).toThrow(/non-negative whole number of minor units, got 99.5/);
      expect(() => priceAtTier(-100, 'GOLD')).toThrow(PricingTierError);
      expect(() => priceAtTier(100, 'DIAMOND' as 'GOLD')).toThrow(/tier "DIAMOND" is not a pricing tier/);
    });
  });
});

describe('assessing a discount for approval', () => {
  it('KPMG IFRS 15 Handbook bundle: standalone 90 sold for 80 is a discount of 10, 1111 basis points', () => {
    expect(assessDiscount(90, 80, 1000)).toEqual({
      standaloneTotalMinor: 90,
      transactionPriceMinor: 80,
      discountMinor: 10,
      discountBasisPoints: 1111,
      needsApproval: true,
    });
    expect(assessDiscount(90, 80, 1200).needsApproval).toBe(false);
  });

  it('exactly at the threshold needs no approval, one basis point above does', () => {
    expect(assessDiscount(100_000, 90_000, 1000)).toMatchObject({ discountBasisPoints: 1000, needsApproval: false });
    expect(assessDiscount(100_000, 89_990, 1000)).toMatchObject({ discountBasisPoints: 1001, needsApproval: true });
  });

  it('compares the exact discount with the threshold, not the rounded basis points', () => {
    // 10.004 % shows as 1000 basis points, but it is above a threshold of 1000.
    expect(assessDiscount(100_000, 89_996, 1000)).toMatchObject({
      discountMinor: 10_004,
      discountBasisPoints: 1000,
      needsApproval: true,
    });
  });

  it('rounds the basis points half up', () => {
    expect(assessDiscount(20_000, 19_999, 0).discountBasisPoints).toBe(1); // 0.5
    expect(assessDiscount(30_000, 29_999, 0).discountBasisPoints).toBe(0); // 0.33
    expect(assessDiscount(3, 1, 10_000).discountBasisPoints).toBe(6667); // 6666.67
  });

  it('no discount and premiums never need approval; a premium shows as negative basis points', () => {
    expect(assessDiscount(50_000, 50_000, 0)).toMatchObject({
      discountMinor: 0,
      discountBasisPoints: 0,
      needsApproval: false,
    });
    expect(assessDiscount(20_000, 20_001, 0)).toMatchObject({
      discountMinor: -1,
      discountBasisPoints: -1,
      needsApproval: false,
    });
    expect(assessDiscount(90, 100, 0)).toMatchObject({
      discountMinor: -10,
      discountBasisPoints: -1111,
      needsApproval: false,
    });
  });

  it('a price of zero is a full discount', () => {
    expect(assessDiscount(5_000, 0, 9_999)).toMatchObject({
      discountMinor: 5_000,
      discountBasisPoints: 10_000,
      needsApproval: true,
    });
  });

  it('refuses a zero standalone total and amounts that are not whole non-negative numbers', () => {
    expect(() => assessDiscount(0, 0, 1000)).toThrow(
      /the standalone total in minor units must be a positive whole number, got 0/,
    );
    expect(() => assessDiscount(-100, 50, 1000)).toThrow(DiscountApprovalError);
    expect(() => assessDiscount(100, -1, 1000)).toThrow(
      /the transaction price in minor units must be a non-negative whole number, got -1/,
    );
    expect(() => assessDiscount(100, 50.5, 1000)).toThrow(DiscountApprovalError);
    expect(() => assessDiscount(100, 50, 12.5)).toThrow(
      /the approval threshold in basis points must be a non-negative whole number, got 12.5/,
    );
  });
});
