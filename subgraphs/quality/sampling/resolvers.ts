import { randomUUID } from 'node:crypto';
import { monthOf } from '../../../lib/calendar';
import { badUserInput } from '../../../lib/errors';
import { pageSize } from '../../../lib/pagination';
import { requiredText } from '../../../lib/textInput';
import { readAllPages } from '../../kit/readAllPages';
import { SamplingAuditEntity } from '../entities/SamplingAuditRecord';
import type { Resolvers } from '../generated/resolvers';
import { customerReference } from '../parents';
import {
  ContractAuditFactsDocument,
  ContractAuditPopulationDocument,
  type ContractAuditFactsQuery,
} from './generated/contractAudit';
import { drawSample, estimateErrorRate, sampleSize } from './samplingAudit';

/** The statistical sampling audit of contract dates against revenue schedules. */

const PAGE = 2000;

/** A contract's dates and revenue months, as the contract subgraph reports them. */
type ContractAuditFact = ContractAuditFactsQuery['contractAuditFacts'][number];

/** What is wrong with a contract's schedule against its dates, or null. */
export function scheduleProblem(fact: ContractAuditFact): string | null {
  if (fact.firstRevenueMonth && fact.firstRevenueMonth < monthOf(fact.startDate))
    return `revenue recognised in ${fact.firstRevenueMonth}, before the contract starts on ${fact.startDate}`;
  if (fact.endDate && fact.lastRevenueMonth && fact.lastRevenueMonth > monthOf(fact.endDate))
    return `revenue recognised in ${fact.lastRevenueMonth}, after the contract ends on ${fact.endDate}`;
  return null;
}

export const samplingResolvers: Resolvers = {
  Query: {
    samplingAudits: (_root, args, context) =>
      context.em.find(
        SamplingAuditEntity,
        {},
        { orderBy: { ranAt: 'desc', id: 'asc' }, limit: pageSize(args.first, context.config.maxPageSize, 20) },
      ),
  },

  Mutation: {
    runSamplingAudit: async (_root, args, context) => {
      const confidence = args.confidence ?? 0.95;
      const margin = args.margin ?? 0.05;
      if (!(confidence > 0 && confidence < 1))
        throw badUserInput('confidence must be between 0 and 1, e.g. 0.95', 'confidence');
      if (!(margin > 0 && margin < 1)) throw badUserInput('margin must be between 0 and 1, e.g. 0.05', 'margin');
      const seed = requiredText(args.seed, 'seed', 100);
      const { peers } = context.shared;
      const population = await readAllPages(
        PAGE,
        async (after, first) =>
          (await peers.query('contract', ContractAuditPopulationDocument, { after, first })).contractAuditPopulation,
        (contractId) => contractId,
      );
      if (population.length === 0)
        throw badUserInput('no contract recognises revenue yet: there is nothing to sample', 'seed');
      const sample = drawSample(population, sampleSize(population.length, confidence, margin), seed);
      const facts: ContractAuditFact[] = [];
      for (let i = 0; i < sample.length; i += PAGE) {
        const data = await peers.query('contract', ContractAuditFactsDocument, { ids: sample.slice(i, i + PAGE) });
        facts.push(...data.contractAuditFacts);
      }
      const findings = facts.flatMap((fact) => {
        const problem = scheduleProblem(fact);
        return problem ? [{ contractId: fact.contractId, customerId: fact.customerId, problem }] : [];
      });
      const estimate = estimateErrorRate(findings.length, sample.length, confidence);
      return context.em.transactional(async (em) =>
        em.create(SamplingAuditEntity, {
          id: `sa_${randomUUID()}`,
          ranAt: new Date(),
          ranBy: context.principal.sub,
          seed,
          confidence,
          margin,
          population: population.length,
          sampleSize: sample.length,
          errors: findings.length,
          errorRate: estimate.rate,
          lower: estimate.lower,
          upper: estimate.upper,
          findings,
        }),
      );
    },
  },

  SamplingAudit: {
    findings: (audit) => audit.findings.map((f) => ({ ...f, customer: customerReference(f.customerId) })),
  },
};
