import {
  SspTableError,
  checkSspEntry,
  standaloneSellingPriceFor,
  type SspEntry,
  type SspQuery,
} from '../../../../../subgraphs/contract/revrec/standaloneSellingPrices';

const entry = (overrides: Partial<SspEntry> & { name: string }): SspEntry & { name: string } => ({
  productCode: 'PLAT',
  region: 'EU',
  currency: 'EUR',
  segment: null,
  pricingTier: null,
  validFrom: '2024-01-01',
  validTo: null,
  priceMinor: 100_000,
  observableMinMinor: null,
  observableMaxMinor: null,
  status: 'APPROVED',
  ...overrides,
});

const sale: SspQuery = {
  productCode: 'PLAT',
  region: 'EU',
  currency: 'EUR',
  segment: 'ENTERPRISE',
  pricingTier: 'GOLD',
  date: '2024-06-01',
};

const found = (entries: (SspEntry & { name: string })[], query: SspQuery = sale) =>
  standaloneSellingPriceFor(entries, query)?.name;

describe('the standalone selling price that applies to a sale', () => {
  it('is the most specific approved entry in effect: segment and tier before segment before every segment', () => {
    const table = [
      entry({ name: 'any' }),
      entry({ name: 'enterprise', segment: 'ENTERPRISE' }),
      entry({ name: 'enterprise-gold', segment: 'ENTERPRISE', pricingTier: 'GOLD' }),
      entry({ name: 'smb-gold', segment: 'SMB', pricingTier: 'GOLD' }),
    ];
    expect(found(table)).toBe('enterprise-gold');
    expect(found(table, { ...sale, pricingTier: 'LIST' })).toBe('enterprise');
    expect(found(table, { ...sale, segment: 'MID_MARKET', pricingTier: 'LIST' })).toBe('any');
    expect(found(table, { ...sale, segment: null, pricingTier: 'GOLD' })).toBe('any');
  });

  it('ignores entries not approved, of another region, currency or product, or not in effect that day', () => {
    const table = [
      entry({ name: 'requested', segment: 'ENTERPRISE', status: 'REQUESTED' }),
      entry({ name: 'rejected', segment: 'ENTERPRISE', status: 'REJECTED' }),
      entry({ name: 'us', region: 'US', segment: 'ENTERPRISE' }),
      entry({ name: 'usd', currency: 'USD', segment: 'ENTERPRISE' }),
      entry({ name: 'other', productCode: 'SEAT', segment: 'ENTERPRISE' }),
      entry({ name: 'expired', segment: 'ENTERPRISE', validTo: '2024-05-31' }),
      entry({ name: 'future', segment: 'ENTERPRISE', validFrom: '2024-06-02' }),
      entry({ name: 'base' }),
    ];
    expect(found(table)).toBe('base');
    expect(found(table.slice(0, -1))).toBeUndefined();
  });

  it('prefers, among equally specific entries, the latest to take effect, then the latest decided', () => {
    const table = [
      entry({ name: 'older', validFrom: '2024-01-01', decidedAt: new Date('2024-03-01') }),
      entry({ name: 'newer', validFrom: '2024-05-01', decidedAt: new Date('2024-01-01') }),
      entry({ name: 'newer-redecided', validFrom: '2024-05-01', decidedAt: new Date('2024-02-01') }),
    ];
    expect(found(table)).toBe('newer-redecided');
    expect(found(table, { ...sale, date: '2024-04-30' })).toBe('older');
  });

  it('refuses an entry whose range does not hold its price, a half range, or an end before its start', () => {
    expect(() => checkSspEntry(entry({ name: 'x', observableMinMinor: 110_000, observableMaxMinor: 150_000 }))).toThrow(
      /price 100000 minor units is outside its own observable range 110000 minor units to 150000 minor units/,
    );
    expect(() => checkSspEntry(entry({ name: 'x', observableMinMinor: 90_000 }))).toThrow(SspTableError);
    expect(() => checkSspEntry(entry({ name: 'x', validTo: '2023-12-31' }))).toThrow(/before validFrom/);
    expect(() =>
      checkSspEntry(entry({ name: 'x', observableMinMinor: 90_000, observableMaxMinor: 120_000 })),
    ).not.toThrow();
  });
});
