import { BigIntType, EntitySchema } from '@mikro-orm/core';
import type { Address } from '../../../lib/address';

/** The customer master record: one row per real-world customer, whatever the source systems call it. */
export interface Customer {
  id: string;
  name: string;
  legalName?: string | null;
  nativeName?: string | null;
  nativeScript?: string | null;
  country: string;
  region: string;
  duns?: string | null;
  billingAddress?: Address | null;
  shippingAddress?: Address | null;
  paymentTermsCode?: string | null;
  creditLimitMinor?: number | null;
  creditLimitCurrency?: string | null;
  creditHold: boolean;
  status: string;
  createdAt: Date;
  updatedAt: Date;
  verifiedAt?: Date | null;
  creditScore?: number | null;
  /** Set when this customer was merged into another: references to it lead to the survivor. */
  mergedInto?: string | null;
  segment?: string | null;
}

export const CustomerEntity = new EntitySchema<Customer>({
  name: 'Customer',
  tableName: 'customer',
  properties: {
    id: { type: 'string', primary: true },
    name: { type: 'string' },
    legalName: { type: 'string', nullable: true },
    nativeName: { type: 'string', nullable: true },
    nativeScript: { type: 'string', nullable: true },
    country: { type: 'string' },
    region: { type: 'string' },
    duns: { type: 'string', nullable: true },
    billingAddress: { type: 'json', nullable: true },
    shippingAddress: { type: 'json', nullable: true },
    paymentTermsCode: { type: 'string', nullable: true },
    creditLimitMinor: { type: new BigIntType('number'), nullable: true },
    creditLimitCurrency: { type: 'string', nullable: true },
    creditHold: { type: 'boolean' },
    status: { type: 'string' },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
    verifiedAt: { type: 'datetime', nullable: true },
    creditScore: { type: 'integer', nullable: true },
    mergedInto: { type: 'string', nullable: true },
    segment: { type: 'string', nullable: true },
  },
});
