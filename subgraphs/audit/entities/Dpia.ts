import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, json, rowId } from '../../kit/entityProperties';

/**
 * A data protection impact assessment of an analytics initiative (subgraphs/audit/registers/). Its
 * purpose is honoured at the gateway only while it is APPROVED, and it is approved by someone who
 * neither wrote nor submitted it.
 */
export const DpiaEntity = defineEntity({
  name: 'Dpia',
  tableName: 'dpia',
  properties: (p) => ({
    id: rowId(),
    initiative: p.string().length(200),
    /** A purpose of policies/purposes.ts. */
    purpose: p.string().length(64),
    /** Classifications of the data it processes. */
    dataCategories: json<string[]>(),
    risks: json<string[]>(),
    mitigations: json<string[]>(),
    /** DRAFT, SUBMITTED, APPROVED, REJECTED or RETIRED (registers/dpiaLifecycle.ts). */
    status: p.string().length(16),
    reviewOn: p.date(),
    createdBy: p.string(),
    createdAt: instant(),
    updatedBy: p.string(),
    updatedAt: instant(),
    submittedBy: p.string().nullable(),
    submittedAt: instant().nullable(),
    decidedBy: p.string().nullable(),
    decidedAt: instant().nullable(),
    decisionNote: p.text().nullable(),
    lastReviewedBy: p.string().nullable(),
    lastReviewedAt: instant().nullable(),
    retiredBy: p.string().nullable(),
    retiredAt: instant().nullable(),
    retirementReason: p.text().nullable(),
  }),
  indexes: [{ properties: ['status', 'purpose'] }],
});

export type Dpia = InferEntity<typeof DpiaEntity>;
