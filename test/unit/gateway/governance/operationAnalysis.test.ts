import { buildSchema, parse } from 'graphql';
import type { Principal } from '../../../../lib/principal';
import type { CompiledGrant, FieldPlan, PolicyPlan } from '../../../../policies/compile';
import { supergraphPlan } from '../../../../policies/plans';
import { ROLES, type Role } from '../../../../lib/roles';
import { readSupergraphSdl } from '../../../../schema/supergraphSdl';
import { who } from '../../../support/principals';
import {
  analyseOperation,
  apiSchemaOf,
  collectCoordinates,
  redactVariables,
  usesIntrospection,
  type TouchedField,
} from '../../../../gateway/governance';

const schema = apiSchemaOf(readSupergraphSdl());
const plan = supergraphPlan(readSupergraphSdl());

const touched = (source: string, variables: Record<string, unknown> = {}, operationName?: string): TouchedField[] =>
  collectCoordinates(schema, parse(source), operationName, variables);
const coordinatesOf = (fields: readonly TouchedField[]): string[] =>
  [...new Set(fields.map((field) => field.coordinate))].sort();
const at = (coordinate: string, responsePath: string): TouchedField => ({ coordinate, responsePath });

/** A small schema with an interface and a union, which the supergraph does not have (yet). */
const abstractSchema = buildSchema(`
  interface Party { id: ID! secret: String label: String }
  type Person implements Party { id: ID! secret: String label: String ssn: String }
  type Company implements Party { id: ID! secret: String label: String vat: String }
  type Robot { id: ID! serial: String }
  union Thing = Person | Robot
  type Query { parties: [Party!]! person: Person things: [[Thing]] }
`);

function handMadePlan(classified: Record<string, Role[]>): PolicyPlan {
  const field = (coordinate: string, allowed: Role[]): FieldPlan => ({
    coordinate,
    classification: 'PII',
    kind: 'String',
    list: false,
    mask: 'NULLIFY',
    byRole: Object.fromEntries(
      ROLES.map((role): [Role, CompiledGrant] => {
        const effect = allowed.includes(role) ? ({ effect: 'ALLOW' } as const) : ({ effect: 'DENY' } as const);
        return [role, { inRegion: effect, outOfRegion: effect }];
      }),
    ) as Record<Role, CompiledGrant>,
  });
  return {
    ...plan,
    fields: Object.fromEntries(
      Object.entries(classified).map(([coordinate, allowed]) => [coordinate, field(coordinate, allowed)]),
    ),
  };
}
const abstractPlan = handMadePlan({ 'Person.secret': ['admin'], 'Person.ssn': ['admin'], 'Robot.serial': ['admin'] });

describe('apiSchemaOf', () => {
  it('gives the client-facing schema: no federation machinery, nothing @inaccessible', () => {
    expect(schema.getType('join__Graph')).toBeUndefined();
    expect(schema.getType('ChangeInput')).toBeUndefined();
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    expect(mutations).toContain('updateCustomer');
    expect(mutations).not.toContain('recordChanges');
    expect(mutations).not.toContain('appendAuditEvents');
  });
});

