import type { SqlEntityManager } from '@mikro-orm/knex';
import { readByKeys } from '../../kit/readByKeys';
import { FailedInputEntity, type FailedInput } from '../entities/FailedInput';
import type { FailedInputName } from './failedInputReference';

/**
 * The failed inputs kept for retries, written inside the transaction of the batch or events that
 * failed or made good: a failure and its resolution are committed with what caused them. Each
 * change marks the input unreported, for the relay to tell the exception queue (failureReports.ts).
 */

export interface InputFailure {
  name: FailedInputName;
  source: FailedInput['source'];
  /** The source system that sent it. */
  subject: string;
  sequence: number | null;
  payload: FailedInput['payload'];
  /** Kept as it is here; reported without its quoted values (failureReport.ts). */
  error: string;
}

/** Records failures: a new input, or one more attempt of a known one (reopened if it was resolved). The last failure of an input in `failures` counts. */
export async function recordFailedInputs(
  em: SqlEntityManager,
  failures: readonly InputFailure[],
  now: Date,
): Promise<void> {
  const latest = new Map(failures.map((failure) => [failure.name.id, failure]));
  if (latest.size === 0) return;
  const known = await readByKeys([...latest.keys()], (ids) => em.find(FailedInputEntity, { id: { $in: ids } }));
  const byId = new Map(known.map((input) => [input.id, input]));
  for (const failure of latest.values()) {
    const fields = {
      payload: failure.payload,
      lastError: failure.error,
      lastFailedAt: now,
      resolvedAt: null,
      resolution: null,
      reported: false,
    };
    const input = byId.get(failure.name.id);
    if (input) Object.assign(input, fields, { attempts: input.attempts + 1 });
    else
      em.create(FailedInputEntity, {
        id: failure.name.id,
        source: failure.source,
        subject: failure.subject,
        matchKey: failure.name.matchKey,
        sequence: failure.sequence,
        attempts: 1,
        firstFailedAt: now,
        ...fields,
      });
  }
}

/**
 * Resolves the open failed inputs of `source` under `matchKeys` that `resolutionOf` says were made
 * good (answering how), e.g. a source record accepted since, or a change event superseded.
 */
export async function resolveFailedInputs(
  em: SqlEntityManager,
  source: FailedInput['source'],
  matchKeys: readonly string[],
  resolutionOf: (input: FailedInput) => string | null,
  now: Date,
): Promise<void> {
  if (matchKeys.length === 0) return;
  const open = await readByKeys([...new Set(matchKeys)], (keys) =>
    em.find(FailedInputEntity, { source, matchKey: { $in: keys }, resolvedAt: null }),
  );
  for (const input of open) {
    const resolution = resolutionOf(input);
    if (resolution !== null) Object.assign(input, { resolvedAt: now, resolution, reported: false });
  }
}

/** A retry that could not even be tried (refused to the job's principal, say): one more failure, with why. */
export async function recordRefusedRetry(
  em: SqlEntityManager,
  input: FailedInput,
  error: string,
  now: Date,
): Promise<void> {
  await em.nativeUpdate(
    FailedInputEntity,
    { id: input.id, attempts: input.attempts },
    { attempts: input.attempts + 1, lastError: error, lastFailedAt: now, reported: false },
  );
}
