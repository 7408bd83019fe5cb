import { addressAgreement } from '../../../../../subgraphs/customer/ingestion/matchCustomer';

describe('address components in a match score', () => {
  it('supports a match at the same postcode or city, weighs against a different one, and ignores gaps', () => {
    expect(addressAgreement({ postalCode: '10115', city: 'Berlin' }, { postalCode: '10 115', city: 'BERLIN' })).toEqual(
      { adjustment: 0.02, reasons: ['same postcode'] },
    );
    expect(addressAgreement({ postalCode: '10117', city: 'Berlin' }, { postalCode: '10115', city: 'berlin' })).toEqual({
      adjustment: 0.01,
      reasons: ['same city'],
    });
    expect(addressAgreement({ postalCode: '80331', city: 'München' }, { postalCode: '10115', city: 'Berlin' })).toEqual(
      { adjustment: -0.05, reasons: ['different postcode and city'] },
    );
    expect(addressAgreement(undefined, { postalCode: '10115', city: 'Berlin' })).toEqual({
      adjustment: 0,
      reasons: [],
    });
    expect(addressAgreement({ city: 'Berlin' }, { postalCode: '10115' })).toEqual({ adjustment: 0, reasons: [] });
  });
});
