import type { GraphQLError } from 'graphql';
import {
  agreementFields,
  dpiaFields,
  type AgreementFields,
  type DpiaFields,
} from '../../../../../subgraphs/audit/registers/registerInput';
import { assertDpiaAction, assertIndependentDecider } from '../../../../../subgraphs/audit/registers/dpiaLifecycle';

const TODAY = '2026-12-05';

const dpia: DpiaFields = {
  initiative: '  Churn model  ',
  purpose: 'analytics',
  dataCategories: ['FINANCIAL', 'PII', 'PII'],
  risks: ['re-identification of contacts'],
  mitigations: ['contacts hashed before export'],
  reviewOn: '2027-06-30',
};

const agreement: AgreementFields = {
  partner: 'Acme Mailing Ltd',
  kind: 'DPA',
  dataCategories: ['PII'],
  regions: ['EU', 'UK'],
  retentionClause: 'Deleted 30 days after the end of the agreement',
  exportClause: 'CSV export of all data on request within 14 days',
  startsOn: '2026-01-01',
  expiresOn: '2027-01-31',
  owner: 'Head of Billing',
};

function refusal(work: () => unknown): { code: unknown; argumentName: unknown; message: string } {
  try {
    work();
  } catch (error) {
    const { extensions, message } = error as GraphQLError;
    return { code: extensions.code, argumentName: extensions.argumentName, message };
  }
  throw new Error('expected a refusal');
}

describe('DPIA input', () => {
  it('is trimmed, and its classifications kept once each', () => {
    expect(dpiaFields(dpia, TODAY)).toEqual({
      ...dpia,
      initiative: 'Churn model',
      dataCategories: ['FINANCIAL', 'PII'],
    });
  });

  it.each([
    ['an unknown purpose', { purpose: 'curiosity' }, 'purpose'],
    ['an unknown classification', { dataCategories: ['SECRET'] }, 'dataCategories'],
    ['no classification', { dataCategories: [] }, 'dataCategories'],
    ['a review date in the past', { reviewOn: '2026-12-01' }, 'reviewOn'],
    ['a review date years away', { reviewOn: '2031-01-01' }, 'reviewOn'],
    ['a date that is no date', { reviewOn: '2027-02-30' }, 'reviewOn'],
    ['a blank initiative', { initiative: '  ' }, 'initiative'],
    ['no risks', { risks: [] }, 'risks'],
  ])('refuses %s', (_what, change, field) => {
    expect(refusal(() => dpiaFields({ ...dpia, ...change }, TODAY))).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: field,
    });
  });
});

describe('agreement input', () => {
  it('is accepted as given', () => {
    expect(agreementFields(agreement)).toEqual(agreement);
  });

  it.each([
    ['an expiry before the start', { expiresOn: '2025-12-31' }, 'expiresOn'],
    ['an expiry on the start', { expiresOn: '2026-01-01' }, 'expiresOn'],
    ['an unknown region', { regions: ['MARS'] }, 'regions'],
    ['an unknown classification', { dataCategories: ['pii'] }, 'dataCategories'],
    ['a blank owner', { owner: '' }, 'owner'],
  ])('refuses %s', (_what, change, field) => {
    expect(refusal(() => agreementFields({ ...agreement, ...change }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: field,
    });
  });
});

describe('the DPIA lifecycle', () => {
  it('approves only what was submitted, and reviews only what is approved', () => {
    expect(() => assertDpiaAction('SUBMITTED', 'approve')).not.toThrow();
    expect(refusal(() => assertDpiaAction('DRAFT', 'approve')).code).toBe('BAD_USER_INPUT');
    expect(refusal(() => assertDpiaAction('APPROVED', 'update')).code).toBe('BAD_USER_INPUT');
    expect(refusal(() => assertDpiaAction('RETIRED', 'retire')).code).toBe('BAD_USER_INPUT');
    expect(() => assertDpiaAction('REJECTED', 'update')).not.toThrow();
    expect(() => assertDpiaAction('APPROVED', 'review')).not.toThrow();
  });

  it('lets nobody who wrote or submitted a DPIA decide on it', () => {
    const makers = { createdBy: 'ann', updatedBy: 'bob', submittedBy: 'cy' };
    for (const maker of ['ann', 'bob', 'cy'])
      expect(refusal(() => assertIndependentDecider(makers, maker)).code).toBe('FORBIDDEN');
    expect(() => assertIndependentDecider(makers, 'dee')).not.toThrow();
  });
});
