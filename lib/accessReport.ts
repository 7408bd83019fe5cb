/**
 * The access report a subgraph returns to the gateway with every response (in the extension named
 * below): whose classified values the request showed or withheld, what it changed, which lookups
 * by a classified value it made. Subgraphs write it (subgraphs/kit/accessReport.ts), the gateway
 * reads it into the audit event (gateway/audit/requestAccess.ts).
 */

export const ACCESS_REPORT_EXTENSION = 'custosAccess';

/** The record a classified value belongs to: its own id where it has one, and the customer it is about. */
export interface RecordRef {
  type: string;
  id?: string;
  customerId?: string;
}

export interface AccessedRecord extends RecordRef {
  /** How many objects of this record were touched (more than one for records without an id, such as revenue periods). */
  count: number;
  /** Classifications shown, with the decision: `CREDIT:ALLOW`, `TAX:MASK`. */
  read: string[];
  /** Classifications asked for but withheld (denied, or masked to nothing). */
  withheld: string[];
  /** Attributes changed, by coordinate. */
  changed: string[];
}

export interface AccessDecision {
  /** The classified attribute, e.g. `Customer.creditLimit`. */
  coordinate: string;
  classification: string;
  decision: 'ALLOW' | 'MASK' | 'DENY';
  strategy?: string;
  /** The field the value travelled through when it was a copy, e.g. `SourceRecord.payload`. */
  via?: string;
}

export interface AccessLookup {
  /** The attribute whose value was used to find records, e.g. `BankAccount.iban`. */
  coordinate: string;
  outcome: 'ALLOWED' | 'REFUSED';
}

export interface AccessReportData {
  records: AccessedRecord[];
  /** Records beyond the subgraph's bound: counted, not named. */
  omitted: number;
  decisions: AccessDecision[];
  lookups: AccessLookup[];
}
