import { EntitySchema } from '@mikro-orm/core';

/** A person at a customer company (personal data: classified PII in the schema). */
export interface Contact {
  id: string;
  customerId: string;
  name: string;
  email?: string | null;
  phone?: string | null;
  jobTitle?: string | null;
}

export const ContactEntity = new EntitySchema<Contact>({
  name: 'Contact',
  tableName: 'contact',
  properties: {
    id: { type: 'string', primary: true },
    customerId: { type: 'string' },
    name: { type: 'string' },
    email: { type: 'string', nullable: true },
    phone: { type: 'string', nullable: true },
    jobTitle: { type: 'string', nullable: true },
  },
});
