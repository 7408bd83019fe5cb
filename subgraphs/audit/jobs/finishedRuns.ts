import type { SqlEntityManager } from '@mikro-orm/knex';
import { JobRunEntity, type JobRun } from '../entities/JobRun';

/** The job runs that ended (succeeded or failed) in [since, until), oldest first. */
export function finishedRuns(em: SqlEntityManager, since: Date, until: Date): Promise<JobRun[]> {
  return em.find(
    JobRunEntity,
    { status: { $in: ['SUCCEEDED', 'FAILED'] }, finishedAt: { $gte: since, $lt: until } },
    { orderBy: { finishedAt: 'asc', id: 'asc' }, disableIdentityMap: true },
  );
}
