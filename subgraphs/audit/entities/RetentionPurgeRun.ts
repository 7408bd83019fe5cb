import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { PurgeReportLine } from '../../../policies/purgePlan';
import { instant, json, rowId } from '../../kit/entityProperties';

/**
 * One run of the retention purge and its report: per record class and jurisdiction, what was past
 * retention, under which rule, what was removed (or, in a dry run, would have been) and what legal
 * holds held back. Ids and counts only: no record's values.
 */
export const RetentionPurgeRunEntity = defineEntity({
  name: 'RetentionPurgeRun',
  tableName: 'retention_purge_run',
  properties: (p) => ({
    id: rowId(),
    dryRun: p.boolean(),
    /** The day retention was judged on: today, or a later or earlier day a dry run previews. */
    asOf: p.date(),
    startedBy: p.string(),
    startedAt: instant(),
    /**
     * REMOVING while a real run removes records, COMPLETED once all it planned is removed (a dry run at
     * once), FAILED when a removal failed: the run is on record before anything is removed, so no
     * record goes without a report of it.
     */
    status: p.string().length(16).$type<'REMOVING' | 'COMPLETED' | 'FAILED'>(),
    finishedAt: instant().nullable(),
    removed: p.integer(),
    heldBack: p.integer(),
    lines: json<PurgeReportLine[]>(),
  }),
  indexes: [{ properties: ['startedAt'] }],
});

export type RetentionPurgeRun = InferEntity<typeof RetentionPurgeRunEntity>;
