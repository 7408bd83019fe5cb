import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, reference, rowId } from '../../kit/entityProperties';
import { SecurityIncidentEntity } from './SecurityIncident';
import type { IncidentEntryKind } from '../incidents/incidentTimeline';

/** A step in an incident's timeline: opened, occurred again, notified or not, acknowledged, resolved; in order. */
export const SecurityIncidentEntryEntity = defineEntity({
  name: 'SecurityIncidentEntry',
  tableName: 'security_incident_entry',
  properties: (p) => ({
    id: rowId(),
    incidentId: reference(SecurityIncidentEntity, 'incident_id', 'cascade'),
    /** 1, 2, ... per incident. */
    position: p.integer(),
    kind: p.string().length(32).$type<IncidentEntryKind>(),
    at: instant(),
    /** Who acted (a person, or the process that reported or notified). */
    actor: p.string(),
    /** Occurrences this step added (1 for the opening report; repeats counted together). */
    occurrences: p.integer(),
    note: p.text().nullable(),
  }),
  uniques: [{ properties: ['incidentId', 'position'] }],
});

export type SecurityIncidentEntry = InferEntity<typeof SecurityIncidentEntryEntity>;
