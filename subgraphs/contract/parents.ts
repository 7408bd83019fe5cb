import type { BillingEntry } from './entities/BillingEntry';
import type { Contract, StoredVariableConsideration } from './entities/Contract';
import type { ContractLine } from './entities/ContractLine';
import type { ContractModification, VariableConsiderationChangeTerms } from './entities/ContractModification';
import type { Invoice } from './entities/Invoice';
import type { ObligationRevision } from './entities/ObligationRevision';
import type { Payment } from './entities/Payment';
import type { PerformanceObligation } from './entities/PerformanceObligation';
import type { LedgerMismatchReason } from './generated/enums';
import type { LedgerLine } from './revrec/monthEndIntegrity';
import type { ContractBalances } from './revrec/contractBalances';
import type { JournalLine } from './revrec/journalEntries';
import type { ScheduleRow } from './revrec/revenueSchedule';
import type { WaterfallRow } from './revrec/revenueWaterfall';
import type { ObligationTerms } from './revrec/types';

/**
 * What the contract subgraph's resolvers receive as parents where it is more than a stored row
 * (the mappers of codegen.ts).
 */

/**
 * Objects below a contract carry its currency (their amounts are in it), its region (the policy
 * decides their classified fields by it) and its customer (the audit trail names whose they are).
 */
export type OfContract<T> = T & Pick<Contract, 'currency' | 'region' | 'customerId'>;

export type ContractLineParent = OfContract<ContractLine>;
export type ContractModificationParent = OfContract<ContractModification>;
export type AllocationRevisionParent = OfContract<ObligationRevision>;
export type VariableConsiderationParent = OfContract<StoredVariableConsideration>;
export type VariableConsiderationChangeParent = OfContract<VariableConsiderationChangeTerms>;
export type RevenuePeriodParent = OfContract<ScheduleRow>;
export type ContractBalancesParent = OfContract<ContractBalances & { asOf: string }>;
export type JournalLineParent = OfContract<JournalLine>;
export type JournalEntryParent = OfContract<{
  period: string;
  contractId: string;
  lines: JournalLineParent[];
  balanced: boolean;
}>;
/** A waterfall row carries its region for the policy; its customer only when grouped by customer. */
export type RevenueWaterfallRowParent = WaterfallRow & { cursor: string };
export type BillingEntryParent = OfContract<BillingEntry & { invoice: Invoice | null }>;

/** An obligation with its contract and what revenue recognition computes from its stored rows. */
export type PerformanceObligationParent = OfContract<
  PerformanceObligation & { contract: Contract; terms: ObligationTerms; revisionRows: ObligationRevision[] }
>;

/** Payments belong to their invoice's customer, whom the audit trail names for them. */
export type PaymentParent = Payment & { customerId: string };

/** A general-ledger line with the region of the contract it names (UNKNOWN when it names none that exists). */
export type LedgerLineProblemParent = LedgerLine & { region: string; customerId?: string };

/** One contract's standing against the general ledger in a period, amounts in minor units. */
export interface ContractLedgerCheckParent extends Pick<Contract, 'currency' | 'region' | 'customerId'> {
  contract: Contract;
  period: string;
  scheduledMinor: number;
  postedMinor: number;
  mismatch: LedgerMismatchReason | null;
  hasLedgerLines: boolean;
  linesWithUnknownObligation: LedgerLineProblemParent[];
}
