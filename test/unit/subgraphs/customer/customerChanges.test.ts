import { applyPatch, diffCustomer } from '../../../../subgraphs/customer/changes';
import { toCustomerPatch } from '../../../../subgraphs/customer/input';
import type { Customer } from '../../../../subgraphs/customer/entities/Customer';

const customer = (): Customer => ({
  id: 'cus_000001',
  name: 'Acme',
  legalName: 'Acme GmbH',
  nativeName: null,
  nativeScript: null,
  country: 'DE',
  duns: null,
  region: 'EU',
  billingAddress: { line1: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
  shippingAddress: null,
  paymentTermsCode: 'NET30',
  creditLimitMinor: 5_000_000,
  creditLimitCurrency: 'EUR',
  creditHold: false,
  status: 'ACTIVE',
  createdAt: new Date('2024-01-01T00:00:00Z'),
  updatedAt: new Date('2024-01-01T00:00:00Z'),
  verifiedAt: null,
  creditScore: null,
  creditScoreAsOf: null,
  mergedInto: null,
  segment: null,
  searchText: 'acme\nacme gmbh',
});

describe('customer changes', () => {
  it('lists only fields whose value really changes', () => {
    const patch = toCustomerPatch({
      name: 'Acme',
      paymentTermsCode: 'net45',
      // Same address, other key order: not a change.
      billingAddress: { postalCode: '10115', city: 'Berlin', line1: 'Hauptstr. 1', country: 'de' },
      creditLimit: { amount: '60000.00', currency: 'EUR' },
    });
    expect(diffCustomer(customer(), patch)).toEqual([
      { field: 'paymentTermsCode', oldValue: '"NET30"', newValue: '"NET45"' },
      {
        field: 'creditLimit',
        oldValue: '{"currency":"EUR","minor":5000000}',
        newValue: '{"currency":"EUR","minor":6000000}',
      },
    ]);
  });

  it('applies a patch and stamps the update time', () => {
    const record = customer();
    const at = new Date('2026-11-28T10:00:00Z');
    applyPatch(record, toCustomerPatch({ creditHold: true, creditLimit: { amount: '1.00', currency: 'USD' } }), at);
    expect(record).toMatchObject({
      creditHold: true,
      creditLimitMinor: 100,
      creditLimitCurrency: 'USD',
      updatedAt: at,
    });
  });

  it('refuses to clear mandatory fields', () => {
    expect(() => toCustomerPatch({ name: null })).toThrow(/cannot be cleared/);
    expect(() => toCustomerPatch({ status: null })).toThrow(/cannot be cleared/);
  });
});
