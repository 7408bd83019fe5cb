import type { SqlEntityManager } from '@mikro-orm/knex';
import { GraphQLError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { DomainRefusal } from '../../../lib/domainRefusal';
import type { Logger } from '../../../lib/logger';
import type { BackgroundWork } from '../../kit/backgroundWork';
import { bulkInsert } from '../../kit/bulkInsert';
import type { ServiceClient } from '../../kit/serviceClient';
import { fetchFacts } from '../checks/facts';
import { CorrectionCaseEntity } from '../entities/CorrectionCase';
import { KpiObservationEntity } from '../entities/KpiObservation';
import { PaymentAnomalyEntity } from '../entities/PaymentAnomalyRecord';
import { QualityResultEntity } from '../entities/QualityResult';
import { QualityRunEntity, type QualityRun } from '../entities/QualityRun';
import { evaluateRun, type RunOutput } from './evaluateRun';

/**
 * Stores a run's results in one transaction: they are there whole or not at all. The run row
 * itself says whether it completed, so readers (KPIs, scores) only ever see completed runs.
 */
export async function storeRun(em: SqlEntityManager, output: RunOutput, existing = false): Promise<QualityRun> {
  await em.transactional(async (tx) => {
    if (existing) await tx.nativeUpdate(QualityRunEntity, { id: output.run.id }, output.run);
    else await bulkInsert(tx, QualityRunEntity, [output.run]);
    await bulkInsert(tx, QualityResultEntity, output.results);
    await bulkInsert(tx, KpiObservationEntity, output.observations);
    await bulkInsert(tx, PaymentAnomalyEntity, output.anomalies);
  });
  return output.run;
}

export interface QualityRunner {
  /** Starts a run in the background and returns it RUNNING; refuses while another one runs. */
  start(asOf: string): Promise<QualityRun>;
  /** Waits for the run in progress, if any (shutdown). */
  close(): Promise<void>;
}

export function createQualityRunner(
  fork: () => SqlEntityManager,
  peers: ServiceClient,
  log: Logger,
  background: BackgroundWork,
): QualityRunner {
  let running: Promise<void> | undefined;

  async function execute(run: QualityRun): Promise<void> {
    const em = fork();
    const started = Date.now();
    try {
      const [facts, openCases] = await Promise.all([
        fetchFacts(peers),
        em.find(CorrectionCaseEntity, { status: 'OPEN' }, { fields: ['id', 'customerId'] }),
      ]);
      const fetched = Date.now();
      const open = new Map<string, number>();
      for (const c of openCases) open.set(c.customerId, (open.get(c.customerId) ?? 0) + 1);
      const output = evaluateRun(
        run.id,
        run.asOf as string,
        run.startedAt,
        facts.map((f) => ({ ...f, openBankCases: open.get(f.customer.id) ?? 0 })),
      );
      await storeRun(em, { ...output, run: { ...output.run, finishedAt: new Date() } }, true);
      log.info(
        {
          runId: run.id,
          customers: output.run.customersChecked,
          fetchMs: fetched - started,
          totalMs: Date.now() - started,
        },
        'quality run completed',
      );
    } catch (error) {
      log.error({ runId: run.id, err: (error as Error).message }, 'quality run failed');
      // Details stay in the log: a database message may quote the data it choked on.
      const failure =
        error instanceof GraphQLError || error instanceof DomainRefusal
          ? error.message
          : `the run failed; the quality subgraph's log has the details (run ${run.id})`;
      await em.nativeUpdate(QualityRunEntity, { id: run.id }, { status: 'FAILED', finishedAt: new Date(), failure });
    }
  }

  return {
    async start(asOf) {
      if (running) throw new DomainRefusal('a quality run is in progress; wait for it to finish');
      const now = new Date();
      const run: QualityRun = {
        id: `qrun_${now
          .toISOString()
          .replace(/[-:.TZ]/g, '')
          .slice(0, 14)}_${randomUUID().slice(0, 8)}`,
        startedAt: now,
        customersChecked: 0,
        averageScore: 0,
        asOf,
        status: 'RUNNING',
        finishedAt: null,
        failure: null,
      };
      await fork().insert(QualityRunEntity, run);
      running = background.track(
        execute(run).finally(() => {
          running = undefined;
        }),
      );
      return run;
    },
    close: async () => {
      await running;
    },
  };
}
