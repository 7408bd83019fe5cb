import DataLoader from 'dataloader';
import { CustomerJurisdictionsDocument, type CustomerJurisdictionsQuery } from './generated/customerDirectory';
import type { ServiceClient } from './serviceClient';

/**
 * What the customer master says about customers: where each belongs, whether it was merged, which
 * customers were merged into it, its payment terms. The other subgraphs decide from these facts,
 * asked of the customer subgraph as their own service, never from what a caller wrote into an
 * entity reference.
 */

export type CustomerFacts = CustomerJurisdictionsQuery['customerJurisdictions'][number];

export interface CustomerDirectory {
  factsOf(customerIds: readonly string[]): Promise<(CustomerFacts | undefined)[]>;
  jurisdictionOf(customerId: string): Promise<CustomerFacts | undefined>;
}

/** The customer subgraph answers at most this many ids at a time. */
const MAX_IDS = 500;

export function createCustomerDirectory(client: ServiceClient): CustomerDirectory {
  const factsOf = async (customerIds: readonly string[]) => {
    const found = new Map<string, CustomerFacts>();
    for (let start = 0; start < customerIds.length; start += MAX_IDS) {
      const data = await client.query('customer', CustomerJurisdictionsDocument, {
        ids: customerIds.slice(start, start + MAX_IDS),
      });
      for (const facts of data.customerJurisdictions) found.set(facts.id, facts);
    }
    return customerIds.map((id) => found.get(id));
  };
  return { factsOf, jurisdictionOf: async (customerId) => (await factsOf([customerId]))[0] };
}

/**
 * A customer as another subgraph should treat an entity reference to it: the reference's id, the
 * region the master records, and the ids whose records count for it (the survivor of a merge and
 * every customer merged into it, so references follow a merge as they do in the customer subgraph).
 * An id the master does not know belongs to no region.
 */
export interface GovernedCustomer {
  id: string;
  region: string;
  customerIds: string[];
}

export function governedCustomers(directory: CustomerDirectory): DataLoader<string, GovernedCustomer> {
  const facts = new DataLoader<string, CustomerFacts | undefined>(async (ids) => directory.factsOf(ids), {
    maxBatchSize: MAX_IDS,
  });
  return new DataLoader<string, GovernedCustomer>(async (ids) => {
    const own = await facts.loadMany([...ids]);
    const survivors = await facts.loadMany(
      own.map((f, i) => (f && !(f instanceof Error) && f.mergedInto ? f.mergedInto : ids[i])),
    );
    return ids.map((id, i) => {
      const survivor = survivors[i];
      if (survivor instanceof Error) return survivor;
      return survivor
        ? { id, region: survivor.region, customerIds: [survivor.id, ...survivor.mergedCustomerIds] }
        : { id, region: 'UNKNOWN', customerIds: [id] };
    });
  });
}