describe('collectCoordinates', () => {
  it('walks fields with their response paths, lists left out, __typename ignored', () => {
    expect(touched('{ customers { __typename edges { node { creditLimit { amount } } } } }')).toEqual([
      at('Query.customers', 'customers'),
      at('CustomerConnection.edges', 'customers.edges'),
      at('CustomerEdge.node', 'customers.edges.node'),
      at('Customer.creditLimit', 'customers.edges.node.creditLimit'),
      at('Money.amount', 'customers.edges.node.creditLimit.amount'),
    ]);
  });

  it('follows named fragments, also nested ones', () => {
    const fields = touched(`
      query { customer(id: "cus_1") { ...Identity } }
      fragment Identity on Customer { name ...Tax }
      fragment Tax on Customer { duns taxIds { value } }
    `);
    expect(fields).toContainEqual(at('Customer.name', 'customer.name'));
    expect(fields).toContainEqual(at('Customer.duns', 'customer.duns'));
    expect(fields).toContainEqual(at('TaxId.value', 'customer.taxIds.value'));
  });

  it('follows inline fragments with and without a type condition', () => {
    const fields = touched('{ customer(id: "cus_1") { ... on Customer { duns } ... { creditScore } } }');
    expect(coordinatesOf(fields)).toEqual(['Customer.creditScore', 'Customer.duns', 'Query.customer']);
  });

  it('names the field in the coordinate and the alias in the path, once per alias', () => {
    const fields = touched(
      '{ customer(id: "cus_1") { a: creditLimit { amount } b: creditLimit { currency } a: creditLimit { amount } } }',
    );
    expect(fields.filter((field) => field.coordinate === 'Customer.creditLimit')).toEqual([
      at('Customer.creditLimit', 'customer.a'),
      at('Customer.creditLimit', 'customer.b'),
    ]);
    expect(fields).toContainEqual(at('Money.currency', 'customer.b.currency'));
  });

  it('deduplicates a field selected twice at the same place', () => {
    const fields = touched(
      'query { customer(id: "cus_1") { duns ...D ... { duns } } } fragment D on Customer { duns }',
    );
    expect(fields.filter((field) => field.coordinate === 'Customer.duns')).toEqual([
      at('Customer.duns', 'customer.duns'),
    ]);
  });

  it('honours @skip and @include with literals', () => {
    const fields = touched(`
      query { customer(id: "cus_1") { name duns @skip(if: true) creditScore @include(if: false) creditHold @include(if: true) ... @skip(if: true) { creditLimit { amount } } } }
    `);
    expect(coordinatesOf(fields)).toEqual(['Customer.creditHold', 'Customer.name', 'Query.customer']);
  });

  it('honours @skip and @include with variables, their defaults, and includes what it cannot know', () => {
    const source = `
      query ($withDuns: Boolean!, $hideScore: Boolean, $withHold: Boolean = false, $full: Boolean) {
        customer(id: "cus_1") { duns @include(if: $withDuns) creditScore @skip(if: $hideScore) creditHold @include(if: $withHold) ...F @include(if: $full) }
      }
      fragment F on Customer { creditLimit { amount } }
    `;
    expect(coordinatesOf(touched(source, { withDuns: false, hideScore: true }))).toEqual([
      'Customer.creditLimit',
      'Money.amount',
      'Query.customer',
    ]);
    expect(coordinatesOf(touched(source, { withDuns: true, hideScore: false, withHold: true, full: false }))).toEqual([
      'Customer.creditHold',
      'Customer.creditScore',
      'Customer.duns',
      'Query.customer',
    ]);
    // Missing variables: not skipped (conservative), except where the operation gives a default.
    expect(coordinatesOf(touched(source))).toEqual([
      'Customer.creditLimit',
      'Customer.creditScore',
      'Customer.duns',
      'Money.amount',
      'Query.customer',
    ]);
  });

  it('does not hang on a fragment cycle (a document validation would refuse)', () => {
    const document = parse(`
      query { customer(id: "cus_1") { ...A } }
      fragment A on Customer { name parent { ...A } ...B }
      fragment B on Customer { duns ...A }
    `);
    const fields = collectCoordinates(schema, document, undefined, {});
    // The walk stops where a fragment would spread inside itself.
    expect(fields).toEqual([
      at('Query.customer', 'customer'),
      at('Customer.name', 'customer.name'),
      at('Customer.parent', 'customer.parent'),
      at('Customer.duns', 'customer.duns'),
    ]);
  });

  it('picks the named operation among several, and returns nothing for an unknown or ambiguous one', () => {
    const source =
      'query Names { customer(id: "cus_1") { name } } query Credit { customer(id: "cus_1") { creditScore } }';
    expect(coordinatesOf(touched(source, {}, 'Credit'))).toEqual(['Customer.creditScore', 'Query.customer']);
    expect(touched(source, {}, 'Nope')).toEqual([]);
    expect(touched(source)).toEqual([]);
  });

  it('reads mutation root fields as Mutation coordinates', () => {
    const fields = touched('mutation { u: updateCustomer(id: "cus_1", input: { duns: "1" }, reason: "r") { id } }');
    expect(fields).toContainEqual(at('Mutation.updateCustomer', 'u'));
  });

  describe('on interfaces and unions', () => {
    const walk = (source: string) => collectCoordinates(abstractSchema, parse(source), undefined, {});

    it('counts a field selected on an interface for the interface and every object type it can be', () => {
      const fields = walk('{ parties { secret ... on Person { ssn } } }');
      expect(fields).toEqual([
        at('Query.parties', 'parties'),
        at('Party.secret', 'parties.secret'),
        at('Person.secret', 'parties.secret'),
        at('Company.secret', 'parties.secret'),
        at('Person.ssn', 'parties.ssn'),
      ]);
    });

    it('narrows to the object types the value can actually be', () => {
      expect(walk('{ person { ... on Party { secret } } }')).toEqual([
        at('Query.person', 'person'),
        at('Party.secret', 'person.secret'),
        at('Person.secret', 'person.secret'),
      ]);
    });

    it('follows the members of a union, and interfaces inside it', () => {
      const fields = walk(
        '{ things { __typename ... on Person { ssn } ... on Robot { serial } ... on Party { label } } }',
      );
      expect(coordinatesOf(fields)).toEqual([
        'Party.label',
        'Person.label',
        'Person.ssn',
        'Query.things',
        'Robot.serial',
      ]);
    });
  });
});

