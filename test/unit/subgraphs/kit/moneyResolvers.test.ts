import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse } from 'graphql';
import type { MinorMoney } from '../../../../lib/money';
import { mask, type MaskingOptions } from '../../../../policies/masking';
import { moneyField, moneyResolvers } from '../../../../subgraphs/kit/moneyResolvers';

const options: MaskingOptions = { salt: 'custos-test-salt-0001', roundTo: 1000, buckets: [0, 10000, 50000] };

/** The Money type as the subgraphs declare it, and a field resolving to whatever a test hands it. */
const typeDefs = parse(`
  type Money { amount: String! currency: String! bucket: String }
  type Query { price: Money }
`);

async function shown(price: MinorMoney | null): Promise<unknown> {
  const schema = buildSubgraphSchema({ typeDefs, resolvers: { ...moneyResolvers, Query: { price: () => price } } });
  const result = await graphql({ schema, source: '{ price { amount currency bucket } }' });
  expect(result.errors).toBeUndefined();
  return result.data?.price;
}

describe('the Money type', () => {
  it.each([
    [{ minor: 123456, currency: 'EUR' }, '1234.56'],
    [{ minor: 1500, currency: 'JPY' }, '1500'],
    [{ minor: 1234, currency: 'KWD' }, '1.234'],
    [{ minor: -250, currency: 'EUR' }, '-2.50'],
    [{ minor: -5, currency: 'KWD' }, '-0.005'],
    [{ minor: 0, currency: 'USD' }, '0.00'],
  ])('shows %j as the decimal amount %s in its currency', async (price, amount) => {
    expect(await shown(price)).toEqual({ amount, currency: price.currency, bucket: null });
  });

  it('shows a masked amount formatted, with the range BUCKET put it in', async () => {
    expect(await shown(mask('BUCKET', { minor: 7342519, currency: 'EUR' }, 'Money', options) as MinorMoney)).toEqual({
      amount: '50000.00',
      currency: 'EUR',
      bucket: '50000+',
    });
    expect(await shown(mask('BUCKET', { minor: -1, currency: 'JPY' }, 'Money', options) as MinorMoney)).toEqual({
      amount: '0',
      currency: 'JPY',
      bucket: '<0',
    });
    expect(await shown(mask('ROUND', { minor: -1500000, currency: 'KWD' }, 'Money', options) as MinorMoney)).toEqual({
      amount: '-2000.000',
      currency: 'KWD',
      bucket: null,
    });
  });

  it('leaves a null amount null', async () => {
    expect(await shown(null)).toBeNull();
  });
});

describe('a Money field', () => {
  // As in a resolver map, the parent type comes from where the field is put.
  type Contract = { totalValueMinor: number; discountMinor: number; currency: string };
  type Customer = { creditLimitMinor: number | null; creditLimitCurrency: string | null };

  it("reads the named minor units in the parent's currency", () => {
    const fields: Record<'totalValue' | 'discount', (contract: Contract) => MinorMoney> = {
      totalValue: moneyField('totalValueMinor'),
      discount: moneyField('discountMinor'),
    };
    const contract = { totalValueMinor: 4200000, discountMinor: -150, currency: 'JPY' };
    expect(fields.totalValue(contract)).toEqual({ minor: 4200000, currency: 'JPY' });
    expect(fields.discount(contract)).toEqual({ minor: -150, currency: 'JPY' });
  });

  it('reads another currency key where the parent names one, and is null when either is missing', () => {
    const creditLimit: (customer: Customer) => MinorMoney | null = moneyField(
      'creditLimitMinor',
      'creditLimitCurrency',
    );
    expect(creditLimit({ creditLimitMinor: 1234, creditLimitCurrency: 'KWD' })).toEqual({
      minor: 1234,
      currency: 'KWD',
    });
    expect(creditLimit({ creditLimitMinor: 0, creditLimitCurrency: 'EUR' })).toEqual({ minor: 0, currency: 'EUR' });
    expect(creditLimit({ creditLimitMinor: null, creditLimitCurrency: 'EUR' })).toBeNull();
    expect(creditLimit({ creditLimitMinor: 500, creditLimitCurrency: null })).toBeNull();
  });

  it('takes only a key holding an amount, and one that may be missing only for a field that may be null', () => {
    // @ts-expect-error the currency is no amount
    const notAnAmount: (contract: Contract) => MinorMoney = moneyField('currency');
    // @ts-expect-error a credit limit may be missing, so it cannot fill a field that is never null
    const mayBeMissing: (customer: Customer) => MinorMoney = moneyField('creditLimitMinor', 'creditLimitCurrency');
    expect([notAnAmount, mayBeMissing]).toHaveLength(2);
  });
});
