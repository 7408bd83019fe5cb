import { QueryOrder } from '@mikro-orm/core';
import { today } from '../../../lib/calendar';
import { badUserInput } from '../../../lib/errors';
import { pageSize } from '../../../lib/pagination';
import { visibleRegions } from '../../kit/rowScope';
import type { QualityContext } from '../context';
import { KpiObservationEntity } from '../entities/KpiObservation';
import { PaymentAnomalyEntity, type PaymentAnomalyRecord } from '../entities/PaymentAnomalyRecord';
import { QualityRunEntity, type QualityRun } from '../entities/QualityRun';
import { KPI_DEFINITIONS, KPI_NAMES, summarise } from './definitions';
import type { Resolvers } from '../generated/resolvers';
import { customerReference } from '../parents';

/** KPIs and anomalies from stored runs, and the run itself on demand. */

const MAX_PERIODS = 24;
const MAX_TOP = 100;

/** Runs that describe a day, newest first; the demo history and nightly runs alike. */
async function runsUpTo(context: QualityContext, asOf: string | null, periods: number) {
  const runs = await context.em.find(
    QualityRunEntity,
    { status: 'COMPLETED', asOf: { $ne: null, ...(asOf ? { $lte: asOf } : {}) } },
    { orderBy: { asOf: 'desc', startedAt: 'desc' }, limit: periods },
  );
  // The query asks for dated runs only; the guard says so to the compiler.
  return runs.filter((run): run is QualityRun & { asOf: string } => typeof run.asOf === 'string');
}

export const kpiResolvers: Resolvers = {
  Query: {
    qualityKpis: async (_root, args, context) => {
      const periods = args.periods ?? 6;
      const top = args.top ?? 10;
      if (!Number.isInteger(periods) || periods < 1 || periods > MAX_PERIODS)
        throw badUserInput(`periods must be 1 to ${MAX_PERIODS}`, 'periods');
      if (!Number.isInteger(top) || top < 0 || top > MAX_TOP) throw badUserInput(`top must be 0 to ${MAX_TOP}`, 'top');
      const asOf = args.asOf ?? null;
      const runs = await runsUpTo(context, asOf, periods);
      const scope = visibleRegions(context);
      // Row scoping applies to quality figures as to the rows themselves.
      const regions = args.region
        ? scope === 'ALL' || scope.includes(args.region as never)
          ? [args.region]
          : []
        : scope === 'ALL'
          ? null
          : [...scope];
      const observations = runs.length
        ? await context.em.find(
            KpiObservationEntity,
            {
              runId: { $in: runs.map((r) => r.id) },
              ...(args.segment ? { segment: args.segment } : {}),
              ...(regions ? { region: { $in: regions } } : {}),
            },
            { fields: ['runId', 'kpi', 'customerId', 'passed', 'weight', 'detail'] },
          )
        : [];
      const latest = runs[0];
      return {
        runId: latest?.id ?? null,
        asOf: latest?.asOf ?? null,
        segment: args.segment ?? null,
        region: args.region ?? null,
        kpis: KPI_NAMES.map((name) => {
          const ofRun = (runId: string) => observations.filter((o) => o.runId === runId && o.kpi === name);
          const current = latest ? summarise(name, ofRun(latest.id), top) : summarise(name, [], top);
          return {
            ...KPI_DEFINITIONS[name],
            numerator: current.numerator,
            denominator: current.denominator,
            ratio: current.ratio,
            topOffenders: current.topOffenders.map((o, i) => ({
              rank: i + 1,
              customer: customerReference(o.customerId),
              detail: o.detail,
            })),
            trend: [...runs].reverse().map((run) => {
              const point = summarise(name, ofRun(run.id), 0);
              return {
                runId: run.id,
                asOf: run.asOf,
                numerator: point.numerator,
                denominator: point.denominator,
                ratio: point.ratio,
              };
            }),
          };
        }),
      };
    },

    paymentAnomalies: async (_root, args, context) => {
      const first = pageSize(args.first, context.config.maxPageSize, 50);
      const [latest] = await runsUpTo(context, null, 1);
      if (!latest) return [];
      const scope = visibleRegions(context);
      return context.em.find(
        PaymentAnomalyEntity,
        {
          runId: latest.id,
          ...(args.kind ? { kind: args.kind as PaymentAnomalyRecord['kind'] } : {}),
          ...(scope === 'ALL' ? {} : { region: { $in: [...scope] } }),
        },
        { orderBy: { score: QueryOrder.DESC_NULLS_LAST, id: 'asc' }, limit: first },
      );
    },
  },

  Mutation: {
    // The facts are always today's, so a run always describes today.
    runQualityChecks: (_root, _args, context) => context.shared.runner.start(today()),
  },

  PaymentAnomaly: {
    customer: (anomaly) => customerReference(anomaly.customerId),
  },
};
