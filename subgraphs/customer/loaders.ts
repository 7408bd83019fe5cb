import DataLoader from 'dataloader';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { byIdLoader, oneToManyLoader } from '../kit/loaders';
import { BankAccountEntity } from './entities/BankAccount';
import { AttributeLineageEntity } from './entities/AttributeLineage';
import { ContactEntity } from './entities/Contact';
import { CreditLimitChangeEntity, type CreditLimitChange } from './entities/CreditLimitChange';
import { CustomerEntity } from './entities/Customer';
import { CustomerHierarchyEntity, type CustomerHierarchy } from './entities/CustomerHierarchy';
import { PaymentCardEntity } from './entities/PaymentCard';
import { SourceRecordEntity } from './entities/SourceRecord';
import { TaxIdentifierEntity } from './entities/TaxIdentifier';

export function createCustomerLoaders(em: SqlEntityManager) {
  return {
    customer: byIdLoader(em, CustomerEntity),
    taxIds: oneToManyLoader(em, TaxIdentifierEntity, 'customerId', { id: 'asc' }),
    sourceRecords: oneToManyLoader(em, SourceRecordEntity, 'customerId', { sourceSystem: 'asc', id: 'asc' }),
    contacts: oneToManyLoader(em, ContactEntity, 'customerId', { id: 'asc' }),
    bankAccounts: oneToManyLoader(em, BankAccountEntity, 'customerId', { createdAt: 'asc', id: 'asc' }),
    paymentCards: oneToManyLoader(em, PaymentCardEntity, 'customerId', { createdAt: 'asc', id: 'asc' }),
    mergedCustomers: oneToManyLoader(em, CustomerEntity, 'mergedInto', { id: 'asc' }),
    lineage: oneToManyLoader(em, AttributeLineageEntity, 'customerId', { field: 'asc' }),
    hierarchyLinks: hierarchyLinksLoader(em),
    pendingCreditLimitChanges: pendingCreditLimitChangesLoader(em),
  };
}

/** The credit-limit change waiting for each customer (at most one waits: a unique index says so). */
function pendingCreditLimitChangesLoader(em: SqlEntityManager): DataLoader<string, CreditLimitChange | undefined> {
  return new DataLoader(async (ids) => {
    const waiting = await em.find(CreditLimitChangeEntity, { customerId: { $in: [...ids] }, status: 'REQUESTED' });
    return ids.map((id) => waiting.find((change) => change.customerId === id));
  });
}

/**
 * Every hierarchy link a customer takes part in, as parent or as child, in one statement: `parent`
 * and `children` share it, so asking for both costs one query, not two.
 */
function hierarchyLinksLoader(em: SqlEntityManager): DataLoader<string, CustomerHierarchy[]> {
  return new DataLoader(async (ids) => {
    const keys = [...ids];
    const links = await em.find(
      CustomerHierarchyEntity,
      { $or: [{ parentId: { $in: keys } }, { childId: { $in: keys } }] },
      { orderBy: { childId: 'asc' } },
    );
    return keys.map((id) => links.filter((link) => link.parentId === id || link.childId === id));
  });
}

export type CustomerLoaders = ReturnType<typeof createCustomerLoaders>;
