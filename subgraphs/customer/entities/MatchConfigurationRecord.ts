import { EntitySchema } from '@mikro-orm/core';

/** A match configuration as proposed, approved (then in force) or retired. */
export interface MatchConfigurationRecord {
  version: string;
  autoMerge: number;
  review: number;
  status: 'PROPOSED' | 'ACTIVE' | 'RETIRED';
  notes: string;
  proposedBy: string;
  proposedAt: Date;
  approvedBy?: string | null;
  approvedAt?: Date | null;
}

export const MatchConfigurationRecordEntity = new EntitySchema<MatchConfigurationRecord>({
  name: 'MatchConfigurationRecord',
  tableName: 'match_configuration',
  properties: {
    version: { type: 'string', primary: true },
    autoMerge: { type: 'float' },
    review: { type: 'float' },
    status: { type: 'string' },
    notes: { type: 'text' },
    proposedBy: { type: 'string' },
    proposedAt: { type: 'datetime' },
    approvedBy: { type: 'string', nullable: true },
    approvedAt: { type: 'datetime', nullable: true },
  },
});
