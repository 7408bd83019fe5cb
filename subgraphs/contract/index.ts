import type { SubgraphDefinition } from '../kit/subgraph';
import type { ContractShared } from './shared';
import { createCustomerDirectory } from '../kit/customerDirectory';
import { createServiceClient } from '../kit/serviceClient';
import { BillingEntryEntity } from './entities/BillingEntry';
import { ContractModificationEntity } from './entities/ContractModification';
import { DiscountApprovalEntity } from './entities/DiscountApproval';
import { LedgerLineEntity } from './entities/LedgerLine';
import { ObligationRevisionEntity } from './entities/ObligationRevision';
import { PerformanceObligationEntity } from './entities/PerformanceObligation';
import { PricingTierChangeEntity } from './entities/PricingTierChange';
import { ProgressRecordEntity } from './entities/ProgressRecord';
import { RenewalIntentEntity } from './entities/RenewalIntent';
import { StandaloneSellingPriceEntity } from './entities/StandaloneSellingPrice';
import { ledgerResolvers } from './ledger/resolvers';
import { Migration004Revenue } from './migrations/Migration004Revenue';
import { Migration005PurchaseOrderRules } from './migrations/Migration005PurchaseOrderRules';
import { Migration006OneInvoicePerBillingEntry } from './migrations/Migration006OneInvoicePerBillingEntry';
import { Migration007SchemaMatchesEntities } from './migrations/Migration007SchemaMatchesEntities';
import { Migration008DecimalQuantities } from './migrations/Migration008DecimalQuantities';
import { Migration009StandaloneSellingPrices } from './migrations/Migration009StandaloneSellingPrices';
import { Migration010RevenueSnapshots } from './migrations/Migration010RevenueSnapshots';
import { Migration011InvoiceIdempotencyKeys } from './migrations/Migration011InvoiceIdempotencyKeys';
import { Migration012TaxExemptions } from './migrations/Migration012TaxExemptions';
import { TaxExemptionCertificateEntity } from './entities/TaxExemptionCertificate';
import { taxExemptionResolvers } from './taxExemptions/resolvers';
import { fileDropProvider } from './taxExemptions/fileDropProvider';
import { PurchaseOrderRuleEntity } from './entities/PurchaseOrderRule';
import { ContractRevenueEntity } from './entities/ContractRevenue';
import { billingResolvers } from './billing/resolvers';
import { syntheticResolvers } from './synthetic';
import { pricingResolvers } from './pricing/resolvers';
import { standaloneSellingPriceResolvers } from './pricing/standaloneSellingPrices';
import { financeResolvers } from './revenue/financeResolvers';
import { revenueResolvers } from './revenue/revenueResolvers';
import { ContractEntity } from './entities/Contract';
import { ContractLineEntity } from './entities/ContractLine';
import { InvoiceEntity } from './entities/Invoice';
import { PaymentEntity } from './entities/Payment';
import { WriteOffEntity } from './entities/WriteOff';
import { createContractLoaders, type ContractLoaders } from './loaders';
import { Migration001Contracts } from './migrations/Migration001Contracts';
import { Migration002Jurisdiction } from './migrations/Migration002Jurisdiction';
import { Migration003WriteOffs } from './migrations/Migration003WriteOffs';
import { contractResolvers } from './resolvers';
import { invoiceRetentionResolvers } from './retention/resolvers';
import { writeOffResolvers } from './writeOffs/resolvers';
import { mergeResolvers } from '../kit/mergeResolvers';
import { moneyResolvers } from '../kit/moneyResolvers';
import { seedContracts } from './seed';
import type { Resolvers } from './generated/resolvers';

/** The contract subgraph: contracts, their lines, invoices, payments and write-offs, and revenue recognition. */
export const contractSubgraph: SubgraphDefinition<Resolvers, ContractLoaders, ContractShared> = {
  name: 'contract',
  entities: [
    ContractEntity,
    ContractLineEntity,
    InvoiceEntity,
    PaymentEntity,
    WriteOffEntity,
    PerformanceObligationEntity,
    ObligationRevisionEntity,
    ProgressRecordEntity,
    BillingEntryEntity,
    ContractModificationEntity,
    DiscountApprovalEntity,
    PricingTierChangeEntity,
    StandaloneSellingPriceEntity,
    RenewalIntentEntity,
    LedgerLineEntity,
    PurchaseOrderRuleEntity,
    ContractRevenueEntity,
    TaxExemptionCertificateEntity,
  ],
  migrations: [
    { name: 'Migration001Contracts', class: Migration001Contracts },
    { name: 'Migration002Jurisdiction', class: Migration002Jurisdiction },
    { name: 'Migration003WriteOffs', class: Migration003WriteOffs },
    { name: 'Migration004Revenue', class: Migration004Revenue },
    { name: 'Migration005PurchaseOrderRules', class: Migration005PurchaseOrderRules },
    { name: 'Migration006OneInvoicePerBillingEntry', class: Migration006OneInvoicePerBillingEntry },
    { name: 'Migration007SchemaMatchesEntities', class: Migration007SchemaMatchesEntities },
    { name: 'Migration008DecimalQuantities', class: Migration008DecimalQuantities },
    { name: 'Migration009StandaloneSellingPrices', class: Migration009StandaloneSellingPrices },
    { name: 'Migration010RevenueSnapshots', class: Migration010RevenueSnapshots },
    { name: 'Migration011InvoiceIdempotencyKeys', class: Migration011InvoiceIdempotencyKeys },
    { name: 'Migration012TaxExemptions', class: Migration012TaxExemptions },
  ],
  resolvers: mergeResolvers<Resolvers>(
    moneyResolvers,
    contractResolvers,
    writeOffResolvers,
    revenueResolvers,
    financeResolvers,
    pricingResolvers,
    standaloneSellingPriceResolvers,
    ledgerResolvers,
    billingResolvers,
    syntheticResolvers,
    taxExemptionResolvers,
    invoiceRetentionResolvers,
  ),
  createLoaders: createContractLoaders,
  seed: seedContracts,
  createShared: (services) => ({
    customers: createCustomerDirectory(createServiceClient(services, 'contract')),
    peers: createServiceClient(services, 'contract'),
    taxCertificates: fileDropProvider(services.config.taxExemptions.dropDir),
    close: async () => undefined,
  }),
};
