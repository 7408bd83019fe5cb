import type { CheckFacts } from '../../../../../subgraphs/quality/checks/facts';
import { observe, stakeOf, summarise } from '../../../../../subgraphs/quality/kpis/definitions';

function facts(
  id: string,
  overrides: {
    ar?: { currency: string; minor: number }[];
    value?: { currency: string; minor: number }[];
    address?: boolean;
    duplicate?: boolean;
    missingPo?: string[];
    needingPo?: number;
  } = {},
): CheckFacts {
  return {
    customer: {
      id,
      region: 'EU',
      segment: 'SMB',
      country: 'DE',
      status: 'ACTIVE',
      createdAt: '2025-01-01T00:00:00.000Z',
      legalNamePresent: true,
      billingAddressComplete: overrides.address ?? true,
      shippingAddressPresent: true,
      paymentTermsPresent: true,
      creditLimitPresent: true,
      dunsPresent: true,
      taxIds: [{ kind: 'EU_VAT', valid: true, reasonCode: null }],
      bankAccountsOnFile: 0,
      suspectedDuplicate: overrides.duplicate ?? false,
    },
    billing: {
      customerId: id,
      arBalance: overrides.ar ?? [],
      contractValue: overrides.value ?? [],
      purchaseOrderRequired: (overrides.needingPo ?? 0) > 0,
      invoicesNeedingPurchaseOrder: overrides.needingPo ?? 0,
      invoicesMissingPurchaseOrder: overrides.missingPo ?? [],
      invoices: [],
    },
    openBankCases: 0,
  };
}

describe('quality KPIs', () => {
  it('weigh a customer by open receivables in euro-equivalent, else by contract value', () => {
    expect(stakeOf(facts('a', { ar: [{ currency: 'EUR', minor: 100_00 }] }))).toBe(100);
    expect(stakeOf(facts('b', { ar: [{ currency: 'JPY', minor: 16_500 }] }))).toBeCloseTo(100, 6);
    expect(stakeOf(facts('c', { value: [{ currency: 'EUR', minor: 5_000_00 }] }))).toBe(5000);
  });

  it('rank offenders by the money at stake, each once, and count the numerator as the KPI says', () => {
    const all = [
      facts('small', { address: false, ar: [{ currency: 'EUR', minor: 10_00 }] }),
      facts('big', { address: false, ar: [{ currency: 'USD', minor: 10_000_00 }] }),
      facts('fine', { ar: [{ currency: 'EUR', minor: 99_999_00 }] }),
      facts('dup', { duplicate: true }),
    ].flatMap(observe);
    const address = summarise(
      'ADDRESS_COMPLETENESS',
      all.filter((o) => o.kpi === 'ADDRESS_COMPLETENESS'),
      10,
    );
    expect(address).toMatchObject({ numerator: 2, denominator: 4, ratio: 0.5 });
    expect(address.topOffenders.map((o) => o.customerId)).toEqual(['big', 'small']);
    // A rate of problems counts the failing ones.
    expect(
      summarise(
        'DUPLICATE_RATE',
        all.filter((o) => o.kpi === 'DUPLICATE_RATE'),
        10,
      ),
    ).toMatchObject({ numerator: 1, denominator: 4 });
    expect(summarise('ADDRESS_COMPLETENESS', [], 10)).toEqual({
      numerator: 0,
      denominator: 0,
      ratio: null,
      topOffenders: [],
    });
  });

  it('count purchase-order coverage per invoice that needs a PO', () => {
    const po = observe(facts('p', { needingPo: 5, missingPo: ['i2', 'i4'] })).filter((o) => o.kpi === 'PO_COVERAGE');
    expect(summarise('PO_COVERAGE', po, 10)).toMatchObject({
      numerator: 3,
      denominator: 5,
      topOffenders: [{ customerId: 'p', detail: 'invoice i2 lacks the required purchase-order number' }],
    });
  });
});
