import {
  assessCompleteness,
  COMPLETENESS_RULES,
  type CustomerFields,
} from '../../../../../subgraphs/quality/rules/completeness';

const complete: CustomerFields = {
  name: 'Acme',
  legalName: 'Acme GmbH',
  country: 'DE',
  billingAddress: { line1: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115' },
  shippingAddress: { line1: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115' },
  paymentTerms: { code: 'NET30' },
  sensitiveFieldsOnFile: ['taxIds', 'duns', 'creditLimit', 'creditHold'],
};

describe('completeness rules', () => {
  it('scores a complete record 100 with no issues', () => {
    expect(assessCompleteness(complete)).toEqual({ score: 100, issues: [] });
  });

  it('scores an empty record 0 and lists every rule', () => {
    const result = assessCompleteness({});
    expect(result.score).toBe(0);
    expect(result.issues.map((issue) => issue.rule)).toEqual(COMPLETENESS_RULES.map((rule) => rule.rule));
  });

  it('weighs a missing tax id as an error and a missing shipping address as information', () => {
    const noTax = assessCompleteness({ ...complete, sensitiveFieldsOnFile: ['duns', 'creditLimit'] });
    const noShipping = assessCompleteness({ ...complete, shippingAddress: null });
    expect(noTax.issues).toEqual([{ rule: 'required.taxId', severity: 'ERROR', message: 'No tax identifier' }]);
    expect(noShipping.issues[0].severity).toBe('INFO');
    expect(noTax.score).toBeLessThan(noShipping.score);
  });

  it('treats blank strings as missing', () => {
    expect(assessCompleteness({ ...complete, legalName: '  ' }).issues[0].rule).toBe('required.legalName');
  });
});
