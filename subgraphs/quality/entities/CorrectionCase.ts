import { EntitySchema } from '@mikro-orm/core';

/** Data a source sent that failed validation (e.g. bank details): someone must correct it by the deadline. */
export interface CorrectionCase {
  id: string;
  customerId: string;
  region: string;
  kind: 'BANK_DETAILS';
  field: string;
  reasonCode: string;
  message: string;
  system: string;
  extractId: string;
  status: 'OPEN' | 'RESOLVED';
  openedAt: Date;
  dueAt: Date;
  resolvedAt?: Date | null;
  resolvedBy?: string | null;
  resolutionNote?: string | null;
}

export const CorrectionCaseEntity = new EntitySchema<CorrectionCase>({
  name: 'CorrectionCase',
  tableName: 'correction_case',
  properties: {
    id: { type: 'string', primary: true },
    customerId: { type: 'string' },
    region: { type: 'string' },
    kind: { type: 'string' },
    field: { type: 'string' },
    reasonCode: { type: 'string' },
    message: { type: 'text' },
    system: { type: 'string' },
    extractId: { type: 'string' },
    status: { type: 'string' },
    openedAt: { type: 'datetime' },
    dueAt: { type: 'datetime' },
    resolvedAt: { type: 'datetime', nullable: true },
    resolvedBy: { type: 'string', nullable: true },
    resolutionNote: { type: 'text', nullable: true },
  },
});
