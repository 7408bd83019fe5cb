import type { SqlEntityManager } from '@mikro-orm/knex';
import { byIdLoader, loaderPerArgument, oneToManyLoader } from '../kit/loaders';
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
import { TaxExemptionCertificateEntity } from './entities/TaxExemptionCertificate';
import { PurchaseOrderRuleEntity } from './entities/PurchaseOrderRule';
import { invoiceRows, readInvoiceRows, type InvoiceRow, type InvoiceRowFilter } from './billing/invoiceRows';
import { REVENUE_ROW_ORDER } from './revenue/contractTerms';
import { contractRevenueLoader } from './revenue/revenueSnapshots';
import { readContractsOnDays, type ContractOnDays } from './revenue/revenueRows';

/** Customers per statement when reading bulk rows: a page of a bulk export, well under every engine's parameter limit. */
const ROW_CUSTOMERS = 1000;

/** The invoice rows of many customers at once, one loader per filter. */
function invoiceRowLoaders(em: SqlEntityManager) {
  return loaderPerArgument<InvoiceRowFilter, InvoiceRow[]>(
    (filter) => JSON.stringify([filter.issuedFrom, filter.issuedTo, filter.status]),
    async (customerIds, filter) => {
      const byCustomer = invoiceRows(await readInvoiceRows(em, customerIds, filter));
      return customerIds.map((id) => byCustomer.get(id) ?? []);
    },
    ROW_CUSTOMERS,
  );
}

/** The recognising contracts of many customers with their revenue figures on the same days, one loader per list of days. */
function contractsOnDaysLoaders(em: SqlEntityManager) {
  return loaderPerArgument<readonly string[], ContractOnDays[]>(
    (days) => days.join(','),
    async (customerIds, days) => {
      const byCustomer = await readContractsOnDays(em, customerIds, days);
      return customerIds.map((id) => byCustomer.get(id) ?? []);
    },
    ROW_CUSTOMERS,
  );
}

export function createContractLoaders(em: SqlEntityManager, shared: ContractShared) {
  return {
    // Customers as the customer master knows them: region and merges come from there, never from the reference.
    customers: governedCustomers(shared.customers),
    contract: byIdLoader(em, ContractEntity),
    contractsOfCustomer: oneToManyLoader(em, ContractEntity, 'customerId', { startDate: 'desc', id: 'asc' }),
    lines: oneToManyLoader(em, ContractLineEntity, 'contractId', { id: 'asc' }),
    invoices: oneToManyLoader(em, InvoiceEntity, 'contractId', REVENUE_ROW_ORDER.invoices),
    invoiceRows: invoiceRowLoaders(em),
    invoicesOfCustomer: oneToManyLoader(em, InvoiceEntity, 'customerId', { issueDate: 'asc', id: 'asc' }),
    payments: oneToManyLoader(em, PaymentEntity, 'invoiceId', { receivedOn: 'asc', id: 'asc' }),
    writeOffs: oneToManyLoader(em, WriteOffEntity, 'invoiceId', { requestedAt: 'asc', id: 'asc' }),
    obligations: oneToManyLoader(em, PerformanceObligationEntity, 'contractId', REVENUE_ROW_ORDER.obligations),
    revisions: oneToManyLoader(em, ObligationRevisionEntity, 'contractId', REVENUE_ROW_ORDER.revisions),
    progress: oneToManyLoader(em, ProgressRecordEntity, 'contractId', REVENUE_ROW_ORDER.progress),
    billingEntries: oneToManyLoader(em, BillingEntryEntity, 'contractId', REVENUE_ROW_ORDER.billingEntries),
    modifications: oneToManyLoader(em, ContractModificationEntity, 'contractId', { sequence: 'asc' }),
    discountApprovals: oneToManyLoader(em, DiscountApprovalEntity, 'contractId', { requestedAt: 'asc', id: 'asc' }),
    tierChanges: oneToManyLoader(em, PricingTierChangeEntity, 'contractId', { requestedAt: 'asc', id: 'asc' }),
    renewalIntents: oneToManyLoader(em, RenewalIntentEntity, 'contractId', { observedAt: 'asc', id: 'asc' }),
    purchaseOrderRules: oneToManyLoader(em, PurchaseOrderRuleEntity, 'customerId', { customerId: 'asc' }),
    taxExemptionsOfCustomer: oneToManyLoader(em, TaxExemptionCertificateEntity, 'customerId', {
      jurisdiction: 'asc',
      validFrom: 'desc',
      id: 'asc',
    }),
    contractRevenue: contractRevenueLoader(em),
    contractsOnDays: contractsOnDaysLoaders(em),
    ledgerLinesOfContract: oneToManyLoader(em, LedgerLineEntity, 'contractId', { period: 'asc', id: 'asc' }),
  };
}

export type ContractLoaders = ReturnType<typeof createContractLoaders>;
