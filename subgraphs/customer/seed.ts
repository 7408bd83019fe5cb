import type { SqlEntityManager } from '@mikro-orm/knex';
import type { CustosConfig } from '../../lib/config';
import type { DemoBook, DemoSourceRecord } from '../../lib/demo/book';
import { bulkInsert } from '../kit/bulkInsert';
import type { DemoSeeder } from '../kit/seed';
import { demoGolden, DEMO_BATCH_ID, type DemoGolden } from './demoGolden';
import { AttributeLineageEntity } from './entities/AttributeLineage';
import { BankAccountEntity } from './entities/BankAccount';
import { ChangeOutboxEntity } from './entities/ChangeOutbox';
import { ContactEntity } from './entities/Contact';
import { CustomerEntity, customerSearchText } from './entities/Customer';
import { CustomerHierarchyEntity } from './entities/CustomerHierarchy';
import { PaymentCardEntity } from './entities/PaymentCard';
import { SourceRecordEntity } from './entities/SourceRecord';
import { SOURCE_MAPPINGS } from './ingestion/mappings';
import { TaxIdentifierEntity } from './entities/TaxIdentifier';
import { CustomerMatchKeyEntity } from './entities/CustomerMatchKey';
import { activeMatchConfiguration } from './ingestion/matchConfigurations';
import { partyMatchKeys } from './ingestion/matchKeys';
import { demoInstruments } from '../../lib/demo/instruments';
import { protectBankAccount, protectPaymentCard } from './pci/storage';

/** A golden record's values as customer columns. */
function goldenColumns({ creditLimit, ...fields }: DemoGolden['patch']) {
  return {
    ...fields,
    ...(creditLimit ? { creditLimitMinor: creditLimit.minor, creditLimitCurrency: creditLimit.currency } : {}),
  };
}

/** Every customer's rows come from its own part of the book, so each chunk is written on its own. */
export const seedCustomers: DemoSeeder = (config) => ({ chunk: (em, book) => seedCustomerChunk(em, book, config) });

async function seedCustomerChunk(em: SqlEntityManager, book: DemoBook, config: CustosConfig): Promise<void> {
  const recordsOf = new Map<string, DemoSourceRecord[]>();
  for (const record of book.sourceRecords)
    recordsOf.set(record.customerId, [...(recordsOf.get(record.customerId) ?? []), record]);
  // Golden values and lineage come from the customer's source records, as ingestion computes them.
  const goldens = new Map(book.customers.map((c) => [c.id, demoGolden(c, recordsOf.get(c.id) ?? [])]));
  const customers = book.customers.map((c) => ({
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
    segment: c.segment,
    creditLimitMinor: c.creditLimitMinor,
    creditLimitCurrency: c.currency,
    creditHold: c.creditHold,
    status: c.status,
    createdAt: new Date(c.createdAt),
    updatedAt: new Date(c.updatedAt),
    verifiedAt: c.verifiedAt ? new Date(c.verifiedAt) : null,
    creditScore: c.creditScore,
    ...goldenColumns(goldens.get(c.id)!.patch),
    searchText: customerSearchText({ ...c, ...goldens.get(c.id)!.patch }),
  }));
  await bulkInsert(em, CustomerEntity, customers);
  await bulkInsert(
    em,
    ContactEntity,
    book.customers.flatMap((c) => c.contacts.map((contact) => ({ ...contact, customerId: c.id }))),
  );
  await bulkInsert(
    em,
    TaxIdentifierEntity,
    book.customers.flatMap((c) =>
      c.taxIds.map((taxId, n) => ({ id: `${c.id}_tax${n + 1}`, customerId: c.id, ...taxId })),
    ),
  );
  await bulkInsert(
    em,
    SourceRecordEntity,
    book.sourceRecords.map((r) => ({
      ...r,
      ingestedAt: new Date(r.ingestedAt),
      sourceVersion: 1,
      verifiedAt: new Date(r.ingestedAt),
      batchId: DEMO_BATCH_ID,
      mappingVersion: SOURCE_MAPPINGS[r.sourceSystem].version,
      ...goldens.get(r.customerId)!.links.get(r.id)!,
    })),
  );
  await bulkInsert(
    em,
    AttributeLineageEntity,
    [...goldens.values()].flatMap((golden) => golden.lineage),
  );
  await bulkInsert(
    em,
    CustomerHierarchyEntity,
    book.hierarchy.map((link) => ({ id: `${link.parentId}>${link.childId}`, ...link, since: new Date(link.since) })),
  );
  // Derived here rather than in the book, so the other subgraphs' demo data stays as it was.
  const instruments = demoInstruments(book);
  const keys = config.pci;
  await bulkInsert(
    em,
    BankAccountEntity,
    instruments.bankAccounts.map((account) =>
      protectBankAccount({ ...account, createdAt: new Date(account.createdAt) }, keys),
    ),
  );
  await bulkInsert(
    em,
    PaymentCardEntity,
    instruments.paymentCards.map((card) => protectPaymentCard({ ...card, createdAt: new Date(card.createdAt) }, keys)),
  );
  // Keys come from the rows just written, as refreshMatchKeys would read them back: a first start
  // then has none to fill, which at a million customers took it twelve minutes.
  const configuration = await activeMatchConfiguration(em);
  const parties = customers.map((customer, n) => ({
    customer,
    taxIds: book.customers[n].taxIds,
    sources: goldens.get(customer.id)!.sources,
  }));
  await bulkInsert(
    em,
    CustomerMatchKeyEntity,
    parties.flatMap((party) =>
      partyMatchKeys(party, configuration).map((key) => ({ customerId: party.customer.id, key })),
    ),
  );
  // The demo history reaches the audit change log the way every change does: through the outbox,
  // which gives each change the class of the attribute it changed.
  await bulkInsert(
    em,
    ChangeOutboxEntity,
    book.changes.map(({ id, entityId, field, oldValue, newValue, actor, at, reason }) => ({
      id,
      customerId: entityId,
      field,
      oldValue,
      newValue,
      actor,
      at: new Date(at),
      reason,
      deliveredAt: null,
    })),
  );
}
