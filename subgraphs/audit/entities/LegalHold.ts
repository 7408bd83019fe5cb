import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { RecordClass } from '../../../policies/retention';
import { instant, json, rowId } from '../../kit/entityProperties';

/**
 * A legal hold: records a matter (litigation, a tax audit, an investigation) needs are kept whatever
 * their retention says, and no destructive change touches them, until the hold is released with a
 * reason. Its scope names customers, record classes and a range of record dates; each is optional
 * (empty or null: any), at least one is given (policies/holdCoverage.ts).
 */
export const LegalHoldEntity = defineEntity({
  name: 'LegalHold',
  tableName: 'legal_hold',
  properties: (p) => ({
    id: rowId(),
    matter: p.string().length(200),
    description: p.text(),
    customerIds: json<string[]>(),
    recordClasses: json<RecordClass[]>(),
    /** First and last day of the records' dates it covers, inclusive. */
    fromDate: p.date().nullable(),
    toDate: p.date().nullable(),
    placedBy: p.string(),
    placedAt: instant(),
    releasedBy: p.string().nullable(),
    releasedAt: instant().nullable(),
    releaseReason: p.text().nullable(),
  }),
  indexes: [{ properties: ['releasedAt'] }],
});

export type LegalHold = InferEntity<typeof LegalHoldEntity>;
