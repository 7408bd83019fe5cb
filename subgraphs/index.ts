import type { SubgraphName } from '../lib/config';
import { auditSubgraph } from './audit';
import { contractSubgraph } from './contract';
import { customerSubgraph } from './customer';
import { qualitySubgraph } from './quality';
import type { SubgraphDefinition } from './kit/subgraph';
import type { SubgraphResolvers } from './kit/subgraphResolvers';

/** The four subgraphs by name, in the order they start (audit first: the others report to it). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each subgraph has its own loaders and shared parts
export const SUBGRAPHS: Record<SubgraphName, SubgraphDefinition<SubgraphResolvers, any, any>> = {
  audit: auditSubgraph,
  customer: customerSubgraph,
  contract: contractSubgraph,
  quality: qualitySubgraph,
};
