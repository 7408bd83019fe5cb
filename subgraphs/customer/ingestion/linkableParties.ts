import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Customer } from '../entities/Customer';
import { SourceRecordEntity } from '../entities/SourceRecord';
import { TaxIdentifierEntity } from '../entities/TaxIdentifier';
import type { LinkableParty } from './linkageRecords';
import { mapRecord } from './mapRecord';

/** Customers with their tax ids and mapped source records, in three queries whatever their number. */
export async function linkableParties(em: SqlEntityManager, customers: readonly Customer[]): Promise<LinkableParty[]> {
  const ids = customers.map((customer) => customer.id);
  const taxIds = await em.find(TaxIdentifierEntity, { customerId: { $in: ids } });
  const sources = await em.find(
    SourceRecordEntity,
    { customerId: { $in: ids } },
    { fields: ['id', 'customerId', 'sourceSystem', 'payload'] },
  );
  return customers.map((customer) => ({
    customer,
    taxIds: taxIds.filter((taxId) => taxId.customerId === customer.id),
    sources: sources
      .filter((source) => source.customerId === customer.id)
      .map((source) => ({ id: source.id, attributes: mapRecord(source.sourceSystem, source.payload).attributes })),
  }));
}
