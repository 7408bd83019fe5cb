import { parse } from 'graphql';
import { compilePolicy, PolicyError } from '../../../policies/compile';
import { bestCase, decide, rowScope } from '../../../policies/decide';
import { POLICY } from '../../../policies/policy';
import { supergraphPlan } from '../../../policies/plans';
import { readSupergraphSdl } from '../../../schema/supergraphSdl';
import { sensitiveFieldsOf } from '../../../policies/sensitiveFields';
import { accessMatrix } from '../../../policies/accessMatrix';
import { who } from '../../support/principals';

const plan = supergraphPlan(readSupergraphSdl());

describe('the compiled policy', () => {
  it('is the reviewed access matrix (update the snapshot only with a policy change that was signed off)', () => {
    expect(accessMatrix(plan)).toMatchSnapshot();
  });

  it('covers every classification the issue names', () => {
    const classes = new Set(Object.values(plan.fields).map((field) => field.classification));
    for (const required of ['PII', 'FINANCIAL', 'CREDIT', 'TAX']) expect(classes).toContain(required);
    expect(plan.fields['Customer.creditHold'].classification).toBe('CREDIT');
    expect(plan.fields['TaxId.value'].classification).toBe('TAX');
  });
});

describe('deciding', () => {
  it('lets a finance analyst see revenue of their regions exactly and round everyone else’s', () => {
    expect(decide(plan, who(['finance_analyst'], ['EU']), 'Contract.totalValue', 'EU')).toEqual({ effect: 'ALLOW' });
    expect(decide(plan, who(['finance_analyst'], ['EU']), 'Contract.totalValue', 'US')).toEqual({
      effect: 'MASK',
      strategy: 'ROUND',
    });
  });

  it('treats a record of unknown jurisdiction as out of region', () => {
    expect(decide(plan, who(['finance_analyst'], ['EU']), 'Contract.totalValue', undefined)).toEqual({
      effect: 'MASK',
      strategy: 'ROUND',
    });
  });

  it('gives several roles the most permissive of their decisions', () => {
    expect(decide(plan, who(['customer_service', 'finance_analyst']), 'Contract.totalValue', 'EU')).toEqual({
      effect: 'ALLOW',
    });
    expect(decide(plan, who(['bi_reader', 'data_steward']), 'Customer.creditLimit', 'EU')).toEqual({
      effect: 'MASK',
      strategy: 'BUCKET',
    });
  });

  it('honours purposes: customer service sees contact data only when handling a case', () => {
    expect(decide(plan, who(['customer_service'], ['EU'], 'support'), 'Contact.email', 'EU')).toEqual({
      effect: 'ALLOW',
    });
    expect(decide(plan, who(['customer_service'], ['EU'], 'marketing'), 'Contact.email', 'EU')).toEqual({
      effect: 'MASK',
      strategy: 'EMAIL',
    });
    expect(decide(plan, who(['customer_service'], ['EU']), 'Contact.email', 'EU')).toEqual({
      effect: 'MASK',
      strategy: 'EMAIL',
    });
    expect(decide(plan, who(['customer_service'], ['EU'], 'support'), 'Contact.email', 'US')).toEqual({
      effect: 'DENY',
    });
  });

  it('denies a principal without a known role', () => {
    expect(decide(plan, who([]), 'Customer.duns', 'EU')).toEqual({ effect: 'DENY' });
  });

  it('says nothing about fields that are not classified', () => {
    expect(decide(plan, who(['bi_reader']), 'Customer.name', 'EU')).toBeUndefined();
  });

  it('knows the best case before the records are known', () => {
    expect(bestCase(plan, who(['customer_service'], ['EU']), 'Customer.creditLimit')).toEqual({ effect: 'DENY' });
    expect(bestCase(plan, who(['billing_ops'], []), 'Invoice.amount')).toEqual({ effect: 'DENY' });
    expect(bestCase(plan, who(['billing_ops'], ['US']), 'Invoice.amount')).toEqual({ effect: 'ALLOW' });
  });

  it('scopes customer rows to own regions for regional roles only', () => {
    expect(rowScope(plan, who(['collections'], ['EU', 'US']))).toEqual(['EU', 'US']);
    expect(rowScope(plan, who(['collections', 'auditor'], ['EU']))).toBe('ALL');
  });
});

describe('compiling', () => {
  const sdl = (field: string) =>
    sensitiveFieldsOf(
      parse(
        `directive @sensitive(class: String!, mask: String) on FIELD_DEFINITION\nscalar Money\ntype T { ${field} }`,
      ),
    );

  it.each([
    ['an unknown class', 'a: String @sensitive(class: "SECRETISH", mask: "NULLIFY")', /unknown class "SECRETISH"/],
    ['a mask that does not exist', 'a: String @sensitive(class: "PII", mask: "SCRAMBLE")', /mask "SCRAMBLE"/],
    [
      'a mask that does not fit the type',
      'a: Boolean @sensitive(class: "CREDIT", mask: "ROUND")',
      /does not fit Boolean/,
    ],
    ['a non-null classified field', 'a: String! @sensitive(class: "PII", mask: "NULLIFY")', /must be nullable/],
    ['a classified object type', 'a: T @sensitive(class: "PII", mask: "NULLIFY")', /only scalar and Money/],
  ])('refuses %s', (_label, field, message) => {
    expect(() => compilePolicy(POLICY, sdl(field))).toThrow(PolicyError);
    expect(() => compilePolicy(POLICY, sdl(field))).toThrow(message);
  });

  it('falls back to the field’s own mask when a role’s strategy does not fit the field', () => {
    const compiled = compilePolicy(POLICY, sdl('hold: Boolean @sensitive(class: "CREDIT", mask: "NULLIFY")'));
    // bi_reader's CREDIT grant is BUCKET, which cannot apply to a Boolean.
    expect(compiled.fields['T.hold'].byRole.bi_reader.inRegion).toEqual({ effect: 'MASK', strategy: 'NULLIFY' });
  });
});
