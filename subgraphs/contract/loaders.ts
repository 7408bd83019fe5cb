import type { SqlEntityManager } from '@mikro-orm/knex';
import { byIdLoader, oneToManyLoader } from '../kit/loaders';
import { ContractEntity } from './entities/Contract';
import { ContractLineEntity } from './entities/ContractLine';
import { InvoiceEntity } from './entities/Invoice';
import { PaymentEntity } from './entities/Payment';
import { WriteOffEntity } from './entities/WriteOff';

export function createContractLoaders(em: SqlEntityManager) {
  return {
    contract: byIdLoader(em, ContractEntity),
    contractsOfCustomer: oneToManyLoader(em, ContractEntity, 'customerId', { startDate: 'desc', id: 'asc' }),
    lines: oneToManyLoader(em, ContractLineEntity, 'contractId', { id: 'asc' }),
    invoices: oneToManyLoader(em, InvoiceEntity, 'contractId', { issueDate: 'asc', id: 'asc' }),
    invoicesOfCustomer: oneToManyLoader(em, InvoiceEntity, 'customerId', { issueDate: 'asc', id: 'asc' }),
    payments: oneToManyLoader(em, PaymentEntity, 'invoiceId', { receivedOn: 'asc', id: 'asc' }),
    writeOffs: oneToManyLoader(em, WriteOffEntity, 'invoiceId', { requestedAt: 'asc', id: 'asc' }),
  };
}

export type ContractLoaders = ReturnType<typeof createContractLoaders>;
