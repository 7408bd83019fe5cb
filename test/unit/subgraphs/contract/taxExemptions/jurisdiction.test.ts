import {
  invoiceJurisdiction,
  jurisdictionCovers,
  parseJurisdiction,
  type Jurisdiction,
} from '../../../../../subgraphs/contract/taxExemptions/jurisdiction';

const code = (text: string) => parseJurisdiction(text) as Jurisdiction;

describe('tax jurisdictions', () => {
  it('reads an ISO 3166-1 country and an ISO 3166-2 subdivision', () => {
    expect(parseJurisdiction('DE')).toEqual({ code: 'DE', country: 'DE', subdivision: null });
    expect(parseJurisdiction('US-TX')).toEqual({ code: 'US-TX', country: 'US', subdivision: 'TX' });
    expect(parseJurisdiction('GB-ENG')).toEqual({ code: 'GB-ENG', country: 'GB', subdivision: 'ENG' });
    expect(parseJurisdiction('FR-75')).toEqual({ code: 'FR-75', country: 'FR', subdivision: '75' });
  });

  it('refuses what is no code, or no assigned country, without quoting it', () => {
    for (const text of ['', 'D', 'DEU', 'de', 'US-', 'US-TEXA', 'US_TX', 'US TX', 'US-TX-1'])
      expect(parseJurisdiction(text)).toEqual({ problem: expect.stringMatching(/^is not an ISO 3166 code/) });
    for (const text of ['UK', 'EL', 'XK-01'])
      expect(parseJurisdiction(text)).toEqual({ problem: 'does not start with an ISO 3166-1 country code' });
  });

  it("takes an invoice's jurisdiction from the billing address: the subdivision only where it has ISO's form", () => {
    expect(invoiceJurisdiction('US', 'TX')).toEqual(code('US-TX'));
    expect(invoiceJurisdiction('us', ' tx ')).toEqual(code('US-TX'));
    expect(invoiceJurisdiction('US', 'US-TX')).toEqual(code('US-TX'));
    expect(invoiceJurisdiction('IT', 'RM')).toEqual(code('IT-RM'));
    expect(invoiceJurisdiction('ES', 'Madrid')).toEqual(code('ES'));
    expect(invoiceJurisdiction('DE', null)).toEqual(code('DE'));
    expect(invoiceJurisdiction('DE', '')).toEqual(code('DE'));
  });

  it('lets a country cover its subdivisions, and a subdivision only itself', () => {
    expect(jurisdictionCovers(code('US'), code('US-TX'))).toBe(true);
    expect(jurisdictionCovers(code('US'), code('US'))).toBe(true);
    expect(jurisdictionCovers(code('US-TX'), code('US-TX'))).toBe(true);
    expect(jurisdictionCovers(code('US-TX'), code('US-CA'))).toBe(false);
    expect(jurisdictionCovers(code('US-TX'), code('US'))).toBe(false);
    expect(jurisdictionCovers(code('DE'), code('AT'))).toBe(false);
  });
});
