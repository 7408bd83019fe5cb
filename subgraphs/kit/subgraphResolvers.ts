import type { buildSubgraphSchema } from '@apollo/subgraph';

/** The schema modules buildSubgraphSchema takes; @apollo/subgraph does not export their type by name. */
type SchemaModule = Extract<
  Extract<Parameters<typeof buildSubgraphSchema>[0], readonly unknown[]>[number],
  { typeDefs: unknown }
>;

/**
 * A subgraph's resolver map as buildSubgraphSchema takes it. Each subgraph's generated `Resolvers`
 * (generated/resolvers.ts) is one, and checks the map against its SDL where the map is written.
 */
export type SubgraphResolvers = NonNullable<SchemaModule['resolvers']>;
