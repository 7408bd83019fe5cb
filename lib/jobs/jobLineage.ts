import type { ColumnDerivation, ColumnRef, DatasetSpec, OutputSpec, RunSpec } from '../lineage/openLineage';
import type { JobName } from './catalogue';

/**
 * What each scheduled job reads and writes, table by table and column by column, for the
 * OpenLineage export (`npm run lineage:export`). Tables are named in the namespace of the subgraph
 * database that holds them (`custos://<subgraph>`); a test checks every table and column named here
 * against the subgraphs' entities, so this cannot drift from the schema unnoticed.
 */

export interface JobLineage {
  inputs: readonly DatasetSpec[];
  outputs: readonly OutputSpec[];
}

function table(subgraph: string, name: string, fields: readonly string[]): DatasetSpec {
  return { namespace: `custos://${subgraph}`, name, fields };
}

function col(dataset: DatasetSpec, field: string): ColumnRef {
  if (!dataset.fields.includes(field)) throw new Error(`job lineage: ${dataset.name} has no column ${field} listed`);
  return { namespace: dataset.namespace, dataset: dataset.name, field };
}

function direct(subtype: string, ...from: ColumnRef[]): ColumnDerivation {
  return { type: 'DIRECT', subtype, from };
}

function output(dataset: DatasetSpec, columns: OutputSpec['columns']): OutputSpec {
  return { ...dataset, fields: Object.keys(columns), columns };
}

const contract = table('contract', 'contract', [
  'id',
  'customer_id',
  'total_value_minor',
  'currency',
  'start_date',
  'end_date',
  'revenue_version',
]);
const obligation = table('contract', 'performance_obligation', [
  'contract_id',
  'standalone_selling_price_minor',
  'pattern',
  'start_date',
  'end_date',
  'transfer_date',
]);
const billingEntry = table('contract', 'billing_entry', ['contract_id', 'bill_date', 'amount_minor']);
const invoice = table('contract', 'invoice', [
  'id',
  'customer_id',
  'contract_id',
  'issue_date',
  'due_date',
  'amount_minor',
  'status',
]);
const payment = table('contract', 'payment', ['invoice_id', 'received_on', 'amount_minor']);
const customer = table('customer', 'customer', [
  'id',
  'legal_name',
  'country',
  'duns',
  'billing_address',
  'payment_terms_code',
  'credit_limit_minor',
  'credit_score',
  'credit_score_as_of',
]);
const taxIdentifier = table('customer', 'tax_identifier', ['customer_id', 'kind', 'value']);
const changeLogEntry = table('audit', 'change_log_entry', ['id', 'entity', 'entity_id', 'at']);
const legalHold = table('audit', 'legal_hold', [
  'id',
  'matter',
  'customer_ids',
  'record_classes',
  'from_date',
  'to_date',
]);
const systemExtract = table('quality', 'system_extract', ['system', 'business_date', 'customer_count']);
const reconciliation = table('quality', 'reconciliation_report', ['date', 'balanced', 'result']);
const failedInput = table('customer', 'failed_input', ['id', 'source', 'payload', 'attempts']);
const taxCertificateDrop = {
  namespace: 'file://tax-certificates',
  name: 'certificates',
  fields: [
    'customerId',
    'jurisdiction',
    'certificateNumber',
    'products',
    'validFrom',
    'validTo',
    'documentReference',
    'status',
  ],
};
const riskScoreDrop = { namespace: 'file://risk-scores', name: 'scores', fields: ['customerId', 'score', 'asOf'] };

const identityExport = {
  namespace: 'file://identity-provider',
  name: 'scim_users',
  fields: ['userName', 'displayName', 'active', 'groups'],
};
const roleAssignment = table('audit', 'role_assignment', ['principal', 'role', 'held_from', 'held_until']);
const auditEvent = table('audit', 'audit_event', ['sequence', 'sub', 'at', 'kind', 'body', 'previous_hash', 'hash']);
const dpia = table('audit', 'dpia', ['id', 'status', 'review_on']);
const processingAgreement = table('audit', 'processing_agreement', ['id', 'status', 'expires_on']);
const dispute = table('audit', 'dispute', ['id', 'coordinate', 'level', 'level_since', 'due_at', 'status']);
const stewardship = table('audit', 'stewardship_assignment', ['subject', 'status', 'accountable']);

const RECOGNITION = 'recognised per ASC 606 / IFRS 15 from the allocation and the obligations’ patterns';

