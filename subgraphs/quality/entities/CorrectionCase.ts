import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant } from '../../kit/entityProperties';

/** Data a source sent that failed validation (e.g. bank details): someone must correct it by the deadline. */
export const CorrectionCaseEntity = defineEntity({
  name: 'CorrectionCase',
  tableName: 'correction_case',
  properties: (p) => ({
    id: p.string().length(64).primary(),
    customerId: p.string().length(40),
    region: p.string().length(8),
    kind: p.string().length(32).$type<'BANK_DETAILS'>(),
    field: p.string().length(64),
    reasonCode: p.string().length(32),
    message: p.text(),
    system: p.string().length(16),
    extractId: p.string().length(80),
    status: p.string().length(16).$type<'OPEN' | 'RESOLVED'>(),
    openedAt: instant(),
    dueAt: instant(),
    resolvedAt: instant().nullable(),
    resolvedBy: p.string().nullable(),
    resolutionNote: p.text().nullable(),
  }),
  indexes: [{ properties: ['status', 'dueAt'] }, { properties: 'customerId' }],
});

export type CorrectionCase = InferEntity<typeof CorrectionCaseEntity>;
