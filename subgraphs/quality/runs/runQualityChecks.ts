import type { SqlEntityManager } from '@mikro-orm/knex';
import { GraphQLError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { DomainRefusal } from '../../../lib/domainRefusal';
import type { Logger } from '../../../lib/logger';
import type { BackgroundWork } from '../../kit/backgroundWork';
import { bulkInsert } from '../../kit/bulkInsert';
import type { ServiceClient } from '../../kit/serviceClient';
import { factPages } from '../checks/facts';
import { CorrectionCaseEntity } from '../entities/CorrectionCase';
import { KpiObservationEntity } from '../entities/KpiObservation';
import { PaymentAnomalyEntity } from '../entities/PaymentAnomalyRecord';
import { QualityResultEntity } from '../entities/QualityResult';
import { QualityRunEntity, type QualityRun } from '../entities/QualityRun';
import { addTallies, completedRun, evaluateCustomers, NO_CUSTOMERS, type RunRows } from './evaluateRun';

/** Stores rows of a run (all of it, or a page of its customers) in one transaction. */
export async function storeRows(em: SqlEntityManager, rows: RunRows): Promise<void> {
  await em.transactional(async (tx) => {
    await bulkInsert(tx, QualityResultEntity, rows.results);
    await bulkInsert(tx, KpiObservationEntity, rows.observations);
    await bulkInsert(tx, PaymentAnomalyEntity, rows.anomalies);
  });
}

async function dropRows(em: SqlEntityManager, runId: string): Promise<void> {
  await em.transactional(async (tx) => {
    await tx.nativeDelete(QualityResultEntity, { runId });
    await tx.nativeDelete(KpiObservationEntity, { runId });
    await tx.nativeDelete(PaymentAnomalyEntity, { runId });
  });
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
  pageSize: number,
): QualityRunner {
  let running: Promise<void> | undefined;

  async function execute(run: QualityRun): Promise<void> {
    const em = fork();
    const started = Date.now();
    try {
      const openCases = await em.find(CorrectionCaseEntity, { status: 'OPEN' }, { fields: ['id', 'customerId'] });
      const open = new Map<string, number>();
      for (const c of openCases) open.set(c.customerId, (open.get(c.customerId) ?? 0) + 1);
      // Page by page: each page's rows are stored as it is evaluated; the run row says COMPLETED only at the end.
      let tally = NO_CUSTOMERS;
      for await (const page of factPages(peers, pageSize)) {
        const { tally: pageTally, ...rows } = evaluateCustomers(
          run.id,
          run.startedAt,
          page.map((f) => ({ ...f, openBankCases: open.get(f.customer.id) ?? 0 })),
        );
        await storeRows(em, rows);
        tally = addTallies(tally, pageTally);
      }
      const finished = completedRun(run.id, run.asOf as string, run.startedAt, new Date(), tally);
      await em.nativeUpdate(QualityRunEntity, { id: run.id }, finished);
      log.info(
        { runId: run.id, customers: finished.customersChecked, totalMs: Date.now() - started },
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
      // What pages were stored before the failure is of no use without the rest; the cascade removes it.
      await dropRows(em, run.id);
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
