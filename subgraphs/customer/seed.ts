import type { SqlEntityManager } from '@mikro-orm/knex';
import type { DemoBook } from '../../lib/demo/book';
import { bulkInsert } from '../kit/bulkInsert';
import { ContactEntity } from './entities/Contact';
import { CustomerEntity } from './entities/Customer';
import { CustomerHierarchyEntity } from './entities/CustomerHierarchy';
import { SourceRecordEntity } from './entities/SourceRecord';
import { TaxIdentifierEntity } from './entities/TaxIdentifier';

export async function seedCustomers(em: SqlEntityManager, book: DemoBook): Promise<void> {
  await bulkInsert(
    em,
    CustomerEntity,
    book.customers.map((c) => ({
      id: c.id,
      name: c.name,
      legalName: c.legalName,
      nativeName: c.nativeName ?? null,
      nativeScript: c.nativeScript,
      country: c.country,
      region: c.region,
      duns: c.duns ?? null,
      billingAddress: c.billingAddress,
      shippingAddress: c.shippingAddress ?? null,
      paymentTermsCode: c.paymentTermsCode,
      creditLimitMinor: c.creditLimitMinor,
      creditLimitCurrency: c.currency,
      creditHold: c.creditHold,
      status: c.status,
      createdAt: new Date(c.createdAt),
      updatedAt: new Date(c.updatedAt),
      verifiedAt: c.verifiedAt ? new Date(c.verifiedAt) : null,
      creditScore: c.creditScore,
    })),
  );
  await bulkInsert(
    em,
    ContactEntity,
    book.customers.flatMap((c) => c.contacts.map((contact) => ({ ...contact, customerId: c.id }))),
  );
  await bulkInsert(
    em,
    TaxIdentifierEntity,
    book.customers.flatMap((c) => c.taxIds.map((taxId, n) => ({ id: `${c.id}_tax${n + 1}`, customerId: c.id, ...taxId }))),
  );
  await bulkInsert(
    em,
    SourceRecordEntity,
    book.sourceRecords.map((r) => ({ ...r, ingestedAt: new Date(r.ingestedAt) })),
  );
  await bulkInsert(
    em,
    CustomerHierarchyEntity,
    book.hierarchy.map((link) => ({ id: `${link.parentId}>${link.childId}`, ...link, since: new Date(link.since) })),
  );
}
