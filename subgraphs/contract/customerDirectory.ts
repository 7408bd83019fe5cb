import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../lib/errors';
import { INTERNAL_TOKEN_HEADER, mintInternalToken } from '../../lib/tokens/internalToken';
import type { BackgroundServices } from '../kit/subgraph';

/**
 * Where a new contract's customer belongs. The customer master owns that fact, so the contract
 * subgraph asks it (as the `contract` service, which only Custos services can mint) instead of
 * trusting a region sent by the caller.
 */

export interface CustomerJurisdiction {
  id: string;
  region: string;
  mergedInto?: string | null;
}

export interface CustomerDirectory {
  jurisdictionOf(customerId: string): Promise<CustomerJurisdiction | undefined>;
}

const QUERY = 'query Jurisdictions($ids: [ID!]!) { customerJurisdictions(ids: $ids) { id region mergedInto } }';
const SERVICE_PRINCIPAL = { sub: 'service:contract', roles: [], regions: [], service: 'contract' };

export function createCustomerDirectory(services: BackgroundServices): CustomerDirectory {
  return {
    async jurisdictionOf(customerId) {
      const token = await mintInternalToken(services.config.internalToken, { principal: SERVICE_PRINCIPAL });
      const response = await fetch(services.peerUrl('customer'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token },
        body: JSON.stringify({ query: QUERY, variables: { ids: [customerId] } }),
        signal: AbortSignal.timeout(services.config.subgraphTimeoutMs),
      }).catch(() => undefined);
      const body = (await response?.json().catch(() => undefined)) as { data?: { customerJurisdictions: CustomerJurisdiction[] }; errors?: unknown[] } | undefined;
      if (!response?.ok || !body?.data || body.errors) {
        services.log.warn({ status: response?.status }, 'the customer subgraph did not answer a jurisdiction lookup');
        throw new GraphQLError('the customer master is unavailable; nothing was saved', { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } });
      }
      return body.data.customerJurisdictions[0];
    },
  };
}
