import type { SqlEntityManager } from '@mikro-orm/knex';
import { groupBy } from '../../../lib/groupBy';
import type { Customer } from '../entities/Customer';
import { SourceRecordEntity } from '../entities/SourceRecord';
import { TaxIdentifierEntity } from '../entities/TaxIdentifier';
import type { LinkableParty } from './linkageRecords';
import { mapRecord } from './mapRecord';

/** Customers with their tax ids and mapped source records, in two queries whatever their number. */
export async function linkableParties(em: SqlEntityManager, customers: readonly Customer[]): Promise<LinkableParty[]> {
  const ids = customers.map((customer) => customer.id);
  const taxIds = await em.find(TaxIdentifierEntity, { customerId: { $in: ids } });
  const sources = await em.find(
    SourceRecordEntity,
    { customerId: { $in: ids } },
    { fields: ['id', 'customerId', 'sourceSystem', 'payload'] },
  );
  // Grouped once: a bulk load reads a thousand customers and their records a page at a time.
  const taxIdsOf = groupBy(taxIds, (taxId) => taxId.customerId);
  const sourcesOf = groupBy(sources, (source) => source.customerId);
  return customers.map((customer) => ({
    customer,
    taxIds: taxIdsOf.get(customer.id) ?? [],
    sources: (sourcesOf.get(customer.id) ?? []).map((source) => ({
      id: source.id,
      attributes: mapRecord(source.sourceSystem, source.payload).attributes,
    })),
  }));
}