export const JOB_LINEAGE: Readonly<Record<JobName, JobLineage>> = {
  'revenue-summaries': {
    inputs: [contract, obligation, billingEntry],
    outputs: [
      output(table('contract', 'contract_revenue', []), {
        contract_id: direct('IDENTITY', col(contract, 'id')),
        recognized_to_date_minor: {
          ...direct(
            'AGGREGATION',
            col(contract, 'total_value_minor'),
            col(obligation, 'standalone_selling_price_minor'),
            col(obligation, 'pattern'),
          ),
          description: RECOGNITION,
        },
        billed_to_date_minor: direct('AGGREGATION', col(billingEntry, 'amount_minor')),
        deferred_minor: direct('TRANSFORMATION', col(billingEntry, 'amount_minor'), col(contract, 'total_value_minor')),
        unbilled_minor: direct('TRANSFORMATION', col(billingEntry, 'amount_minor'), col(contract, 'total_value_minor')),
        mrr_minor: direct(
          'TRANSFORMATION',
          col(contract, 'total_value_minor'),
          col(contract, 'start_date'),
          col(contract, 'end_date'),
        ),
        arr_minor: direct(
          'TRANSFORMATION',
          col(contract, 'total_value_minor'),
          col(contract, 'start_date'),
          col(contract, 'end_date'),
        ),
        revenue_version: direct('IDENTITY', col(contract, 'revenue_version')),
      }),
    ],
  },
  'quality-run': {
    inputs: [customer, taxIdentifier, invoice, payment],
    outputs: [
      output(table('quality', 'quality_result', []), {
        customer_id: direct('IDENTITY', col(customer, 'id')),
        score: direct(
          'AGGREGATION',
          col(customer, 'legal_name'),
          col(customer, 'country'),
          col(customer, 'billing_address'),
          col(taxIdentifier, 'value'),
          col(customer, 'duns'),
        ),
        issues: direct(
          'TRANSFORMATION',
          col(customer, 'legal_name'),
          col(customer, 'billing_address'),
          col(taxIdentifier, 'value'),
          col(invoice, 'status'),
        ),
        payment_profile: direct(
          'AGGREGATION',
          col(invoice, 'due_date'),
          col(payment, 'received_on'),
          col(payment, 'amount_minor'),
        ),
      }),
      output(table('quality', 'kpi_observation', []), {
        subject_id: direct('IDENTITY', col(customer, 'id')),
        passed: direct(
          'TRANSFORMATION',
          col(customer, 'legal_name'),
          col(taxIdentifier, 'value'),
          col(customer, 'billing_address'),
          col(invoice, 'amount_minor'),
        ),
      }),
    ],
  },
  'reconciliation-check': {
    inputs: [systemExtract, reconciliation],
    outputs: [],
  },
  'sampling-audit': {
    inputs: [contract, obligation],
    outputs: [
      output(table('quality', 'sampling_audit', []), {
        population: direct('AGGREGATION', col(contract, 'id')),
        errors: {
          ...direct(
            'AGGREGATION',
            col(contract, 'total_value_minor'),
            col(obligation, 'standalone_selling_price_minor'),
          ),
          description: 'sampled schedules recomputed and compared',
        },
        findings: direct('TRANSFORMATION', col(contract, 'id'), col(obligation, 'pattern')),
      }),
    ],
  },
  'synthetic-probe': {
    // The probe writes marked records and removes them in the same run: nothing it makes stays.
    inputs: [],
    outputs: [],
  },
  'tax-exemptions': {
    inputs: [taxCertificateDrop],
    outputs: [
      output(table('contract', 'tax_exemption_certificate', []), {
        customer_id: direct('IDENTITY', col(taxCertificateDrop, 'customerId')),
        jurisdiction: direct('IDENTITY', col(taxCertificateDrop, 'jurisdiction')),
        certificate_number: direct('IDENTITY', col(taxCertificateDrop, 'certificateNumber')),
        product_codes: direct('TRANSFORMATION', col(taxCertificateDrop, 'products')),
        valid_from: direct('IDENTITY', col(taxCertificateDrop, 'validFrom')),
        valid_to: direct('IDENTITY', col(taxCertificateDrop, 'validTo')),
        document_reference: direct('IDENTITY', col(taxCertificateDrop, 'documentReference')),
        status: direct('TRANSFORMATION', col(taxCertificateDrop, 'status')),
      }),
    ],
  },
  'credit-scores': {
    inputs: [riskScoreDrop, customer],
    outputs: [
      output(table('customer', 'customer', []), {
        credit_score: direct('IDENTITY', col(riskScoreDrop, 'score')),
        credit_score_as_of: direct('IDENTITY', col(riskScoreDrop, 'asOf')),
        credit_limit_minor: {
          ...direct('TRANSFORMATION', col(riskScoreDrop, 'score')),
          description: 'score band to limit (policies/creditLimits.ts), below the approval threshold',
        },
      }),
      output(table('customer', 'credit_limit_change', []), {
        proposed_limit_minor: {
          ...direct('TRANSFORMATION', col(riskScoreDrop, 'score')),
          description: 'score band to limit, above the approval threshold: waits for a second person',
        },
        current_limit_minor: direct('IDENTITY', col(customer, 'credit_limit_minor')),
      }),
    ],
  },
  'failed-inputs': {
    inputs: [failedInput],
    outputs: [
      output(table('customer', 'source_record', []), {
        payload: direct('IDENTITY', col(failedInput, 'payload')),
      }),
    ],
  },
  'retention-purge': {
    inputs: [invoice, changeLogEntry, legalHold, customer],
    outputs: [
      output(table('audit', 'retention_purge_run', []), {
        lines: {
          ...direct(
            'AGGREGATION',
            col(invoice, 'id'),
            col(invoice, 'issue_date'),
            col(changeLogEntry, 'id'),
            col(changeLogEntry, 'at'),
            col(customer, 'billing_address'),
            col(customer, 'country'),
            col(legalHold, 'matter'),
          ),
          description: 'records past retention (policies/retention.ts) per class and jurisdiction, and what holds kept',
        },
      }),
    ],
  },
  'role-assignments': {
    inputs: [identityExport],
    outputs: [
      output(table('audit', 'role_assignment', []), {
        principal: direct('IDENTITY', col(identityExport, 'userName')),
        display_name: direct('IDENTITY', col(identityExport, 'displayName')),
        role: {
          ...direct('TRANSFORMATION', col(identityExport, 'groups')),
          description: 'group to role (IDENTITY_GROUP_ROLES)',
        },
        held_until: direct('TRANSFORMATION', col(identityExport, 'active'), col(identityExport, 'groups')),
      }),
    ],
  },
  'access-review': {
    inputs: [roleAssignment],
    outputs: [
      output(table('audit', 'access_review', []), {
        period: {
          ...direct('TRANSFORMATION', col(roleAssignment, 'held_from'), col(roleAssignment, 'held_until')),
          description: 'the quarter just ended',
        },
      }),
    ],
  },
  'register-expiry': {
    inputs: [processingAgreement, dpia],
    outputs: [
      output(table('audit', 'compliance_alert', []), {
        subject_id: direct('IDENTITY', col(processingAgreement, 'id'), col(dpia, 'id')),
        due_on: direct('IDENTITY', col(processingAgreement, 'expires_on'), col(dpia, 'review_on')),
      }),
    ],
  },
  'dispute-escalation': {
    inputs: [dispute, stewardship],
    outputs: [
      output(table('audit', 'dispute', []), {
        level: {
          ...direct('TRANSFORMATION', col(dispute, 'level'), col(dispute, 'due_at')),
          description: 'the next level of policies/escalation.ts once the time limit passed',
        },
        assigned_to: direct('TRANSFORMATION', col(stewardship, 'accountable')),
        due_at: direct('TRANSFORMATION', col(dispute, 'level_since')),
      }),
    ],
  },
  'audit-verify': {
    // Reads the trail and writes nothing: a broken chain fails the run and opens an incident.
    inputs: [auditEvent],
    outputs: [],
  },
};

