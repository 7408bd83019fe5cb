import { LATENCY_QUERY } from '../gatewayLatency';

/** The three queries of the peer benchmark: what a customer app, a BI tool and a plain lookup send. */

export interface PeerQuery {
  name: string;
  query: string;
}

export const PEER_QUERIES: readonly PeerQuery[] = [
  { name: 'customer 360: 20 customers across all four subgraphs', query: LATENCY_QUERY },
  {
    name: 'BI page: 100 customers with revenue figures',
    query: `{ customers(first: 100) { edges { node {
      id name
      revenue { recognizedToDate { amount currency } deferred { amount currency } arr { amount currency } mrr { amount currency } }
    } } pageInfo { endCursor hasNextPage } } }`,
  },
  {
    name: 'ids and names only (no classified field)',
    query: `{ customers(first: 100) { edges { node { id name } } pageInfo { endCursor hasNextPage } } }`,
  },
];
