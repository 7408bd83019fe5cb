import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, json, rowId } from '../../kit/entityProperties';

/** A data processing agreement (DPA) or SaaS vendor contract with a third party (subgraphs/audit/registers/). */
export const ProcessingAgreementEntity = defineEntity({
  name: 'ProcessingAgreement',
  tableName: 'processing_agreement',
  properties: (p) => ({
    id: rowId(),
    partner: p.string().length(200),
    /** DPA or SAAS_CONTRACT. */
    kind: p.string().length(16),
    /** Classifications of the data the partner receives. */
    dataCategories: json<string[]>(),
    /** Regions (lib/regions.ts) where the partner processes or stores it. */
    regions: json<string[]>(),
    retentionClause: p.text(),
    exportClause: p.text(),
    startsOn: p.date(),
    expiresOn: p.date(),
    owner: p.string().length(200),
    /** ACTIVE or TERMINATED. */
    status: p.string().length(16),
    createdBy: p.string(),
    createdAt: instant(),
    updatedBy: p.string(),
    updatedAt: instant(),
    terminatedBy: p.string().nullable(),
    terminatedAt: instant().nullable(),
    terminationReason: p.text().nullable(),
  }),
  indexes: [{ properties: ['status', 'expiresOn'] }],
});

export type ProcessingAgreement = InferEntity<typeof ProcessingAgreementEntity>;
