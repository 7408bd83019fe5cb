import { supergraphPlan } from '../../../../../policies/plans';
import { readSupergraphSdl } from '../../../../../schema/supergraphSdl';
import { CREDIT_HOLD, CREDIT_LIMIT } from '../../../../../subgraphs/contract/credit/assertCredit';
import { creditDecision } from '../../../../../subgraphs/contract/credit/creditDecision';

const eur = (minor: number) => ({ minor, currency: 'EUR' });
const owing = (entries: [string, number][]) => new Map(entries);

describe('the credit decision', () => {
  it('refuses everything while the customer is on hold, whatever its limit', () => {
    expect(creditDecision({ hold: true, limit: eur(1_000_000) }, owing([]), eur(1))).toEqual({
      allowed: false,
      reason: 'HOLD',
    });
    expect(creditDecision({ hold: true, limit: null }, owing([]), null)).toEqual({ allowed: false, reason: 'HOLD' });
  });

  it('admits up to the limit exactly, and refuses a cent above it', () => {
    const credit = { hold: false, limit: eur(100_000) };
    expect(creditDecision(credit, owing([['EUR', 60_000]]), eur(40_000))).toEqual({ allowed: true });
    expect(creditDecision(credit, owing([['EUR', 60_000]]), eur(40_001))).toEqual({
      allowed: false,
      reason: 'LIMIT',
      owedMinor: 60_000,
      addingMinor: 40_001,
      limit: eur(100_000),
    });
  });

  it('refuses a contract (nothing added) only while the customer owes more than its limit already', () => {
    const credit = { hold: false, limit: eur(100_000) };
    expect(creditDecision(credit, owing([['EUR', 100_000]]), null)).toEqual({ allowed: true });
    expect(creditDecision(credit, owing([['EUR', 100_001]]), null)).toMatchObject({ allowed: false, reason: 'LIMIT' });
  });

  it('counts only the currency of the limit, and refuses nothing without a limit', () => {
    const credit = { hold: false, limit: eur(100) };
    expect(creditDecision(credit, owing([['USD', 1_000_000]]), { minor: 1_000_000, currency: 'USD' })).toEqual({
      allowed: true,
    });
    expect(creditDecision({ hold: false, limit: null }, owing([['EUR', 10 ** 12]]), eur(10 ** 12))).toEqual({
      allowed: true,
    });
  });
});

describe('the credit attributes a refusal is governed as', () => {
  it('are classified as schema/customer.graphql classifies Customer.creditHold and Customer.creditLimit', () => {
    const plan = supergraphPlan(readSupergraphSdl());
    for (const attribute of [CREDIT_HOLD, CREDIT_LIMIT]) {
      if (attribute.status !== 'CLASSIFIED') throw new Error('a credit attribute is classified');
      const { coordinate, classification, kind, mask } = attribute.shape;
      expect(plan.fields[coordinate]).toMatchObject({ classification, kind, mask });
    }
  });
});
