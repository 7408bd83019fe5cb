import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, status } from '../../kit/entityProperties';

/** A match configuration as proposed, approved (then in force) or retired. */
export const MatchConfigurationRecordEntity = defineEntity({
  name: 'MatchConfigurationRecord',
  tableName: 'match_configuration',
  properties: (p) => ({
    version: p.string().length(64).primary(),
    autoMerge: p.float(),
    review: p.float(),
    status: status<'PROPOSED' | 'ACTIVE' | 'RETIRED'>(),
    notes: p.text(),
    proposedBy: p.string(),
    proposedAt: instant(),
    approvedBy: p.string().nullable(),
    approvedAt: instant().nullable(),
  }),
});

export type MatchConfigurationRecord = InferEntity<typeof MatchConfigurationRecordEntity>;
