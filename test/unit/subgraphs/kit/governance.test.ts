import { buildSchema, graphql, isObjectType, parse, type GraphQLFieldResolver } from 'graphql';
import type { Principal } from '../../../../lib/principal';
import { planFor } from '../../../../policies/plans';
import { governSchema } from '../../../../subgraphs/kit/governance';

/**
 * Which resolvers the subgraph's governance wraps: every root field, subscriptions included, is
 * guarded; an unclassified field below a root is left as it is, since the root already decided who
 * may enter.
 */

const SDL = `
  type Query { shelf: Shelf }
  type Subscription { shelfChanged: Shelf }
  type Shelf { label: String }
`;

function governed() {
  const schema = buildSchema(SDL);
  return governSchema(schema, planFor(parse(SDL)), 'a-masking-salt-of-at-least-32-characters');
}

function contextOf(principal: Principal) {
  return { principal };
}

const ROLELESS: Principal = { sub: 'nobody', roles: [], regions: ['EU'] };
const ANALYST: Principal = { sub: 'analyst', roles: ['finance_analyst'], regions: ['EU'] };

it('refuses a query root field to a principal without a role, and answers one with a role', async () => {
  const schema = governed();
  const rootValue = { shelf: { label: 'top' } };
  const refused = await graphql({
    schema,
    source: '{ shelf { label } }',
    rootValue,
    contextValue: contextOf(ROLELESS),
  });
  expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect(refused.data?.shelf ?? null).toBeNull();
  const answered = await graphql({
    schema,
    source: '{ shelf { label } }',
    rootValue,
    contextValue: contextOf(ANALYST),
  });
  expect(answered).toEqual({ data: { shelf: { label: 'top' } } });
});

it('guards subscription root fields as well', async () => {
  const field = governed().getSubscriptionType()?.getFields().shelfChanged;
  const resolve = field?.resolve as GraphQLFieldResolver<unknown, unknown>;
  const outcome = await resolve({ shelfChanged: { label: 'x' } }, {}, contextOf(ROLELESS), {
    fieldName: 'shelfChanged',
  } as never);
  expect((outcome as { extensions?: { code?: string } }).extensions?.code).toBe('FORBIDDEN');
});

it('leaves an unclassified field below a root unwrapped', () => {
  const shelf = governed().getType('Shelf');
  if (!isObjectType(shelf)) throw new Error('Shelf is an object type');
  expect(shelf.getFields().label.resolve).toBeUndefined();
});
