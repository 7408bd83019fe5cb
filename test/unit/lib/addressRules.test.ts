import { ADDRESS_RULES, DEFAULT_ADDRESS_RULE, addressRuleOf } from '../../../lib/addressRules';
import { checkAddress, type AddressSent } from '../../../lib/checkAddress';
import { ISO_COUNTRY_CODES, type CountryCode } from '../../../lib/countries';
import { normalisePostalCode } from '../../../lib/postalCode';

const check = (sent: AddressSent) => checkAddress(sent, 'address');

/** The address kept, or the messages of what is wrong with it. */
function outcome(sent: AddressSent) {
  const result = check(sent);
  return 'address' in result ? result.address : result.problems.map(({ message }) => message);
}

function postalCodeOf(country: CountryCode, postalCode: string): string | undefined {
  const result = check({ line1: 'Main Street 1', city: 'Town', postalCode, country });
  return 'address' in result ? result.address.postalCode : undefined;
}

describe('address rules per country', () => {
  it('only names ISO countries, and every postal code pattern accepts its own example', () => {
    for (const [country, rule] of Object.entries(ADDRESS_RULES)) {
      expect(ISO_COUNTRY_CODES).toContain(country);
      if (typeof rule.postalCode !== 'object') continue;
      const example = rule.postalCode.shape.split('e.g. ')[1]?.split(' or ')[0] ?? '';
      expect([country, normalisePostalCode(example, rule.postalCode)]).toEqual([country, example]);
    }
  });

  it('gives a country without a rule the default: a city, any postal code, no street needed', () => {
    expect(addressRuleOf('MV')).toBe(DEFAULT_ADDRESS_RULE);
    expect(outcome({ city: 'Malé', postalCode: 'Zip 20026', country: 'MV' })).toEqual({
      city: 'Malé',
      postalCode: 'Zip 20026',
      country: 'MV',
    });
    expect(outcome({ line1: 'Rruga e Kavajës 1', country: 'AL' })).toEqual(['address in Albania (AL) needs a city']);
  });

  it('accepts a Gulf address without a street, and drops a postal code where the country has none', () => {
    expect(outcome({ line2: 'Office 1203, Tower B', city: 'Dubai', region: 'Dubai', country: 'AE' })).toEqual({
      line2: 'Office 1203, Tower B',
      city: 'Dubai',
      region: 'Dubai',
      country: 'AE',
    });
    const withZeros = check({ city: 'Doha', postalCode: '00000', country: 'QA' });
    expect(withZeros).toEqual({
      address: { city: 'Doha', country: 'QA' },
      warnings: [{ part: 'postalCode', message: 'address.postalCode sent, but Qatar (QA) has no postal codes' }],
    });
    expect(outcome({ city: 'Riyadh', postalCode: '12271', country: 'SA' })).toMatchObject({ postalCode: '12271' });
    expect(outcome({ city: 'Kuwait City', postalCode: '1327', country: 'KW' })).toEqual([
      'address.postalCode does not fit Kuwait (KW): expected 5 digits, e.g. 12345',
    ]);
  });

  it('accepts Hong Kong, Irish and island addresses without a street', () => {
    for (const country of ['HK', 'MO', 'IE', 'FJ', 'BS', 'TO'] as const)
      expect(outcome({ city: 'Capital', country })).toEqual({ city: 'Capital', country });
    expect(postalCodeOf('IE', 'd02x285')).toBe('D02 X285');
    expect(postalCodeOf('IE', 'D6WFE12')).toBe('D6W FE12');
    expect(postalCodeOf('IE', 'D02 B285')).toBeUndefined();
  });

  it('keeps a Japanese address in kanji, with its postal code in full-width digits or after the postal mark', () => {
    const sent = { line1: '丸の内1-1-1', city: '千代田区', region: '東京都', country: 'JP' } as const;
    expect(outcome({ ...sent, postalCode: '〒１００－０００５' })).toEqual({ ...sent, postalCode: '100-0005' });
    expect(postalCodeOf('JP', '1000005')).toBe('100-0005');
    expect(outcome({ ...sent, postalCode: '100-05' })).toEqual([
      'address.postalCode does not fit Japan (JP): expected 7 digits, e.g. 100-0001',
    ]);
    expect(outcome({ city: '大阪市', country: 'JP' })).toEqual(['address in Japan (JP) needs a street line (line1)']);
  });

  it('keeps Cyrillic, Han and Arabic city names as sent', () => {
    expect(outcome({ line1: 'ул. Тверская, д. 7', city: 'Москва', postalCode: '125009', country: 'RU' })).toMatchObject(
      {
        city: 'Москва',
        postalCode: '125009',
      },
    );
    expect(outcome({ line1: '建国门外大街1号', city: '北京市', postalCode: '100004', country: 'CN' })).toMatchObject({
      city: '北京市',
    });
    expect(outcome({ city: 'أبو ظبي', country: 'AE' })).toEqual({ city: 'أبو ظبي', country: 'AE' });
  });

  it('writes British, Dutch and Canadian postal codes the way their posts do', () => {
    expect(postalCodeOf('GB', 'sw1a1aa')).toBe('SW1A 1AA');
    expect(postalCodeOf('GB', ' EC1A  1BB ')).toBe('EC1A 1BB');
    expect(postalCodeOf('GB', 'm11ae')).toBe('M1 1AE');
    expect(postalCodeOf('JE', 'je23ab')).toBe('JE2 3AB');
    expect(postalCodeOf('NL', '1234ab')).toBe('1234 AB');
    expect(postalCodeOf('NL', '1012-jS')).toBe('1012 JS');
    expect(postalCodeOf('CA', 'k1a0b1')).toBe('K1A 0B1');
    expect(postalCodeOf('CA', 'H3Z-2Y7')).toBe('H3Z 2Y7');
  });

  it('writes the separators of other countries, and never changes a digit', () => {
    expect(postalCodeOf('US', '94105')).toBe('94105');
    expect(postalCodeOf('US', '941051234')).toBe('94105-1234');
    expect(postalCodeOf('BR', '01310100')).toBe('01310-100');
    expect(postalCodeOf('BR', '01310-100')).toBe('01310-100');
    expect(postalCodeOf('PL', '00950')).toBe('00-950');
    expect(postalCodeOf('PT', '1000 001')).toBe('1000-001');
    expect(postalCodeOf('SE', '11455')).toBe('114 55');
    expect(postalCodeOf('CZ', '110 00')).toBe('110 00');
    expect(postalCodeOf('DE', '10115')).toBe('10115');
    expect(postalCodeOf('FR', '75 001')).toBe('75001');
    expect(postalCodeOf('CH', '8001')).toBe('8001');
    expect(postalCodeOf('IN', '110001')).toBe('110001');
  });

  it('refuses a postal code of the wrong shape, saying what shape is expected', () => {
    expect(outcome({ line1: '1 Market St', city: 'San Francisco', postalCode: '9410', country: 'US' })).toEqual([
      'address.postalCode does not fit United States (US): expected a ZIP code of 5 digits or a ZIP+4, e.g. 94105 or 94105-1234',
    ]);
    expect(postalCodeOf('US', '94105-12')).toBeUndefined();
    expect(postalCodeOf('DE', '1011')).toBeUndefined();
    expect(postalCodeOf('DE', 'D-10115')).toBeUndefined();
    expect(postalCodeOf('NL', '0123 AB')).toBeUndefined();
    expect(postalCodeOf('NL', '1234 SS')).toBeUndefined();
    expect(postalCodeOf('GB', 'SW1A')).toBeUndefined();
    expect(postalCodeOf('CA', 'D1A 0B1')).toBeUndefined();
    expect(postalCodeOf('IN', '010001')).toBeUndefined();
    expect(postalCodeOf('CH', '80011')).toBeUndefined();
    expect(postalCodeOf('BR', '1310-100')).toBeUndefined();
  });

  it('requires a postal code where the post cannot deliver without one, and names every missing part', () => {
    expect(outcome({ line1: '10 Downing Street', city: 'London', country: 'GB' })).toEqual([
      'address in United Kingdom (GB) needs a postal code',
    ]);
    expect(outcome({ country: 'NL' })).toEqual([
      'address in Netherlands (NL) needs a city',
      'address in Netherlands (NL) needs a street line (line1)',
      'address in Netherlands (NL) needs a postal code',
    ]);
    expect(outcome({ line1: '1 Main St', city: 'Boston', country: 'US' })).toEqual({
      line1: '1 Main St',
      city: 'Boston',
      country: 'US',
    });
    expect(outcome({ line1: 'Hauptstr. 1', city: 'Berlin', country: 'DE' })).toMatchObject({ city: 'Berlin' });
  });

  it('names the address by the path it is given', () => {
    expect(checkAddress({ city: 'Paris', country: 'FR' }, 'billingAddress')).toEqual({
      problems: [{ part: 'line1', message: 'billingAddress in France (FR) needs a street line (line1)' }],
      warnings: [],
    });
  });
});
