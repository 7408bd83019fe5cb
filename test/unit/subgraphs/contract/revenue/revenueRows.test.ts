import type { GraphQLResolveInfo } from 'graphql';
import type { Principal } from '../../../../../lib/principal';
import { mask } from '../../../../../policies/masking';
import { planFor } from '../../../../../policies/plans';
import { customerRevenue } from '../../../../../subgraphs/contract/revenue/customerRevenue';
import { revenueRowColumns } from '../../../../../subgraphs/contract/revenue/revenueRowColumns';
import { withheldDaysCollapsed, type RevenueRow } from '../../../../../subgraphs/contract/revenue/revenueRows';
import type { ContractRevenueFigures } from '../../../../../subgraphs/contract/revenue/revenueSnapshots';
import { AccessReport } from '../../../../../subgraphs/kit/accessReport';
import type { SubgraphContext } from '../../../../../subgraphs/kit/context';
import { governedRows } from '../../../../../subgraphs/kit/copies';
import { readSubgraphSdl } from '../../../../../schema/subgraphSdl';

/**
 * A customer's revenue as bulk rows (`Customer.revenueRows`): the same totals per currency as
 * `Customer.revenue`, and each figure governed as the `CustomerRevenue` field it copies is, for the
 * customer's jurisdiction; a day withheld whole names no currency.
 */

const plan = planFor(readSubgraphSdl('contract'));
const SALT = 'a-masking-salt-of-at-least-32-characters';

function figures(minor: number, hasObligations = true): ContractRevenueFigures {
  return {
    hasObligations,
    summary: {
      recognizedToDateMinor: minor,
      billedToDateMinor: minor * 2,
      deferredMinor: minor + 1,
      unbilledMinor: minor + 2,
      arrMinor: minor * 12,
      mrrMinor: minor,
    },
  };
}

describe('customerRevenue', () => {
  it('sums the contracts of each currency, in currency order, and leaves out contracts without obligations', () => {
    const contracts = [{ currency: 'USD' }, { currency: 'EUR' }, { currency: 'USD' }, { currency: 'JPY' }];
    const totals = customerRevenue(contracts, [figures(100), figures(7), figures(50), figures(999, false)]);
    expect(totals).toEqual([
      { currency: 'EUR', recognizedToDate: 7, deferred: 8, unbilled: 9, arr: 84, mrr: 7 },
      { currency: 'USD', recognizedToDate: 150, deferred: 152, unbilled: 154, arr: 1800, mrr: 150 },
    ]);
  });

  it('gives nothing for a customer without contracts', () => {
    expect(customerRevenue([], [])).toEqual([]);
  });
});

describe('revenue rows', () => {
  const info = {
    path: { prev: { prev: undefined, key: 0, typename: undefined }, key: 'revenueRows' },
  } as unknown as GraphQLResolveInfo;

  function rowsOf(region: string): RevenueRow[] {
    const days = ['2026-10-31', '2026-11-30'].map((asOf) => ({ customerId: 'cus_1', region, asOf }));
    return days.flatMap((day) =>
      customerRevenue([{ currency: 'EUR' }, { currency: 'USD' }], [figures(1_234_567), figures(89_101)]).map(
        (totals) => ({ ...totals, day }),
      ),
    );
  }

  function run(principal: Principal, region: string) {
    const access = new AccessReport();
    const context = {
      principal,
      plan,
      access,
      config: { governance: true, maskingSalt: SALT },
    } as unknown as SubgraphContext;
    const shown = withheldDaysCollapsed(governedRows(context, info, rowsOf(region), revenueRowColumns(plan)));
    return { shown, access };
  }

  it('shows each figure as Customer.revenue would: raw in the caller’s region, rounded outside it', () => {
    const inRegion = run({ sub: 'fa', roles: ['finance_analyst'], regions: ['EU'] }, 'EU');
    expect(inRegion.shown[0]).toEqual({
      asOf: '2026-10-31',
      currency: 'EUR',
      recognizedToDate: { amount: '12345.67', currency: 'EUR' },
      deferred: { amount: '12345.68', currency: 'EUR' },
      unbilled: { amount: '12345.69', currency: 'EUR' },
      arr: { amount: '148148.04', currency: 'EUR' },
      mrr: { amount: '12345.67', currency: 'EUR' },
    });
    expect(inRegion.shown.map((row) => [row.asOf, row.currency])).toEqual([
      ['2026-10-31', 'EUR'],
      ['2026-10-31', 'USD'],
      ['2026-11-30', 'EUR'],
      ['2026-11-30', 'USD'],
    ]);

    const outOfRegion = run({ sub: 'fa', roles: ['finance_analyst'], regions: ['EU'] }, 'US');
    const rounded = mask('ROUND', { minor: 1_234_567, currency: 'EUR' }, 'Money', { salt: SALT, ...plan.masking });
    expect(outOfRegion.shown[0].recognizedToDate).toEqual({
      amount: ((rounded as { minor: number }).minor / 100).toFixed(2),
      currency: 'EUR',
    });
    const report = outOfRegion.access.toJSON();
    // One CustomerRevenue read per day, as two `revenue(asOf:)` objects would be.
    expect(report.records).toEqual([
      expect.objectContaining({ type: 'CustomerRevenue', customerId: 'cus_1', count: 2, read: ['FINANCIAL:MASK'] }),
    ]);
    expect(report.decisions.map((decision) => [decision.coordinate, decision.decision, decision.via])).toEqual(
      expect.arrayContaining([['CustomerRevenue.mrr', 'MASK', 'Customer.revenueRows']]),
    );
  });

  it('withholds a denied day whole: one row naming only the day, no currency, one FORBIDDEN error without values', () => {
    const { shown, access } = run({ sub: 'billing', roles: ['billing_ops'], regions: ['EU'] }, 'US');
    const nothing = { currency: null, recognizedToDate: null, deferred: null, unbilled: null, arr: null, mrr: null };
    expect(shown).toEqual([
      { asOf: '2026-10-31', ...nothing },
      { asOf: '2026-11-30', ...nothing },
    ]);
    const errors = access.denialErrors();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: [0, 'revenueRows'], extensions: { code: 'FORBIDDEN' } });
    expect(errors[0].message).toContain('CustomerRevenue.recognizedToDate');
    expect(JSON.stringify(errors)).not.toMatch(/12345|891|USD|EUR/);
    expect(access.toJSON().records).toEqual([
      expect.objectContaining({ type: 'CustomerRevenue', customerId: 'cus_1', read: [], withheld: ['FINANCIAL'] }),
    ]);
  });
});
