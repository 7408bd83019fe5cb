import { GraphQLError } from 'graphql';
import { ATTRIBUTE_DOMAINS, STARTING_RACI, subjectKey, type Raci } from '../../../../../policies/dataDomains';
import { CUSTOMER_ATTRIBUTES } from '../../../../../subgraphs/customer/attributes';
import { knownAttribute } from '../../../../../subgraphs/audit/disputes/attributeCatalogue';
import {
  assignmentsInForce,
  checkedRaci,
  checkedSubject,
  domainOfSubjectKey,
  effectiveStewardship,
  type AssignmentFacts,
} from '../../../../../subgraphs/audit/stewardship/raci';

const raci = (accountable: string): Raci => ({
  responsible: { teams: ['billing'], people: [] },
  accountable: { teams: [], people: [accountable] },
  consulted: { teams: [], people: [] },
  informed: { teams: ['compliance'], people: [] },
});

const entry = (
  subject: string,
  accountable: string,
  decidedAt: string | null,
  status = 'APPROVED',
): AssignmentFacts => ({
  id: `${subject}@${accountable}`,
  subject,
  status,
  raci: raci(accountable),
  decidedAt: decidedAt ? new Date(decidedAt) : null,
});

function codeOf(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : error;
  }
  return undefined;
}

describe('the RACI in force', () => {
  const rows = [
    entry('domain:pricing', 'first.pricing', '2026-01-01T00:00:00Z'),
    entry('domain:pricing', 'second.pricing', '2026-06-01T00:00:00Z'),
    entry('domain:pricing', 'proposed.pricing', null, 'PROPOSED'),
    entry('domain:pricing', 'rejected.pricing', '2026-07-01T00:00:00Z', 'REJECTED'),
    entry('domain:credit', 'head.of.credit', '2026-01-01T00:00:00Z'),
    entry('Customer.creditLimit', 'committee.chair', '2026-02-01T00:00:00Z'),
  ];
  const inForce = assignmentsInForce(rows);

  it('is the approved entry decided last, never a proposal or a rejected one', () => {
    expect(inForce.get('domain:pricing')?.raci.accountable.people).toEqual(['second.pricing']);
  });

  it('is the attribute’s own entry where it has one', () => {
    expect(effectiveStewardship('Customer.creditLimit', inForce)).toMatchObject({
      domain: 'credit',
      source: 'ATTRIBUTE',
      raci: { accountable: { people: ['committee.chair'] } },
    });
  });

  it('is inherited from the attribute’s domain where it has none', () => {
    expect(effectiveStewardship('Customer.creditHold', inForce)).toMatchObject({
      domain: 'credit',
      source: 'DOMAIN',
      raci: { accountable: { people: ['head.of.credit'] } },
      assignmentId: 'domain:credit@head.of.credit',
    });
    expect(effectiveStewardship('Contract.pricingTier', inForce).raci.accountable.people).toEqual(['second.pricing']);
  });

  it('names nobody for an attribute of no domain, or of a domain without an entry', () => {
    expect(effectiveStewardship('Customer.unheardOf', inForce)).toMatchObject({ domain: null, source: 'NONE' });
    expect(effectiveStewardship('TaxId.value', inForce)).toMatchObject({
      domain: 'tax',
      source: 'NONE',
      raci: { accountable: { teams: [], people: [] } },
    });
  });
});

describe('the data domains', () => {
  it('place every customer attribute in a domain', () => {
    for (const { field } of Object.values(CUSTOMER_ATTRIBUTES))
      expect([field, ATTRIBUTE_DOMAINS[field] !== undefined]).toEqual([field, true]);
  });

  it('name fields the graph has', () => {
    for (const coordinate of Object.keys(ATTRIBUTE_DOMAINS))
      expect([coordinate, knownAttribute(coordinate) !== undefined]).toEqual([coordinate, true]);
  });

  it('start with an entry per domain that names someone accountable', () => {
    const inForce = assignmentsInForce(
      STARTING_RACI.map(({ subject, raci: given }, i) => ({
        id: String(i),
        subject: subjectKey(subject),
        status: 'APPROVED',
        raci: given,
        decidedAt: new Date('2026-12-04T00:00:00Z'),
      })),
    );
    for (const coordinate of Object.keys(ATTRIBUTE_DOMAINS))
      expect(effectiveStewardship(coordinate, inForce).raci.accountable.people.length).toBeGreaterThan(0);
  });
});

describe('a proposed RACI', () => {
  const given = {
    responsible: { teams: ['billing'] },
    accountable: { people: ['pricing.steward'] },
    consulted: {},
    informed: { teams: ['compliance', 'compliance'] },
  };

  it('is read with duplicates dropped', () => {
    expect(checkedRaci(given)).toEqual({
      responsible: { teams: ['billing'], people: [] },
      accountable: { teams: [], people: ['pricing.steward'] },
      consulted: { teams: [], people: [] },
      informed: { teams: ['compliance'], people: [] },
    });
  });

  it('needs someone accountable, known teams and well-formed people', () => {
    expect(codeOf(() => checkedRaci({ ...given, accountable: {} }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkedRaci({ ...given, consulted: { teams: ['marketing'] } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkedRaci({ ...given, informed: { people: ['has space'] } }))).toBe('BAD_USER_INPUT');
  });

  it('is about exactly one domain, or one attribute of a domain', () => {
    expect(checkedSubject({ domain: 'pricing' })).toEqual({ domain: 'pricing' });
    expect(checkedSubject({ coordinate: 'Customer.creditLimit' })).toEqual({ coordinate: 'Customer.creditLimit' });
    expect(codeOf(() => checkedSubject({}))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkedSubject({ domain: 'pricing', coordinate: 'Customer.creditLimit' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(() => checkedSubject({ domain: 'marketing' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkedSubject({ coordinate: 'Customer.unheardOf' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkedSubject({ coordinate: 'not a coordinate' }))).toBe('BAD_USER_INPUT');
  });
});

describe('the domain reviewing an entry', () => {
  it('is the domain itself, or the domain of the attribute', () => {
    expect(domainOfSubjectKey('domain:pricing')).toBe('pricing');
    expect(domainOfSubjectKey('Customer.creditLimit')).toBe('credit');
    expect(domainOfSubjectKey('domain:marketing')).toBeUndefined();
    expect(domainOfSubjectKey('Customer.unheardOf')).toBeUndefined();
  });
});
