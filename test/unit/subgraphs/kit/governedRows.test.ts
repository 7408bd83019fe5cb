import { parse, type GraphQLResolveInfo } from 'graphql';
import type { Principal } from '../../../../lib/principal';
import { classified } from '../../../../policies/copies';
import { mask } from '../../../../policies/masking';
import { planFor } from '../../../../policies/plans';
import { AccessReport } from '../../../../subgraphs/kit/accessReport';
import type { SubgraphContext } from '../../../../subgraphs/kit/context';
import { governedRows, type RowColumn } from '../../../../subgraphs/kit/copies';

/**
 * Bulk rows carry copies of classified values: each copied cell gets exactly what the attribute's
 * own field would give the same principal for the row's jurisdiction (raw, masked or withheld),
 * is reported against the row's record, and a withheld cell is null with one FORBIDDEN error.
 */

const SDL = `
  type Query { invoices: [Invoice!]! }
  type Money { amount: String! currency: String! bucket: String }
  type Invoice { id: ID! amount: Money @sensitive(class: "FINANCIAL", mask: "ROUND") }
`;
const plan = planFor(parse(SDL));
const SALT = 'a-masking-salt-of-at-least-32-characters';

interface Row {
  id: string;
  customerId: string;
  region: string;
  amount: { amount: string; currency: string };
}

const rows: Row[] = [
  { id: 'inv_eu', customerId: 'cus_1', region: 'EU', amount: { amount: '12345.67', currency: 'EUR' } },
  { id: 'inv_us', customerId: 'cus_1', region: 'US', amount: { amount: '8910.11', currency: 'USD' } },
];

const columns: Record<string, RowColumn<Row>> = {
  id: (row) => row.id,
  amount: {
    attribute: classified(plan.fields['Invoice.amount']),
    value: (row) => row.amount,
    owner: (row) => ({ typeName: 'Invoice', object: row, region: row.region, via: 'Customer.invoiceRows' }),
  },
};

const info = {
  path: { prev: { prev: undefined, key: 0, typename: undefined }, key: 'invoiceRows' },
} as unknown as GraphQLResolveInfo;

function run(principal: Principal, governance = true) {
  const access = new AccessReport();
  const context = {
    principal,
    plan,
    access,
    config: { governance, maskingSalt: SALT },
  } as unknown as SubgraphContext;
  return { shown: governedRows(context, info, rows, columns), access };
}

it('shows a copy raw where the field is allowed and masks it where the field is masked', () => {
  const { shown, access } = run({ sub: 'fa', roles: ['finance_analyst'], regions: ['EU'] });
  const rounded = mask('ROUND', { minor: 891011, currency: 'USD' }, 'Money', { salt: SALT, ...plan.masking }) as {
    minor: number;
  };
  expect(shown).toEqual([
    { id: 'inv_eu', amount: { amount: '12345.67', currency: 'EUR' } },
    { id: 'inv_us', amount: { amount: (rounded.minor / 100).toFixed(2), currency: 'USD' } },
  ]);
  expect(shown[1].amount).not.toEqual(rows[1].amount);
  const report = access.toJSON();
  expect(report.records.map((record) => [record.type, record.id, record.customerId, record.read])).toEqual([
    ['Invoice', 'inv_eu', 'cus_1', ['FINANCIAL:ALLOW']],
    ['Invoice', 'inv_us', 'cus_1', ['FINANCIAL:MASK']],
  ]);
  expect(report.decisions).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ coordinate: 'Invoice.amount', decision: 'MASK', via: 'Customer.invoiceRows' }),
    ]),
  );
  expect(access.denialErrors()).toEqual([]);
});

it('withholds a copy where the field is denied: the cell is null, the record reported withheld, one FORBIDDEN error at the field', () => {
  const { shown, access } = run({ sub: 'billing', roles: ['billing_ops'], regions: ['EU'] });
  expect(shown).toEqual([
    { id: 'inv_eu', amount: { amount: '12345.67', currency: 'EUR' } },
    { id: 'inv_us', amount: null },
  ]);
  expect(access.toJSON().records.find((record) => record.id === 'inv_us')).toMatchObject({ withheld: ['FINANCIAL'] });
  const errors = access.denialErrors();
  expect(errors).toEqual([
    { message: 'Not authorised to read Invoice.amount', path: [0, 'invoiceRows'], extensions: { code: 'FORBIDDEN' } },
  ]);
  expect(JSON.stringify(errors)).not.toContain('8910');
});

it('gives a principal without a role nothing of a copy', () => {
  const { shown } = run({ sub: 'nobody', roles: [], regions: ['EU'] });
  expect(shown.map((row) => row.amount)).toEqual([null, null]);
});

it('passes copies through untouched with GOVERNANCE=off, the development switch that measures what governance costs', () => {
  const { shown, access } = run({ sub: 'billing', roles: ['billing_ops'], regions: ['EU'] }, false);
  expect(shown.map((row) => row.amount)).toEqual(rows.map((row) => row.amount));
  expect(access.isEmpty()).toBe(true);
});
