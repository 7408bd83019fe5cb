import { defineEntity, type InferEntity } from '@mikro-orm/core';
import {
  customerId,
  instant,
  regionCode,
  rowId,
  status,
  systemName,
  unkeyedReference,
} from '../../kit/entityProperties';
import type { CaseStatus } from '../generated/enums';

/** Data a source sent that failed validation (e.g. bank details): someone must correct it by the deadline. */
export const CorrectionCaseEntity = defineEntity({
  name: 'CorrectionCase',
  tableName: 'correction_case',
  properties: (p) => ({
    id: rowId(),
    customerId: customerId(),
    region: regionCode(),
    kind: p.string().length(32).$type<'BANK_DETAILS'>(),
    field: p.string().length(64),
    reasonCode: p.string().length(32),
    message: p.text(),
    system: systemName(),
    extractId: unkeyedReference(80),
    status: status<CaseStatus>(),
    openedAt: instant(),
    dueAt: instant(),
    resolvedAt: instant().nullable(),
    resolvedBy: p.string().nullable(),
    resolutionNote: p.text().nullable(),
  }),
  indexes: [{ properties: ['status', 'dueAt'] }, { properties: 'customerId' }],
});

export type CorrectionCase = InferEntity<typeof CorrectionCaseEntity>;
