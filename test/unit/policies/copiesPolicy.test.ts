import { who } from '../../support/principals';
import {
  classified,
  decideCopy,
  maskCopy,
  storedAttribute,
  unclassified,
  unknownAttribute,
} from '../../../policies/copies';
import { decideUnclassified, mayLookUp } from '../../../policies/decide';
import { supergraphPlan } from '../../../policies/plans';
import { readSupergraphSdl } from '../../../schema/supergraphSdl';
import { ROLES } from '../../../lib/roles';
import { payloadAttributes } from '../../../subgraphs/customer/ingestion/payloadAttributes';
import { type customerAttribute } from '../../../subgraphs/customer/attributes';
import { planFor } from '../../../policies/plans';
import { readSubgraphSdl } from '../../../schema/subgraphSdl';

const plan = supergraphPlan(readSupergraphSdl());
const OPTIONS = { salt: 's'.repeat(32), ...plan.masking };

describe('a copy of a classified value', () => {
  const creditLimit = classified(plan.fields['Customer.creditLimit']);

  it('gets the decision of the attribute’s own field, for the same principal and jurisdiction', () => {
    for (const role of ROLES) {
      for (const region of ['EU', 'US', undefined]) {
        const own = plan.fields['Customer.creditLimit'];
        const expected = own.byRole[role][region === 'EU' ? 'inRegion' : 'outOfRegion'];
        expect([role, region, decideCopy(plan, who([role]), creditLimit, region)]).toEqual([role, region, expected]);
      }
    }
  });

  it('is compiled from the stored class where this schema does not expose the attribute', () => {
    const auditPlan = planFor(readSubgraphSdl('audit'));
    expect(auditPlan.fields['Customer.creditLimit']).toBeUndefined();
    const stored = storedAttribute('creditLimit', {
      coordinate: 'Customer.creditLimit',
      classification: 'CREDIT',
      kind: 'Money',
      mask: 'ROUND',
    });
    expect(decideCopy(auditPlan, who(['bi_reader']), stored, 'EU')).toEqual({ effect: 'MASK', strategy: 'BUCKET' });
    expect(decideCopy(auditPlan, who(['customer_service']), stored, 'EU')).toEqual({ effect: 'DENY' });
  });

  it('treats a stored class it cannot read as unknown, and unknown as the strictest there is', () => {
    expect(storedAttribute('x', {})).toEqual(unknownAttribute('x'));
    expect(
      storedAttribute('x', { coordinate: 'Customer.x', classification: 'SECRETISH', kind: 'String', mask: 'NULLIFY' }),
    ).toEqual(unknownAttribute('x'));
    expect(storedAttribute('name', { coordinate: 'Customer.name' })).toEqual(unclassified('Customer.name'));
    // Only roles granted every classification (admin and auditor, who see PCI masked) see that such a value exists, as null.
    for (const role of ROLES) {
      const decision = decideCopy(plan, who([role]), unknownAttribute('legacyRating'), 'EU');
      expect([role, decision]).toEqual([
        role,
        ['admin', 'auditor'].includes(role) ? { effect: 'MASK', strategy: 'NULLIFY' } : { effect: 'DENY' },
      ]);
    }
    expect(decideUnclassified(plan, who(['bi_reader', 'admin']), 'US')).toEqual({
      effect: 'MASK',
      strategy: 'NULLIFY',
    });
  });

  it('says nothing about a copy of an unclassified attribute', () => {
    expect(decideCopy(plan, who(['bi_reader']), unclassified('Customer.name'), 'EU')).toBeUndefined();
  });

  it('is masked as its field would be, money kept in minor units included', () => {
    expect(maskCopy('BUCKET', { minor: 73_425_19, currency: 'EUR' }, 'Money', OPTIONS)).toEqual({
      amount: '50000.00',
      currency: 'EUR',
      bucket: '50000-100000',
    });
    expect(maskCopy('ROUND', { amount: '1499.99', currency: 'EUR' }, 'Money', OPTIONS)).toEqual({
      amount: '1000.00',
      currency: 'EUR',
    });
    expect(maskCopy('LAST_FOUR', 'DE136695976', 'String', OPTIONS)).toBe('XXXXXXX5976');
  });

  it('is withheld when it does not have the shape its masks expect', () => {
    expect(maskCopy('ROUND', 'seven', 'Money', OPTIONS)).toBeNull();
    expect(maskCopy('LAST_FOUR', { kind: 'EU_VAT' }, 'String', OPTIONS)).toBeNull();
  });
});

