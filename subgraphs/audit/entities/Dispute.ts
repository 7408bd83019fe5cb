import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { customerId, instant, json, regionCode, rowId, status } from '../../kit/entityProperties';
import type { Parties } from '../../../policies/dataDomains';

/**
 * Two teams disagreeing about one field of one record. The disputed value is a copy of the
 * attribute, kept with the attribute's classification as a change-log entry keeps its values, and
 * shown only as the attribute's own field would be. Assigned by the RACI of the field and
 * escalated by policies/escalation.ts when its level's time passes; its timeline is DisputeEvent.
 */
export const DisputeEntity = defineEntity({
  name: 'Dispute',
  tableName: 'dispute',
  properties: (p) => ({
    id: rowId(),
    recordType: p.string().length(64),
    recordId: p.string().length(64),
    customerId: customerId(),
    /** The customer's jurisdiction, as the customer master said when the dispute was opened: it governs the value. */
    region: regionCode(),
    coordinate: p.string().length(160),
    /** The attribute's @sensitive label, as a change-log entry keeps it; null when it is not classified. */
    classification: p.string().length(32).nullable(),
    kind: p.string().length(32).nullable(),
    mask: p.string().length(32).nullable(),
    /** The disputed value as JSON text; null when none was captured or given. */
    disputedValue: p.text().nullable(),
    /** CAPTURED, GIVEN or NONE. */
    valueSource: status<'CAPTURED' | 'GIVEN' | 'NONE'>(),
    raisingTeam: p.string().length(64),
    counterpartyTeam: p.string().length(64),
    description: p.text(),
    /** OPEN or RESOLVED. */
    status: status<'OPEN' | 'RESOLVED'>(),
    level: p.integer(),
    assignedTo: json<Parties>(),
    assignedBody: p.string().length(64).nullable(),
    /** When its level began, and when it escalates unless resolved (null at the last level). */
    levelSince: instant(),
    dueAt: instant().nullable(),
    openedBy: p.string(),
    openedAt: instant(),
    decision: p.string().length(16).nullable(),
    resolvedBy: p.string().nullable(),
    resolvedAt: instant().nullable(),
    resultingChangeId: p.string().length(64).nullable(),
  }),
  indexes: [{ properties: ['status', 'dueAt'] }, { properties: ['customerId'] }],
});

export type Dispute = InferEntity<typeof DisputeEntity>;
