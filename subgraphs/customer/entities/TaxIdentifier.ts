import { EntitySchema } from '@mikro-orm/core';

/** A tax identifier of a customer; a customer may hold several (e.g. VAT ids in two countries). */
export interface TaxIdentifier {
  id: string;
  customerId: string;
  kind: string;
  /** Normalised form, so equal ids compare equal. */
  value: string;
  country: string;
}

export const TaxIdentifierEntity = new EntitySchema<TaxIdentifier>({
  name: 'TaxIdentifier',
  tableName: 'tax_identifier',
  properties: {
    id: { type: 'string', primary: true },
    customerId: { type: 'string' },
    kind: { type: 'string' },
    value: { type: 'string' },
    country: { type: 'string' },
  },
});
