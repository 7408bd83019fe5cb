/**
 * Security incidents, as data: for each kind of security-relevant event, how severe an incident it
 * opens, the playbook the responder follows, how long a repeat of it (the same kind and subject)
 * adds to the open incident instead of opening another, and which Custos processes may report it
 * (a subgraph cannot claim a bulk export it never saw). Reviewed with the policy.
 */

export const INCIDENT_KINDS = [
  'BULK_EXPORT',
  'REPEATED_DENIALS',
  'AUDIT_CHAIN_FAILURE',
  'FORGED_INTERNAL_REQUEST',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const INCIDENT_SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

export interface IncidentPlaybook {
  kind: IncidentKind;
  severity: IncidentSeverity;
  playbook: { id: string; title: string; url: string };
  /** A repeat within this many minutes of the open incident's last occurrence adds to it. */
  dedupeWindowMinutes: number;
  /** The processes (`gateway`, or a subgraph's name) whose reports of this kind are accepted. */
  reportedBy: readonly string[];
}

const SUBGRAPHS = ['customer', 'contract', 'quality', 'audit'] as const;

export const INCIDENT_PLAYBOOKS: Readonly<Record<IncidentKind, IncidentPlaybook>> = {
  BULK_EXPORT: {
    kind: 'BULK_EXPORT',
    severity: 'HIGH',
    playbook: {
      id: 'SEC-PB-01',
      title:
        'Bulk export of sensitive records: confirm the purpose with the principal, suspend the token if unexplained',
      url: 'https://runbooks.custos.internal/security/bulk-export',
    },
    dedupeWindowMinutes: 60,
    reportedBy: ['gateway'],
  },
  REPEATED_DENIALS: {
    kind: 'REPEATED_DENIALS',
    severity: 'MEDIUM',
    playbook: {
      id: 'SEC-PB-02',
      title: 'Repeated denials: a misconfigured client or someone probing the policy; identify the caller',
      url: 'https://runbooks.custos.internal/security/repeated-denials',
    },
    dedupeWindowMinutes: 60,
    reportedBy: ['gateway'],
  },
  AUDIT_CHAIN_FAILURE: {
    kind: 'AUDIT_CHAIN_FAILURE',
    severity: 'CRITICAL',
    playbook: {
      id: 'SEC-PB-03',
      title: 'Audit chain broken: freeze the audit database, preserve a copy, compare with the signed checkpoints',
      url: 'https://runbooks.custos.internal/security/audit-chain-failure',
    },
    // A broken chain stays broken until repaired: every verification in a day belongs to one incident.
    dedupeWindowMinutes: 24 * 60,
    reportedBy: ['audit'],
  },
  FORGED_INTERNAL_REQUEST: {
    kind: 'FORGED_INTERNAL_REQUEST',
    severity: 'HIGH',
    playbook: {
      id: 'SEC-PB-04',
      title:
        'Forged internal request: a caller inside the network bypassed the gateway; rotate INTERNAL_TOKEN_SECRET if it was used',
      url: 'https://runbooks.custos.internal/security/forged-internal-request',
    },
    dedupeWindowMinutes: 30,
    reportedBy: SUBGRAPHS,
  },
};

export function isIncidentKind(value: string): value is IncidentKind {
  return (INCIDENT_KINDS as readonly string[]).includes(value);
}

export function playbookOf(kind: IncidentKind): IncidentPlaybook {
  return INCIDENT_PLAYBOOKS[kind];
}

/** Whether `process` may report events of `kind` (services by name; the gateway as `gateway`). */
export function mayReport(kind: IncidentKind, process: string): boolean {
  return INCIDENT_PLAYBOOKS[kind].reportedBy.includes(process);
}
