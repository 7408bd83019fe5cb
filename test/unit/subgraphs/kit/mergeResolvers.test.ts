import { mergeResolvers } from '../../../../subgraphs/kit/mergeResolvers';
import type { SubgraphResolvers } from '../../../../subgraphs/kit/subgraphResolvers';

const customer = () => 'customer';
const customers = () => ['customer'];
const ingest = () => 'ingested';
const taxIds = () => [];

describe('merging resolver maps', () => {
  it('combines the maps type by type', () => {
    const merged = mergeResolvers(
      { Query: { customer }, Customer: { taxIds } },
      { Query: { customers }, Mutation: { ingest } },
    );
    expect(merged).toEqual({ Query: { customer, customers }, Customer: { taxIds }, Mutation: { ingest } });
  });

  it('leaves the maps it was given as they were', () => {
    const first: SubgraphResolvers = { Query: { customer } };
    mergeResolvers(first, { Query: { customers } });
    expect(first).toEqual({ Query: { customer } });
  });

  it('refuses two resolvers for one field', () => {
    expect(() =>
      mergeResolvers({ Query: { customer } }, { Mutation: { ingest } }, { Query: { customer: customers } }),
    ).toThrow('two resolvers for Query.customer');
  });
});
