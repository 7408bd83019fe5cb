import type { AttributeLineage } from './entities/AttributeLineage';
import type { BankAccount } from './entities/BankAccount';
import type { Contact } from './entities/Contact';
import type { Customer } from './entities/Customer';
import type { PaymentCard } from './entities/PaymentCard';
import type { SourceRecord } from './entities/SourceRecord';

/**
 * What the customer subgraph's resolvers receive as parents where it is more than a stored row
 * (the mappers of codegen.ts). Rows that belong to a customer travel with the customer's region:
 * the policy decides their classified fields by it.
 */

type InCustomerRegion<T> = T & { region: string };

export type ContactParent = InCustomerRegion<Contact>;
export type BankAccountParent = InCustomerRegion<BankAccount>;
export type PaymentCardParent = InCustomerRegion<PaymentCard>;
export type SourceRecordParent = InCustomerRegion<SourceRecord>;
export type AttributeLineageParent = InCustomerRegion<AttributeLineage>;

/** A customer's row as the other services ask for it, with the customers merged into it. */
export type CustomerJurisdictionParent = Pick<
  Customer,
  | 'id'
  | 'region'
  | 'mergedInto'
  | 'paymentTermsCode'
  | 'creditHold'
  | 'creditLimitMinor'
  | 'creditLimitCurrency'
  | 'country'
  | 'billingAddress'
> & {
  mergedCustomerIds: string[];
};

/** A page of customers; the count over all pages is a query of its own, made only when totalCount is asked for. */
export interface CustomerConnectionParent {
  edges: { cursor: string; node: Customer }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  countAll(): Promise<number>;
}
