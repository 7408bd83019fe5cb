import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { reference, rowId } from '../../kit/entityProperties';
import { CustomerEntity } from './Customer';

/** A person at a customer company (personal data: classified PII in the schema). */
export const ContactEntity = defineEntity({
  name: 'Contact',
  tableName: 'contact',
  properties: (p) => ({
    id: rowId(),
    customerId: reference(CustomerEntity, 'customer_id', 'cascade'),
    name: p.string(),
    email: p.string().nullable(),
    phone: p.string().length(40).nullable(),
    jobTitle: p.string().nullable(),
  }),
  indexes: [{ properties: 'customerId' }],
});

export type Contact = InferEntity<typeof ContactEntity>;
