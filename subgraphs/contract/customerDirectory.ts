import type { ServiceClient } from '../kit/serviceClient';

/**
 * Where a new contract's customer belongs. The customer master owns that fact, so the contract
 * subgraph asks it (as the `contract` service) instead of trusting a region sent by the caller.
 */

export interface CustomerJurisdiction {
  id: string;
  region: string;
  mergedInto?: string | null;
  paymentTermsCode?: string | null;
}

export interface CustomerDirectory {
  jurisdictionOf(customerId: string): Promise<CustomerJurisdiction | undefined>;
}

const QUERY = 'query Jurisdictions($ids: [ID!]!) { customerJurisdictions(ids: $ids) { id region mergedInto paymentTermsCode } }';

export function createCustomerDirectory(client: ServiceClient): CustomerDirectory {
  return {
    async jurisdictionOf(customerId) {
      const data = await client.query<{ customerJurisdictions: CustomerJurisdiction[] }>('customer', QUERY, { ids: [customerId] });
      return data.customerJurisdictions[0];
    },
  };
}
