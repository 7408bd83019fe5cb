/**
 * The steps of an incident's timeline. OPENED: the first report. OCCURRED: reports of the same kind
 * and subject within the dedupe window, counted into it. NOTIFIED / NOTIFICATION_FAILED: what the
 * incident webhook answered. ACKNOWLEDGED / RESOLVED: what a responder did, with their note.
 */
export const INCIDENT_ENTRY_KINDS = [
  'OPENED',
  'OCCURRED',
  'NOTIFIED',
  'NOTIFICATION_FAILED',
  'ACKNOWLEDGED',
  'RESOLVED',
] as const;
export type IncidentEntryKind = (typeof INCIDENT_ENTRY_KINDS)[number];

export type IncidentStatus = 'OPEN' | 'ACKNOWLEDGED' | 'RESOLVED';
