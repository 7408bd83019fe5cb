import type { CodegenConfig } from '@graphql-codegen/cli';
import { print } from 'graphql';
import { SUBGRAPH_NAMES, type SubgraphName } from './lib/config';
import { readSubgraphSdl } from './schema/subgraphSdl';

/**
 * Types from the SDL (`npm run codegen`): per subgraph, its resolver types
 * (subgraphs/<name>/generated/resolvers.ts) and its enums alone (generated/enums.ts: it imports
 * nothing, so any code of the subgraph, domain cores included, takes the SDL's enums from there
 * without reaching GraphQL or the entities the resolver types name); and for every operation one
 * Custos process sends another, its typed document (generated/ beside the .graphql file). The output
 * depends on the SDL and the documents alone (no dates, no paths), so `npm run codegen:check`
 * (codegen's --check) can tell in CI whether the committed files are current.
 */

/** A subgraph's SDL as it is served: its own file plus the governance directive. */
const sdlOf = (name: SubgraphName) => print(readSubgraphSdl(name));

/**
 * What a resolver receives as its parent, by GraphQL type, where it is not the GraphQL shape itself:
 * the stored row, or the row with what travels with it (e.g. the region the policy decides by).
 * Paths are relative to subgraphs/<name>/generated/.
 */
const MAPPERS: Record<SubgraphName, Record<string, string>> = {
  customer: {
    Customer: '../entities/Customer#Customer',
    TaxId: '../entities/TaxIdentifier#TaxIdentifier',
    Contact: '../parents#ContactParent',
    BankAccount: '../parents#BankAccountParent',
    PaymentCard: '../parents#PaymentCardParent',
    SourceRecord: '../parents#SourceRecordParent',
    AttributeLineage: '../parents#AttributeLineageParent',
    MatchReview: '../entities/MatchReview#MatchReview',
    CustomerMerge: '../entities/CustomerMerge#CustomerMerge',
    CreditLimitChange: '../entities/CreditLimitChange#CreditLimitChange',
    CustomerJurisdiction: '../parents#CustomerJurisdictionParent',
    CustomerConnection: '../parents#CustomerConnectionParent',
    Money: '../../../lib/money#MinorMoney',
  },
  contract: {
    Customer: '../../kit/customerDirectory#GovernedCustomer',
    Contract: '../entities/Contract#Contract',
    ContractLine: '../parents#ContractLineParent',
    Invoice: '../entities/Invoice#Invoice',
    Payment: '../parents#PaymentParent',
    WriteOff: '../entities/WriteOff#WriteOff',
    PurchaseOrderRule: '../entities/PurchaseOrderRule#PurchaseOrderRule',
    PerformanceObligation: '../parents#PerformanceObligationParent',
    AllocationRevision: '../parents#AllocationRevisionParent',
    VariableConsiderationEstimate: '../parents#VariableConsiderationParent',
    VariableConsiderationChange: '../parents#VariableConsiderationChangeParent',
    BillingEntry: '../parents#BillingEntryParent',
    RevenuePeriod: '../parents#RevenuePeriodParent',
    ContractModification: '../parents#ContractModificationParent',
    DiscountApproval: '../entities/DiscountApproval#DiscountApproval',
    PricingTierChange: '../entities/PricingTierChange#PricingTierChange',
    StandaloneSellingPriceEntry: '../entities/StandaloneSellingPrice#StandaloneSellingPrice',
    TaxExemptionCertificate: '../entities/TaxExemptionCertificate#TaxExemptionCertificate',
    RenewalIntent: '../entities/RenewalIntent#RenewalIntentRecord',
    ContractLedgerCheck: '../parents#ContractLedgerCheckParent',
    ContractBalances: '../parents#ContractBalancesParent',
    JournalEntry: '../parents#JournalEntryParent',
    JournalLine: '../parents#JournalLineParent',
    RevenueWaterfallRow: '../parents#RevenueWaterfallRowParent',
    LedgerLineProblem: '../parents#LedgerLineProblemParent',
    Money: '../../../lib/money#MinorMoney',
  },
  quality: {
    Customer: '../parents#CustomerReference',
    DataQuality: '../parents#DataQualityParent',
    PaymentProfile: '../parents#PaymentProfileParent',
    TaxIdValidation: '../parents#TaxIdValidationParent',
    QualityRun: '../entities/QualityRun#QualityRun',
    QualityAlert: '../entities/QualityAlert#QualityAlert',
    CorrectionCase: '../entities/CorrectionCase#CorrectionCase',
    PaymentAnomaly: '../entities/PaymentAnomalyRecord#PaymentAnomalyRecord',
    SamplingAudit: '../entities/SamplingAuditRecord#SamplingAuditRecord',
    Money: '../../../lib/money#MinorMoney',
  },
  audit: {
    Customer: '../../kit/customerDirectory#GovernedCustomer',
    ChangeLogEntry: '../parents#ChangeLogEntryParent',
    Job: '../entities/ScheduledJob#ScheduledJob',
    JobRun: '../entities/JobRun#JobRun',
    ExceptionItem: '../entities/ExceptionItem#ExceptionItem',
    Incident: '../entities/SecurityIncident#SecurityIncident',
    IncidentTimelineEntry: '../entities/SecurityIncidentEntry#SecurityIncidentEntry',
    Stewardship: '../stewardship/raci#EffectiveStewardship',
    StewardshipAssignment: '../entities/StewardshipAssignment#StewardshipAssignment',
    Dispute: '../entities/Dispute#Dispute',
    DisputeEvent: '../entities/DisputeEvent#DisputeEvent',
    LegalHold: '../entities/LegalHold#LegalHold',
    RetentionPurgeRun: '../entities/RetentionPurgeRun#RetentionPurgeRun',
    Dpia: '../entities/Dpia#Dpia',
    ProcessingAgreement: '../entities/ProcessingAgreement#ProcessingAgreement',
    ComplianceAlert: '../entities/ComplianceAlert#ComplianceAlert',
    RoleAssignment: '../entities/RoleAssignment#RoleAssignment',
    AccessReview: '../accessReviews/reviewRecords#AccessReviewView',
    AccessReviewDecision: '../entities/AccessReviewDecision#AccessReviewDecision',
  },
};

