import type { SqlEntityManager } from '@mikro-orm/knex';
import { byIdLoader, oneToManyLoader } from '../kit/loaders';
import { governedCustomers } from '../kit/customerDirectory';
import type { ContractShared } from './shared';
import { ContractEntity } from './entities/Contract';
import { ContractLineEntity } from './entities/ContractLine';
import { InvoiceEntity } from './entities/Invoice';
import { PaymentEntity } from './entities/Payment';
import { WriteOffEntity } from './entities/WriteOff';
import { BillingEntryEntity } from './entities/BillingEntry';
import { ContractModificationEntity } from './entities/ContractModification';
import { DiscountApprovalEntity } from './entities/DiscountApproval';
import { ObligationRevisionEntity } from './entities/ObligationRevision';
import { PerformanceObligationEntity } from './entities/PerformanceObligation';
import { PricingTierChangeEntity } from './entities/PricingTierChange';
import { ProgressRecordEntity } from './entities/ProgressRecord';
import { RenewalIntentEntity } from './entities/RenewalIntent';
import { LedgerLineEntity } from './entities/LedgerLine';
import { PurchaseOrderRuleEntity } from './entities/PurchaseOrderRule';

export function createContractLoaders(em: SqlEntityManager, shared: ContractShared) {
  return {
    // Customers as the customer master knows them: region and merges come from there, never from the reference.
    customers: governedCustomers(shared.customers),
    contract: byIdLoader(em, ContractEntity),
    contractsOfCustomer: oneToManyLoader(em, ContractEntity, 'customerId', { startDate: 'desc', id: 'asc' }),
    lines: oneToManyLoader(em, ContractLineEntity, 'contractId', { id: 'asc' }),
    invoices: oneToManyLoader(em, InvoiceEntity, 'contractId', { issueDate: 'asc', id: 'asc' }),
    invoicesOfCustomer: oneToManyLoader(em, InvoiceEntity, 'customerId', { issueDate: 'asc', id: 'asc' }),
    payments: oneToManyLoader(em, PaymentEntity, 'invoiceId', { receivedOn: 'asc', id: 'asc' }),
    writeOffs: oneToManyLoader(em, WriteOffEntity, 'invoiceId', { requestedAt: 'asc', id: 'asc' }),
    obligations: oneToManyLoader(em, PerformanceObligationEntity, 'contractId', { position: 'asc', id: 'asc' }),
    revisions: oneToManyLoader(em, ObligationRevisionEntity, 'contractId', { obligationId: 'asc', sequence: 'asc' }),
    progress: oneToManyLoader(em, ProgressRecordEntity, 'contractId', { asOf: 'asc', recordedAt: 'asc', id: 'asc' }),
    billingEntries: oneToManyLoader(em, BillingEntryEntity, 'contractId', { billDate: 'asc', id: 'asc' }),
    modifications: oneToManyLoader(em, ContractModificationEntity, 'contractId', { sequence: 'asc' }),
    discountApprovals: oneToManyLoader(em, DiscountApprovalEntity, 'contractId', { requestedAt: 'asc', id: 'asc' }),
    tierChanges: oneToManyLoader(em, PricingTierChangeEntity, 'contractId', { requestedAt: 'asc', id: 'asc' }),
    renewalIntents: oneToManyLoader(em, RenewalIntentEntity, 'contractId', { observedAt: 'asc', id: 'asc' }),
    purchaseOrderRules: oneToManyLoader(em, PurchaseOrderRuleEntity, 'customerId', { customerId: 'asc' }),
    ledgerLinesOfContract: oneToManyLoader(em, LedgerLineEntity, 'contractId', { period: 'asc', id: 'asc' }),
  };
}

export type ContractLoaders = ReturnType<typeof createContractLoaders>;
