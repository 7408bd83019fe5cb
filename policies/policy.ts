import type { Classification } from './classifications';
import { ALLOW, DENY, MASK, byRegion, everywhere, type Grant } from './decisions';
import type { Role } from '../lib/roles';

/**
 * THE access policy of Custos: who may see which classification of data, masked how, and which
 * rows. It is data, read by the gateway (to decide early and to audit) and by every subgraph (to
 * enforce with graphql-shield); `npm run policy:matrix` prints what it means field by field.
 *
 * Reading a grant: `byRegion(A, B)` is A for customers in the caller's own regions (the `regions`
 * claim of its token), B for everyone else's. A field nobody is granted is denied.
 */

export interface RolePolicy {
  /** What this role's callers get, per classification. Missing classifications are DENY. */
  grants: Partial<Record<Classification, Grant>>;
  /** Which customers appear in lists: all of them, or only those of the caller's regions. */
  rows: 'ALL' | 'IN_REGION';
  /** Why the role exists, for the access review. */
  purpose: string;
}

/** Who may run a mutation: callers holding one of `roles`, or the Custos `services` named. */
export interface OperationGrant {
  roles?: readonly Role[];
  services?: readonly string[];
}

export interface Policy {
  version: string;
  approvedBy: string;
  approvedAt: string;
  roles: Record<Role, RolePolicy>;
  /** Every mutation, by coordinate. A mutation not listed here can be run by nobody. */
  mutations: Record<string, OperationGrant>;
  /** Queries that need more than a known role, by coordinate. */
  queries: Record<string, OperationGrant>;
  /**
   * Using a classified value to find records (a lookup, filter or match by it) is reading it, so it
   * needs the right to read the value raw. These grants let a role find records by the exact value
   * of an attribute (by its field coordinate) while it still sees the value masked; records whose
   * value the role may not see at all stay unfindable.
   */
  lookups: Record<string, OperationGrant>;
  /**
   * Who may run each bulk export (`GET /export/<name>.csv|.ndjson`, gateway/exports/catalogue.ts).
   * An export shows only what its caller could read through the graph, masked the same way; this
   * grant says who may read that much at once. An export not listed here can be run by nobody.
   */
  exports: Record<string, OperationGrant>;
  masking: {
    /** ROUND: amounts become multiples of this many major units. */
    roundTo: number;
    /** BUCKET: lower bounds of the amount ranges, in major units. */
    buckets: readonly number[];
  };
  approvals: {
    /** A contract discount above this share of the standalone selling prices (basis points) needs a second person's approval. */
    discountThresholdBasisPoints: number;
  };
}

/** Roles that keep other systems in step with customer master data, and may subscribe them to its changes. */
const CHANGE_SUBSCRIBERS: Role[] = [
  'admin',
  'data_steward',
  'billing_ops',
  'credit_analyst',
  'finance_analyst',
  'collections',
];

/** The teams' roles that work records and so may open, discuss and (when assigned) resolve disputes about them. */
const DISPUTE_PARTIES: Role[] = [
  'admin',
  'data_steward',
  'finance_analyst',
  'billing_ops',
  'credit_analyst',
  'customer_service',
  'collections',
];