describe('using a classified value to find records', () => {
  it('needs the right to read it raw for every record the principal may see', () => {
    expect(mayLookUp(plan, who(['data_steward']), 'TaxId.value')).toBe(true);
    expect(mayLookUp(plan, who(['billing_ops'], ['EU']), 'TaxId.value')).toBe(true);
    // All rows, but tax ids raw only in its region.
    expect(mayLookUp(plan, who(['customer_service'], ['EU']), 'TaxId.value')).toBe(false);
    expect(mayLookUp(plan, who(['bi_reader']), 'TaxId.value')).toBe(false);
    expect(mayLookUp(plan, who(['finance_analyst'], ['EU']), 'Customer.creditLimit')).toBe(false);
    expect(mayLookUp(plan, who(['credit_analyst'], ['EU']), 'Customer.creditLimit')).toBe(true);
  });

  it('or a lookup grant and at least a masked view', () => {
    expect(mayLookUp(plan, who(['billing_ops'], ['EU']), 'BankAccount.iban')).toBe(true);
    expect(mayLookUp(plan, who(['admin'], []), 'BankAccount.iban')).toBe(true);
    expect(mayLookUp(plan, who(['data_steward']), 'BankAccount.iban')).toBe(false);
    expect(mayLookUp(plan, who(['customer_service'], ['EU']), 'BankAccount.iban')).toBe(false);
  });

  it('is free for values nobody classified', () => {
    expect(mayLookUp(plan, who(['bi_reader']), 'Customer.name')).toBe(true);
  });
});

describe('the keys of a source payload', () => {
  const customerPlan = planFor(readSubgraphSdl('customer'));
  const status = (attribute: ReturnType<ReturnType<typeof payloadAttributes>>) =>
    typeof attribute === 'function'
      ? 'OBJECT'
      : attribute.status === 'CLASSIFIED'
        ? attribute.shape.coordinate
        : attribute.status;

  it('are classified through the source’s mapping, and what it says the source carries besides', () => {
    const crm = payloadAttributes(customerPlan, 'CRM');
    expect(status(crm('taxId', 'DE1'))).toBe('TaxId.value');
    expect(status(crm('duns', '1'))).toBe('Customer.duns');
    expect(status(crm('name', 'x'))).toBe('UNCLASSIFIED');
    expect(status(crm('parentId', 'x'))).toBe('UNCLASSIFIED');
    expect(status(payloadAttributes(customerPlan, 'RISK')('creditLimit', { minor: 1, currency: 'EUR' }))).toBe(
      'Customer.creditLimit',
    );
    expect(status(payloadAttributes(customerPlan, 'BILLING')('duns', '1'))).toBe('Customer.duns');
    // ERP sends no nativeName in its mapping: a key it does not map is unknown.
    expect(status(payloadAttributes(customerPlan, 'ERP')('nativeName', 'x'))).toBe('UNKNOWN');
    expect(status(crm('iban', 'DE89'))).toBe('UNKNOWN');
  });

  it('classify the parts of an object attribute, and unknown parts as unknown', () => {
    const address = payloadAttributes(customerPlan, 'CRM')('address', { line1: 'x' });
    expect(typeof address).toBe('function');
    const parts = address as (key: string, value: unknown) => ReturnType<typeof customerAttribute>;
    expect(status(parts('city', 'Ulm') as never)).toBe('UNCLASSIFIED');
    expect(status(parts('email', 'a@b.c') as never)).toBe('UNKNOWN');
  });
});
