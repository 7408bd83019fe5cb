import { ISO_COUNTRY_CODES, isCountryCode } from '../../../lib/countries';
import { EU_MEMBER_STATES } from '../../../lib/euMemberStates';
import { REGIONS, REGION_OF_COUNTRY, regionOfCountry } from '../../../lib/regions';

describe('jurisdictions', () => {
  it('lists the 249 ISO 3166-1 alpha-2 codes, each a country CLDR can name', () => {
    expect(ISO_COUNTRY_CODES).toHaveLength(249);
    expect(new Set(ISO_COUNTRY_CODES).size).toBe(249);
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const code of ISO_COUNTRY_CODES) expect([code, names.of(code)]).not.toEqual([code, code]);
  });

  it('puts every country in exactly one known region, and nothing else in the table', () => {
    expect(Object.keys(REGION_OF_COUNTRY).sort()).toEqual([...ISO_COUNTRY_CODES].sort());
    for (const region of Object.values(REGION_OF_COUNTRY)) expect(REGIONS).toContain(region);
    // Every region holds at least one country, so none is a dead name in tokens and policy.
    expect(new Set(Object.values(REGION_OF_COUNTRY))).toEqual(new Set(REGIONS));
  });

  it.each([
    ['GB', 'UK'],
    ['JE', 'UK'],
    ['CH', 'CH'],
    ['NO', 'EU'],
    ['IS', 'EU'],
    ['GP', 'EU'],
    ['CA', 'CA'],
    ['MX', 'MX'],
    ['PR', 'US'],
    ['HK', 'ROW'],
    ['NZ', 'ROW'],
    ['ZA', 'ROW'],
    ['KR', 'ROW'],
    ['ar', 'ROW'],
    [' de ', 'EU'],
  ])('places %s in %s', (country, region) => {
    expect(regionOfCountry(country)).toBe(region);
  });

  it('keeps every EU member state in the EU region', () => {
    for (const country of EU_MEMBER_STATES) expect(regionOfCountry(country)).toBe('EU');
  });

  it.each(['UK', 'EL', 'XK', 'EU', 'ZZ', 'D', 'DEU', '', '１２'])('knows no country "%s"', (code) => {
    expect(regionOfCountry(code)).toBeUndefined();
    expect(isCountryCode(code)).toBe(false);
  });
});