export const POLICY: Policy = {
  version: '2026-12-05.1',
  approvedBy: 'Head of Compliance (initial policy)',
  approvedAt: '2026-11-28',
  masking: { roundTo: 1000, buckets: [0, 10_000, 50_000, 100_000, 500_000, 1_000_000] },
  approvals: { discountThresholdBasisPoints: 1500 },
  mutations: {
    'Mutation.updateCustomer': { roles: ['admin', 'data_steward', 'credit_analyst'] },
    // Credit data: the credit-scores job runs the refresh nightly as a credit analyst. A limit raise above
    // the threshold of policies/creditLimits.ts is decided by a person other than its maker (makerChecker.ts).
    'Mutation.refreshCreditScores': { roles: ['credit_analyst', 'admin'] },
    'Mutation.approveCreditLimitChange': { roles: ['credit_analyst', 'admin'] },
    'Mutation.rejectCreditLimitChange': { roles: ['credit_analyst', 'admin'] },
    'Mutation.ingestSourceRecords': { roles: ['admin', 'data_steward'] },
    'Mutation.applyChanges': { roles: ['admin', 'data_steward'] },
    // Consent: stewards load the consent platform's feed; customer service records a choice a person states on a call.
    'Mutation.ingestConsentSignals': { roles: ['admin', 'data_steward', 'customer_service'] },
    // The failed-inputs job retries rejected records and change events as a steward (subgraphs/customer/ingestion/).
    'Mutation.retryFailedInputs': { roles: ['data_steward', 'admin'] },
    'Mutation.decideMatchReview': { roles: ['admin', 'data_steward'] },
    'Mutation.mergeCustomers': { roles: ['admin', 'data_steward'] },
    'Mutation.unmergeCustomers': { roles: ['admin', 'data_steward'] },
    'Mutation.proposeMatchConfiguration': { roles: ['admin', 'data_steward'] },
    'Mutation.approveMatchConfiguration': { roles: ['admin', 'data_steward'] },
    'Mutation.addBankAccount': { roles: ['admin', 'billing_ops', 'collections'] },
    'Mutation.addPaymentCard': { roles: ['admin', 'billing_ops'] },
    // Maker-checker: requester and approver are two different finance principals (policies/makerChecker.ts).
    'Mutation.requestWriteOff': { roles: ['finance_analyst'] },
    'Mutation.approveWriteOff': { roles: ['finance_analyst'] },
    'Mutation.rejectWriteOff': { roles: ['finance_analyst'] },
    // Contracts and revenue. Discounts above the threshold and pricing tier changes are maker-checker too.
    'Mutation.createContract': { roles: ['finance_analyst', 'billing_ops', 'admin'] },
    'Mutation.modifyContract': { roles: ['finance_analyst', 'admin'] },
    'Mutation.reestimateVariableConsideration': { roles: ['finance_analyst', 'admin'] },
    'Mutation.recordProgress': { roles: ['finance_analyst', 'billing_ops', 'admin'] },
    'Mutation.approveDiscount': { roles: ['finance_analyst'] },
    'Mutation.rejectDiscount': { roles: ['finance_analyst'] },
    'Mutation.requestPricingTierChange': { roles: ['billing_ops', 'finance_analyst'] },
    'Mutation.approvePricingTierChange': { roles: ['data_steward'] },
    'Mutation.rejectPricingTierChange': { roles: ['data_steward'] },
    'Mutation.proposeStandaloneSellingPrice': { roles: ['finance_analyst'] },
    'Mutation.approveStandaloneSellingPrice': { roles: ['finance_analyst'] },
    'Mutation.rejectStandaloneSellingPrice': { roles: ['finance_analyst'] },
    'Mutation.issueInvoice': { roles: ['billing_ops', 'finance_analyst'] },
    // Loads what the tax certificate provider delivered; the tax-exemptions job runs it nightly as billing.
    'Mutation.refreshTaxExemptions': { roles: ['billing_ops', 'admin'] },
    'Mutation.recordRenewalIntent': { roles: ['data_steward', 'admin'] },
    'Mutation.postLedgerLines': { roles: ['finance_analyst', 'admin'] },
    'Mutation.keepRevenueSummaries': { roles: ['finance_analyst', 'admin'] },
    // Data quality.
    'Mutation.runQualityChecks': { roles: ['data_steward', 'admin'] },
    'Mutation.recordSystemExtract': { roles: ['data_steward', 'finance_analyst', 'admin'] },
    'Mutation.resolveCorrectionCase': { roles: ['data_steward', 'billing_ops'] },
    'Mutation.runSamplingAudit': { roles: ['auditor', 'finance_analyst', 'admin'] },
    // The synthetic transaction probe cleans up after itself.
    'Mutation.purgeSyntheticCustomers': { roles: ['admin'] },
    'Mutation.purgeSyntheticContracts': { roles: ['admin'] },
    'Mutation.purgeSyntheticQuality': { roles: ['admin'] },
    'Mutation.setPurchaseOrderRule': { roles: ['billing_ops', 'finance_analyst', 'admin'] },
    'Mutation.recordPayments': { roles: ['collections', 'billing_ops', 'admin'] },
    // Internal: the customer subgraph reporting master-data changes to the audit log.
    'Mutation.recordChanges': { services: ['customer'] },
    // Internal: the gateway recording operations in the audit trail, and any service a refused call
    // (what each may record is checked against its signed origin: lib/crypto/origin.ts).
    'Mutation.appendAuditEvents': { services: ['gateway', 'customer', 'contract', 'quality', 'audit'] },
    // Jobs: an operator starts one now; the gateways' runners keep the job ledger.
    'Mutation.runJobNow': { roles: ['admin'] },
    'Mutation.retryException': { roles: ['admin'] },
    'Mutation.dismissException': { roles: ['admin'] },
    // Registers (subgraphs/audit/registers/): stewards and admins write DPIAs and agreements; a DPIA is
    // approved or rejected by a steward or admin who neither wrote nor submitted it (dpiaLifecycle.ts).
    // Auditors only read: who audits the register does not approve what is in it.
    'Mutation.createDpia': { roles: ['data_steward', 'admin'] },
    'Mutation.updateDpia': { roles: ['data_steward', 'admin'] },
    'Mutation.submitDpia': { roles: ['data_steward', 'admin'] },
    'Mutation.approveDpia': { roles: ['data_steward', 'admin'] },
    'Mutation.rejectDpia': { roles: ['data_steward', 'admin'] },
    'Mutation.reviewDpia': { roles: ['data_steward', 'admin'] },
    'Mutation.retireDpia': { roles: ['data_steward', 'admin'] },
    'Mutation.createProcessingAgreement': { roles: ['data_steward', 'admin'] },
    'Mutation.updateProcessingAgreement': { roles: ['data_steward', 'admin'] },
    'Mutation.terminateProcessingAgreement': { roles: ['data_steward', 'admin'] },
    // The register-expiry job raises the alerts daily as a steward; an admin may run it at once.
    'Mutation.raiseComplianceAlerts': { roles: ['data_steward', 'admin'] },
    'Mutation.registerJobs': { services: ['gateway'] },
    'Mutation.claimJobRuns': { services: ['gateway'] },
    'Mutation.renewJobRuns': { services: ['gateway'] },
    'Mutation.settleJobRun': { services: ['gateway'] },
    // Internal: the customer subgraph reporting rejected records and change events to the exception queue.
    'Mutation.reportFailures': { services: ['customer'] },
    // Internal: security events (bulk exports, repeated denials, forged internal requests, a broken chain)
    // reported by the gateway and the subgraphs; which process may report which kind: incidentPlaybooks.ts.
    'Mutation.reportSecurityEvent': { services: ['gateway', 'customer', 'contract', 'quality', 'audit'] },
    // Responding to an incident is operating the platform (suspending tokens, rotating secrets): admins.
    // Auditors read incidents but stay independent of the response they may have to judge.
    'Mutation.acknowledgeIncident': { roles: ['admin'] },
    'Mutation.resolveIncident': { roles: ['admin'] },
    // Change events out: whoever keeps a system in sync subscribes a receiver, which reads as they do;
    // the gateways' dispatchers keep the deliveries.
    'Mutation.createWebhookSubscription': { roles: CHANGE_SUBSCRIBERS },
    'Mutation.deleteWebhookSubscription': { roles: CHANGE_SUBSCRIBERS },
    'Mutation.revokeWebhookSubscription': { roles: ['admin'] },
    'Mutation.claimWebhookDeliveries': { services: ['gateway'] },
    'Mutation.settleWebhookDelivery': { services: ['gateway'] },
    // Access reviews (subgraphs/audit/accessReviews/): an operator, or the daily role-assignments job, loads who
    // holds which role from the identity provider. Auditors and admins review: auditors hold none of the
    // reviewed roles (policies/reviewedAccess.ts), admins answer for the platform's access; nobody reviews themself.
    'Mutation.refreshRoleAssignments': { roles: ['admin'] },
    'Mutation.openAccessReview': { roles: ['auditor', 'admin'] },
    'Mutation.recordAccessReviewDecision': { roles: ['auditor', 'admin'] },
    // Stewardship (policies/dataDomains.ts): stewards propose RACI changes; a different person who is the
    // domain's accountable, or an admin, approves them (stewardship/stewardshipLedger.ts).
    'Mutation.proposeStewardship': { roles: ['data_steward', 'admin'] },
    'Mutation.approveStewardship': { roles: ['data_steward', 'admin'] },
    'Mutation.rejectStewardship': { roles: ['data_steward', 'admin'] },
    // Disputes: stewards and the teams who work the records open and discuss them; the assignees of the
    // dispute's level (policies/escalation.ts) or an admin resolve them; the dispute-escalation job escalates.
    'Mutation.openDispute': { roles: DISPUTE_PARTIES },
    'Mutation.commentOnDispute': { roles: DISPUTE_PARTIES },
    'Mutation.resolveDispute': { roles: DISPUTE_PARTIES },
    'Mutation.escalateDueDisputes': { roles: ['data_steward', 'admin'] },
    // Legal holds: placed and released by admins and auditors (the auditor answers to the legal matter,
    // the admin runs the platform); stewards, who change master data, may not lift what keeps it.
    'Mutation.placeLegalHold': { roles: ['admin', 'auditor'] },
    'Mutation.releaseLegalHold': { roles: ['admin', 'auditor'] },
    // The retention purge removes records for good: only the platform's admins (and its weekly job) run it.
    'Mutation.runRetentionPurge': { roles: ['admin'] },
    // Internal: the retention purge, run by the audit subgraph, removing invoices past retention and not held.
    'Mutation.purgeInvoices': { services: ['audit'] },
  },
  queries: {
    'Query.auditEvents': { roles: ['auditor', 'admin'] },
    'Query.auditChain': { roles: ['auditor', 'admin'] },
    // Verifying the change log is the trail's verification for the other record of history: auditors and admins.
    'Query.changeLogChain': { roles: ['auditor', 'admin'] },
    'Query.jobs': { roles: ['admin', 'auditor', 'data_steward'] },
    'Query.jobRuns': { roles: ['admin', 'auditor', 'data_steward'] },
    'Query.exceptions': { roles: ['admin', 'auditor', 'data_steward'] },
    // Security incidents name principals and services under suspicion: those who respond and those who audit.
    'Query.incidents': { roles: ['auditor', 'admin'] },
    'Query.incident': { roles: ['auditor', 'admin'] },
    // Internal: the customer subgraph asking which of its failed inputs are due for a retry.
    'Query.dueFailures': { services: ['customer'] },
    'Query.customerChanges': { roles: [...CHANGE_SUBSCRIBERS, 'auditor'] },
    'Query.webhookSubscriptions': { roles: CHANGE_SUBSCRIBERS },
    'Query.allWebhookSubscriptions': { roles: ['admin', 'auditor'] },
    // Who could change payment terms and credit limits, and what they did: the reviewers read it.
    'Query.accessReview': { roles: ['auditor', 'admin'] },
    'Query.accessReviews': { roles: ['auditor', 'admin'] },
    'Query.roleAssignments': { roles: ['auditor', 'admin'] },
    // Internal: the gateways' SSE streams asking whether there is anything new before they read it.
    'Query.customerChangeHead': { services: ['gateway'] },
    // Who owns a value is for everyone who works with records, to know whom to ask; BI tools do not ask.
    'Query.stewardship': { roles: [...DISPUTE_PARTIES, 'auditor'] },
    // The RACI's history is the stewards' and auditors' record of who decided ownership.
    'Query.stewardshipAssignments': { roles: ['data_steward', 'auditor', 'admin'] },
    // Internal: the contract subgraph routing pricing-tier decisions to the accountable of pricing.
    'Query.stewardshipRoute': { services: ['contract'] },
    // Disputes: the teams involved follow them and auditors read them; disputed values are governed copies.
    'Query.disputes': { roles: [...DISPUTE_PARTIES, 'auditor'] },
    'Query.dispute': { roles: [...DISPUTE_PARTIES, 'auditor'] },
    // Registers: auditors review them, stewards and admins keep them.
    'Query.dpias': { roles: ['auditor', 'data_steward', 'admin'] },
    'Query.purposeCoverage': { roles: ['auditor', 'data_steward', 'admin'] },
    'Query.processingAgreements': { roles: ['auditor', 'data_steward', 'admin'] },
    'Query.complianceAlerts': { roles: ['auditor', 'data_steward', 'admin'] },
    // Internal: the gateway honours a token's purpose only while an approved DPIA covers it.
    'Query.approvedPurposes': { services: ['gateway'] },
    // Retention: the schedule and the holds are read by those who answer for records (auditors, admins,
    // stewards); the purge reports, which name removed records, by auditors and admins.
    'Query.retentionRules': { roles: ['auditor', 'admin', 'data_steward'] },
    'Query.legalHolds': { roles: ['auditor', 'admin', 'data_steward'] },
    'Query.retentionPurgeRuns': { roles: ['auditor', 'admin'] },
    // Internal: a subgraph asking, before a destructive change, whether a legal hold covers what it touches.
    'Query.legalHoldsCovering': { services: ['customer', 'contract', 'quality'] },
    // Internal: the retention purge listing the invoices that may be past retention.
    'Query.invoicesIssuedThrough': { services: ['audit'] },
    'Query.writeOffs': { roles: ['finance_analyst', 'auditor', 'admin'] },
    // Stewards may raise limits through updateCustomer, so they follow what waits (amounts as CREDIT grants them).
    'Query.creditLimitChanges': { roles: ['credit_analyst', 'data_steward', 'auditor', 'admin'] },
    'Query.matchReviews': { roles: ['data_steward', 'auditor', 'admin'] },
    // Whoever reaches out to customers (dunning, service, billing) asks first; stewards check the answers.
    'Query.mayContact': { roles: ['collections', 'customer_service', 'billing_ops', 'data_steward', 'admin'] },
    // The history of a person's consent choices is evidence: auditors and the stewards who load it.
    'Query.consentSignals': { roles: ['auditor', 'data_steward', 'admin'] },
    'Query.matchConfigurations': { roles: ['data_steward', 'auditor', 'admin'] },
    'Query.findMatches': { roles: ['data_steward', 'admin', 'billing_ops', 'customer_service'] },
    'Query.sandboxMatchConfiguration': { roles: ['data_steward', 'admin'] },
    'Query.allocateTransactionPrice': { roles: ['finance_analyst', 'billing_ops', 'auditor', 'admin'] },
    'Query.discountApprovals': { roles: ['finance_analyst', 'auditor', 'admin'] },
    'Query.standaloneSellingPrices': { roles: ['finance_analyst', 'billing_ops', 'auditor', 'admin'] },
    'Query.pricingTierChanges': { roles: ['data_steward', 'billing_ops', 'finance_analyst', 'auditor', 'admin'] },
    'Query.contractValidationIssues': { roles: ['finance_analyst', 'auditor', 'admin'] },
    'Query.monthEndIntegrity': { roles: ['finance_analyst', 'auditor', 'admin'] },
    'Query.revenueWaterfall': { roles: ['finance_analyst', 'auditor', 'admin', 'bi_reader'] },
    'Query.qualityKpis': { roles: ['data_steward', 'finance_analyst', 'auditor', 'admin', 'bi_reader'] },
    'Query.paymentAnomalies': { roles: ['finance_analyst', 'collections', 'auditor', 'admin'] },
    'Query.qualityAlerts': { roles: ['data_steward', 'finance_analyst', 'auditor', 'admin'] },
    'Query.correctionCases': { roles: ['data_steward', 'billing_ops', 'auditor', 'admin'] },
    'Query.reconciliation': { roles: ['finance_analyst', 'auditor', 'admin'] },
    'Query.driftReport': { roles: ['data_steward', 'auditor', 'admin'] },
    'Query.samplingAudits': { roles: ['finance_analyst', 'auditor', 'admin'] },
    // Internal: the other subgraphs learning where a customer belongs and what was merged into it,
    // from the customer master instead of from what a caller wrote into an entity reference.
    'Query.customerJurisdictions': { services: ['contract', 'quality', 'audit'] },
    // Internal: the quality subgraph's checks read facts (never classified values) from the others.
    'Query.customerQualityFacts': { services: ['quality'] },
    'Query.customerSourceObservations': { services: ['quality'] },
    'Query.billingQualityFacts': { services: ['quality'] },
    'Query.contractAuditPopulation': { services: ['quality'] },
    'Query.contractAuditFacts': { services: ['quality'] },
  },
  lookups: {
    // Who paid us? Billing and collections match an incoming transfer to its customer by the exact
    // IBAN (a blind-index lookup); the IBAN itself stays masked for them.
    'BankAccount.iban': { roles: ['admin', 'billing_ops', 'collections'] },
    // The consent platform names people by e-mail address: stewards loading its feed find the contact by it.
    'Contact.email': { roles: ['admin', 'data_steward'] },
  },
  exports: {
    'customer-revenue': { roles: ['finance_analyst', 'auditor', 'admin', 'bi_reader'] },
    invoices: { roles: ['finance_analyst', 'billing_ops', 'collections', 'auditor', 'admin', 'bi_reader'] },
    'ar-ageing': { roles: ['finance_analyst', 'collections', 'credit_analyst', 'auditor', 'admin', 'bi_reader'] },
    // The access review as a file for the reviewers' records (gateway/exports/accessReviewExport.ts).
    'access-review': { roles: ['auditor', 'admin'] },
  },
  roles: {
    admin: {
      purpose: 'Runs the platform; sees everything except raw bank and card data',
      rows: 'ALL',
      grants: {
        PII: everywhere(ALLOW),
        PCI: everywhere(MASK()),
        FINANCIAL: everywhere(ALLOW),
        CREDIT: everywhere(ALLOW),
        TAX: everywhere(ALLOW),
        CONFIDENTIAL: everywhere(ALLOW),
      },
    },
    data_steward: {
      purpose: 'Keeps master data correct: identities, tax ids, addresses, contacts',
      rows: 'ALL',
      grants: {
        PII: byRegion(ALLOW, MASK()),
        PCI: everywhere(MASK()),
        TAX: everywhere(ALLOW),
        CREDIT: everywhere(MASK('NULLIFY')),
        FINANCIAL: everywhere(MASK('BUCKET')),
      },
    },
    finance_analyst: {
      purpose: 'Analyses revenue and receivables of their regions',
      rows: 'ALL',
      grants: {
        FINANCIAL: byRegion(ALLOW, MASK('ROUND')),
        CREDIT: byRegion(ALLOW, MASK('NULLIFY')),
        TAX: everywhere(ALLOW),
        PII: everywhere(MASK()),
        CONFIDENTIAL: byRegion(ALLOW, DENY),
      },
    },
    billing_ops: {
      purpose: 'Issues and corrects invoices for customers of their regions',
      rows: 'IN_REGION',
      grants: {
        FINANCIAL: byRegion(ALLOW, DENY),
        PII: byRegion(ALLOW, DENY),
        PCI: byRegion(MASK(), DENY),
        TAX: byRegion(ALLOW, DENY),
        CREDIT: byRegion(MASK('NULLIFY'), DENY),
      },
    },
    credit_analyst: {
      purpose: 'Sets credit limits and holds',
      rows: 'ALL',
      grants: {
        CREDIT: everywhere(ALLOW),
        FINANCIAL: byRegion(ALLOW, MASK('ROUND')),
        TAX: everywhere(ALLOW),
        PII: everywhere(MASK()),
      },
    },
    customer_service: {
      purpose: 'Answers customers of their regions; contact data only when handling a case',
      rows: 'IN_REGION',
      grants: {
        PII: { inRegion: ALLOW, outOfRegion: DENY, purposes: ['support'], withoutPurpose: MASK() },
        FINANCIAL: byRegion(MASK('BUCKET'), DENY),
        TAX: byRegion(MASK('LAST_FOUR'), DENY),
        PCI: byRegion(MASK('LAST_FOUR'), DENY),
      },
    },
    collections: {
      purpose: 'Collects overdue receivables of their regions',
      rows: 'IN_REGION',
      grants: {
        FINANCIAL: byRegion(ALLOW, DENY),
        CREDIT: byRegion(ALLOW, DENY),
        PII: byRegion(ALLOW, DENY),
        TAX: byRegion(ALLOW, DENY),
        PCI: byRegion(MASK(), DENY),
      },
    },
    auditor: {
      purpose: 'Audits access, lineage and financial records everywhere',
      rows: 'ALL',
      grants: {
        FINANCIAL: everywhere(ALLOW),
        CREDIT: everywhere(ALLOW),
        TAX: everywhere(ALLOW),
        CONFIDENTIAL: everywhere(ALLOW),
        PII: everywhere(MASK()),
        PCI: everywhere(MASK()),
      },
    },
    bi_reader: {
      purpose: 'Reporting tools reading revenue in bulk; pseudonyms for joins',
      rows: 'ALL',
      grants: {
        FINANCIAL: everywhere(ALLOW),
        CREDIT: everywhere(MASK('BUCKET')),
        TAX: everywhere(MASK('HASH')),
        PII: everywhere(MASK('HASH')),
      },
    },
  },
};
