import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { MatchConfiguration } from '../matching/engine';
import { instant, json, status } from '../../kit/entityProperties';

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
    /** Comparisons and blocking rules; null for configurations stored before they were kept (the built-in ones). */
    linkage: json<Pick<MatchConfiguration, 'comparisons' | 'blocking'>>().nullable(),
  }),
});

export type MatchConfigurationRecord = InferEntity<typeof MatchConfigurationRecordEntity>;
