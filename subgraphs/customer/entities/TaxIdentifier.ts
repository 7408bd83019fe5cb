import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { TaxIdKind } from '../../../lib/taxids/kinds';
import { reference, rowId } from '../../kit/entityProperties';
import { CustomerEntity } from './Customer';

/** A tax identifier of a customer; a customer may hold several (e.g. VAT ids in two countries). */
export const TaxIdentifierEntity = defineEntity({
  name: 'TaxIdentifier',
  tableName: 'tax_identifier',
  properties: (p) => ({
    id: rowId(),
    customerId: reference(CustomerEntity, 'customer_id', 'cascade'),
    kind: p.string().length(32).$type<TaxIdKind>(),
    /** Normalised form, so equal ids compare equal. */
    value: p.string().length(64),
    country: p.string().length(2),
  }),
  indexes: [{ properties: 'customerId' }, { properties: 'value' }],
});

export type TaxIdentifier = InferEntity<typeof TaxIdentifierEntity>;
