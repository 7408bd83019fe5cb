import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { Address } from '../../../lib/address';
import { currencyCode, customerId, instant, json, minorAmount, regionCode, status } from '../../kit/entityProperties';
import type { CustomerSegment, CustomerStatus } from '../generated/enums';
import { nameSearchText } from '../matching/names/searchText';

/** The names a customer is found by (matching/names/searchText.ts), kept with every write that sets them. */
export const customerSearchText = (customer: { name: string; legalName?: string | null; nativeName?: string | null }) =>
  nameSearchText([customer.name, customer.legalName, customer.nativeName]);

/** The customer master record: one row per real-world customer, whatever the source systems call it. */
export const CustomerEntity = defineEntity({
  name: 'Customer',
  tableName: 'customer',
  properties: (p) => ({
    id: customerId().primary(),
    name: p.string(),
    legalName: p.string().nullable(),
    nativeName: p.string().nullable(),
    nativeScript: p.string().length(8).nullable(),
    country: p.string().length(2),
    region: regionCode(),
    duns: p.string().length(9).nullable(),
    billingAddress: json<Address>().nullable(),
    shippingAddress: json<Address>().nullable(),
    paymentTermsCode: p.string().length(32).nullable(),
    creditLimitMinor: minorAmount().nullable(),
    creditLimitCurrency: currencyCode().nullable(),
    creditHold: p.boolean().default(false),
    status: status<CustomerStatus>(),
    createdAt: instant(),
    updatedAt: instant(),
    verifiedAt: instant().nullable(),
    creditScore: p.integer().nullable(),
    /** The day the risk vendor scored the customer: a delivery scored earlier changes nothing. */
    creditScoreAsOf: p.date().nullable(),
    /** Set when this customer was merged into another: references to it lead to the survivor. */
    mergedInto: customerId().nullable(),
    segment: p.string().length(16).$type<CustomerSegment>().nullable(),
    searchText: p.text().default('').onCreate(customerSearchText).onUpdate(customerSearchText),
  }),
  indexes: [
    { properties: 'country' },
    { properties: 'region' },
    { properties: 'segment' },
    // Only the merged few: `merged_into is null` matches nearly every customer, and an index
    // holding them all tempted SQLite into reading the whole book in merged_into order.
    {
      name: 'customer_merged_into_index',
      expression: 'create index customer_merged_into_index on customer (merged_into) where merged_into is not null',
    },
  ],
});

export type Customer = InferEntity<typeof CustomerEntity>;