/** What the job ledger keeps of a finished run. */
export interface FinishedJobRun {
  id: string;
  job: string;
  status: string;
  trigger: string;
  attempt: number;
  scheduledFor?: Date | null;
  startedAt?: Date | null;
  requestedAt: Date;
  finishedAt?: Date | null;
  /** What the run did, or its failure: codes and paths, never values (gateway/jobs/jobWork.ts). */
  outcome?: string | null;
}

function isJobName(name: string): name is JobName {
  return Object.hasOwn(JOB_LINEAGE, name);
}

/** A finished run of a known job as an OpenLineage run; null for a job this release does not know. */
export function jobRun(run: FinishedJobRun): RunSpec | null {
  if (!isJobName(run.job) || !run.finishedAt) return null;
  const lineage = JOB_LINEAGE[run.job];
  return {
    id: run.id,
    job: `job.${run.job}`,
    jobType: 'JOB',
    startedAt: run.startedAt ?? run.requestedAt,
    finishedAt: run.finishedAt,
    outcome: run.status === 'SUCCEEDED' ? 'COMPLETE' : 'FAIL',
    failure: run.status === 'SUCCEEDED' ? undefined : (run.outcome ?? 'failed'),
    nominalTime: run.scheduledFor ?? undefined,
    inputs: lineage.inputs,
    outputs: lineage.outputs,
    details: { jobRunId: run.id, trigger: run.trigger, attempt: run.attempt },
  };
}
