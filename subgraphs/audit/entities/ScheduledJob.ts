import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant } from '../../kit/entityProperties';

/**
 * A job the gateways' runners run (lib/jobs/catalogue.ts), as the last runner to start registered
 * it, with the latest schedule slot any runner claimed: after a restart the runners catch up from
 * there, once, instead of losing the slots they were down for.
 */
export const ScheduledJobEntity = defineEntity({
  name: 'ScheduledJob',
  tableName: 'scheduled_job',
  properties: (p) => ({
    name: p.string().length(64).primary(),
    description: p.text(),
    /** Cron pattern in UTC; null while the deployment has the job turned off. */
    schedule: p.string().length(128).nullable(),
    /** The roles the job runs as, comma-separated. */
    runsAs: p.string().length(256),
    registeredAt: instant(),
    /** The latest slot claimed; slots after it and up to now are due. */
    lastSlot: instant().nullable(),
  }),
});

export type ScheduledJob = InferEntity<typeof ScheduledJobEntity>;