describe('usesIntrospection', () => {
  it('reports __schema and __type, also in fragments, but not __typename', () => {
    expect(usesIntrospection(parse('{ __schema { types { name } } }'), undefined)).toBe(true);
    expect(
      usesIntrospection(parse('query { ...F } fragment F on Query { __type(name: "Customer") { name } }'), undefined),
    ).toBe(true);
    expect(usesIntrospection(parse('{ __typename customer(id: "cus_1") { __typename name } }'), undefined)).toBe(false);
  });

  it('looks only at the operation asked for, and survives a fragment cycle', () => {
    const document = parse('query A { __schema { queryType { name } } } query B { ...F } fragment F on Query { ...F }');
    expect(usesIntrospection(document, 'A')).toBe(true);
    expect(usesIntrospection(document, 'B')).toBe(false);
  });

  it('keeps introspection out of the touched coordinates', () => {
    expect(touched('{ __schema { types { name } } customer(id: "cus_1") { name } }')).toEqual([
      at('Query.customer', 'customer'),
      at('Customer.name', 'customer.name'),
    ]);
  });
});

describe('analyseOperation', () => {
  const analyse = (source: string, principal: Principal, variables: Record<string, unknown> = {}) =>
    analyseOperation({ schema, document: parse(source), operationName: undefined, variables, plan, principal });

  it('denies entirely what customer service could never see: a credit limit, as a whole', () => {
    const analysis = analyse('{ customer(id: "cus_1") { creditLimit { amount } } }', who(['customer_service']));
    expect(analysis).toEqual({
      operationType: 'query',
      sensitive: [{ coordinate: 'Customer.creditLimit', classification: 'CREDIT', decision: 'DENY' }],
      restrictedQueries: [],
      refusedRoots: [],
      deniedEntirely: true,
      leafCount: 1,
    });
  });

  it('does not deny entirely when something unclassified is asked for too', () => {
    const analysis = analyse('{ customer(id: "cus_1") { name creditLimit { amount } } }', who(['customer_service']));
    expect(analysis.deniedEntirely).toBe(false);
    expect(analysis.leafCount).toBe(2);
  });

  it('does not count a skipped sensitive field', () => {
    const analysis = analyse(
      'query ($x: Boolean!) { customer(id: "cus_1") { name creditLimit @include(if: $x) { amount } } }',
      who(['customer_service']),
      {
        x: false,
      },
    );
    expect(analysis.sensitive).toEqual([]);
    expect(analysis.leafCount).toBe(1);
  });

  it('forbids updateCustomer to a finance analyst, which denies the mutation entirely', () => {
    const source = 'mutation { updateCustomer(id: "cus_1", input: { name: "Acme" }, reason: "typo") { id name } }';
    expect(analyse(source, who(['finance_analyst']))).toMatchObject({
      operationType: 'mutation',
      refusedRoots: ['Mutation.updateCustomer'],
      deniedEntirely: true,
    });
    expect(analyse(source, who(['credit_analyst']))).toMatchObject({
      refusedRoots: [],
      deniedEntirely: false,
      leafCount: 2,
    });
  });

  it('names the restricted queries run, and refuses entirely when the caller may run none of the root fields', () => {
    const trail = '{ auditEvents(first: 1) { edges { node { id } } } }';
    expect(analyse(trail, who(['auditor']))).toMatchObject({
      restrictedQueries: ['Query.auditEvents'],
      refusedRoots: [],
      deniedEntirely: false,
    });
    expect(analyse(trail, who(['finance_analyst']))).toMatchObject({
      restrictedQueries: ['Query.auditEvents'],
      refusedRoots: ['Query.auditEvents'],
      deniedEntirely: true,
    });
    // An unrestricted root field beside it may still be answered: the subgraphs refuse the rest.
    expect(
      analyse(
        '{ auditEvents(first: 1) { edges { node { id } } } customer(id: "cus_1") { name } }',
        who(['finance_analyst']),
      ),
    ).toMatchObject({ refusedRoots: ['Query.auditEvents'], deniedEntirely: false });
  });

  it('gives a BI reader a hashed D-U-N-S number', () => {
    const analysis = analyse('{ customers { edges { node { duns } } } }', who(['bi_reader']));
    expect(analysis.sensitive).toEqual([
      { coordinate: 'Customer.duns', classification: 'TAX', decision: 'MASK', strategy: 'HASH' },
    ]);
    expect(analysis.deniedEntirely).toBe(false);
  });

  it('lists each classified coordinate once, with the best case over regions', () => {
    const analysis = analyse(
      '{ a: contract(id: "c1") { totalValue { amount } } b: contract(id: "c2") { totalValue { amount } lines { amount { amount } } } }',
      who(['finance_analyst']),
    );
    expect(analysis.sensitive).toEqual([
      { coordinate: 'Contract.totalValue', classification: 'FINANCIAL', decision: 'ALLOW' },
      { coordinate: 'ContractLine.amount', classification: 'FINANCIAL', decision: 'ALLOW' },
    ]);
    expect(analysis.leafCount).toBe(3);
  });

  it('does not deny an operation that asks for nothing but introspection or __typename', () => {
    expect(analyse('{ __typename }', who([]))).toMatchObject({ deniedEntirely: false, leafCount: 0 });
  });

  it('on an interface, denies entirely only when every object type it can be is denied', () => {
    const analyseAbstract = (source: string) =>
      analyseOperation({
        schema: abstractSchema,
        document: parse(source),
        operationName: undefined,
        variables: {},
        plan: abstractPlan,
        principal: who(['bi_reader']),
      });
    expect(analyseAbstract('{ person { ... on Party { secret } } }').deniedEntirely).toBe(true);
    expect(analyseAbstract('{ parties { secret } }')).toMatchObject({
      sensitive: [{ coordinate: 'Person.secret', classification: 'PII', decision: 'DENY' }],
      deniedEntirely: false,
      leafCount: 1,
    });
  });
});