/** The context every resolver of a subgraph receives. */
const CONTEXTS: Record<SubgraphName, string> = {
  customer: '../context#CustomerContext',
  contract: '../context#ContractContext',
  quality: '../context#QualityContext',
  audit: '../context#AuditContext',
};

/** Dates are ISO strings; an instant arrives as a Date and may be given back as a Date or as the ISO text kept. */
const RESOLVER_SCALARS = {
  Date: 'string',
  Decimal: { input: 'string', output: 'string | number' },
  DateTime: { input: 'Date', output: 'Date | string' },
};

/** On the wire (what a client of an operation sends and reads back), both are ISO strings. */
const WIRE_SCALARS = { ID: 'string', Date: 'string', DateTime: 'string', Decimal: 'string' };

/** Internal operations, by the file holding them, and the subgraph they are sent to. */
const INTERNAL_OPERATIONS: Record<string, SubgraphName> = {
  'lib/auditTrail.graphql': 'audit',
  'lib/incidents/securityEvents.graphql': 'audit',
  'gateway/jobs/jobLedger.graphql': 'audit',
  'gateway/events/webhookLedger.graphql': 'audit',
  'gateway/purposes/approvedPurposes.graphql': 'audit',
  'subgraphs/kit/customerDirectory.graphql': 'customer',
  'subgraphs/contract/pricing/pricingRoute.graphql': 'audit',
  'subgraphs/customer/changeRelay.graphql': 'audit',
  'subgraphs/customer/failureReports.graphql': 'audit',
  'subgraphs/customer/ingestion/dueFailures.graphql': 'audit',
  'subgraphs/quality/checks/customerFacts.graphql': 'customer',
  'subgraphs/quality/checks/billingFacts.graphql': 'contract',
  'subgraphs/quality/drift/sourceObservations.graphql': 'customer',
  'subgraphs/quality/sampling/contractAudit.graphql': 'contract',
  'subgraphs/audit/retention/invoiceRetention.graphql': 'contract',
  'subgraphs/kit/legalHolds.graphql': 'audit',
};

const shared = {
  useTypeImports: true,
  // Enums as unions of their values' strings, which the domain code's string literals already are.
  enumsAsTypes: true,
};

function subgraphTypes(name: SubgraphName): CodegenConfig['generates'] {
  return {
    [`subgraphs/${name}/generated/enums.ts`]: {
      schema: sdlOf(name),
      plugins: ['typescript'],
      config: { ...shared, onlyEnums: true },
    },
    [`subgraphs/${name}/generated/resolvers.ts`]: {
      schema: sdlOf(name),
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...shared,
        federation: true,
        contextType: CONTEXTS[name],
        mappers: MAPPERS[name],
        mapperTypeSuffix: 'Model',
        scalars: RESOLVER_SCALARS,
      },
    },
  };
}

function operationTypes([document, target]: [string, SubgraphName]): CodegenConfig['generates'] {
  const output = document.replace(/([^/]+)\.graphql$/, 'generated/$1.ts');
  return {
    [output]: {
      schema: sdlOf(target),
      documents: [document],
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { ...shared, scalars: WIRE_SCALARS },
    },
  };
}

const config: CodegenConfig = {
  overwrite: true,
  generates: Object.assign(
    {},
    ...SUBGRAPH_NAMES.map(subgraphTypes),
    ...Object.entries(INTERNAL_OPERATIONS).map(operationTypes),
  ),
};

export default config;