describe('redactVariables', () => {
  const document = parse(`
    query Q($id: ID!, $first: Int, $flag: Boolean, $status: CustomerStatus, $regions: [Region!],
            $after: String, $filter: CustomerFilter, $at: DateTime, $names: [String], $ids: [ID!], $absent: String) {
      customers(first: $first, after: $after, filter: $filter) { totalCount }
    }
  `);

  it('keeps ids, numbers, booleans and enum values and redacts everything else', () => {
    const variables = {
      id: 'cus_1',
      first: 20,
      flag: true,
      status: 'ACTIVE',
      regions: ['EU', 'US'],
      after: 'cursor',
      filter: { nameContains: 'Müller', region: 'EU' },
      at: '2026-11-28T00:00:00Z',
      names: ['Ann', null, 'Bob'],
      ids: ['cus_1', 'cus_2'],
      undeclared: 'secret',
    };
    expect(redactVariables(schema, document, 'Q', variables)).toEqual({
      id: 'cus_1',
      first: 20,
      flag: true,
      status: 'ACTIVE',
      regions: ['EU', 'US'],
      after: '[redacted]',
      filter: '[redacted]',
      at: '[redacted]',
      names: ['[redacted]', null, '[redacted]'],
      ids: ['cus_1', 'cus_2'],
    });
  });

  it('redacts a value that is not of its declared kind, and keeps null', () => {
    expect(
      redactVariables(schema, document, 'Q', { first: 'Müller', status: 'SECRET', after: null, id: { name: 'x' } }),
    ).toEqual({
      first: '[redacted]',
      status: '[redacted]',
      after: null,
      id: '[redacted]',
    });
  });

  it('redacts a variable written into an input object or list, whatever its type', () => {
    const placed = parse(
      `mutation ($id: ID!, $month: Int!, $hold: Boolean) {
        addPaymentCard(customerId: $id, input: { number: "x", expiryMonth: $month, expiryYear: 2030 }) { id }
        updateCustomer(id: $id, reason: "r", input: { creditHold: $hold }) { id }
      }`,
    );
    expect(redactVariables(schema, placed, undefined, { id: 'cus_1', month: 7, hold: true })).toEqual({
      id: 'cus_1',
      month: '[redacted]',
      hold: '[redacted]',
    });
  });

  it('keeps floats', () => {
    const floats = buildSchema('type Query { scaled(by: Float): Int }');
    expect(redactVariables(floats, parse('query ($by: Float) { scaled(by: $by) }'), undefined, { by: 0.5 })).toEqual({
      by: 0.5,
    });
  });

  it('returns nothing for an unknown operation', () => {
    expect(redactVariables(schema, document, 'Nope', { id: 'cus_1' })).toEqual({});
  });
});
