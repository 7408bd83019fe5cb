import { pageSize } from '../../lib/pagination';
import { moneyField } from '../kit/moneyResolvers';
import type { QualityResult } from './entities/QualityResult';
import { QualityRunEntity } from './entities/QualityRun';
import { gapsOf } from './extracts/reconciliationView';
import { QUALITY_RULES, assess, type QualityIssue } from './rules/catalogue';
import { COMPLETENESS_RULES, completenessFacts, type CustomerFields } from './rules/completeness';
import { validateIdentifier } from './validators/validateIdentifier';
import type { Resolvers } from './generated/resolvers';

/** A customer's score and issues, the rule catalogue, runs, and identifier validation. */

const completenessRuleNames = new Set(COMPLETENESS_RULES.map((rule) => rule.rule));

/**
 * Completeness from the customer's fields as they are now; every other rule as the latest run
 * judged it. Rules the latest run passed count as passed; a customer no run has seen yet is scored
 * on completeness alone.
 */
function currentAssessment(customer: CustomerFields, latest: QualityResult | undefined) {
  const live = assess(completenessFacts(customer), COMPLETENESS_RULES);
  if (!latest) return live;
  const runIssues = latest.issues.filter((issue: QualityIssue) => !completenessRuleNames.has(issue.rule));
  const weightOf = (name: string) => QUALITY_RULES.find((rule) => rule.rule === name)?.weight ?? 0;
  const total = QUALITY_RULES.reduce((sum, rule) => sum + rule.weight, 0);
  const lost = [...live.issues, ...runIssues].reduce((sum, issue) => sum + weightOf(issue.rule), 0);
  const order = (issue: QualityIssue) => QUALITY_RULES.findIndex((rule) => rule.rule === issue.rule);
  return {
    score: Math.round((100 * (total - lost)) / total),
    issues: [...live.issues, ...runIssues].sort((a, b) => order(a) - order(b)),
  };
}

export const qualityResolvers: Resolvers = {
  Query: {
    qualityRuns: async (_root, args, { em, config }) => {
      const first = pageSize(args.first, config.maxPageSize);
      return em.find(QualityRunEntity, {}, { orderBy: { startedAt: 'desc', id: 'asc' }, limit: first });
    },
    validateTaxId: (_root, args) => ({
      kind: args.kind,
      ...validateIdentifier(args.kind, args.value),
    }),
    qualityRules: () =>
      QUALITY_RULES.map((rule) => ({
        name: rule.rule,
        classification: rule.classification,
        severity: rule.severity,
        weight: rule.weight,
        description: rule.description,
      })),
  },

  TaxIdValidation: {
    reason: (validation) => validation.reason?.message ?? null,
    reasonCode: (validation) => validation.reason?.code ?? null,
  },

  Customer: {
    // Completeness is judged on the @requires fields the gateway passes in the representation; the
    // jurisdiction that governs the payment profile comes from the customer master, never from it.
    dataQuality: async (customer, _args, { loaders }) => {
      const [history, { region }] = await Promise.all([
        loaders.resultsOfCustomer.load(customer.id),
        loaders.customers.load(customer.id),
      ]);
      return {
        ...currentAssessment(customer, history[0]),
        customerId: customer.id,
        latestRunId: history[0]?.runId ?? null,
        paymentProfile: history[0]?.paymentProfile
          ? { ...history[0].paymentProfile, region, customerId: customer.id }
          : null,
        history: history.map((result) => ({
          runId: result.runId,
          score: result.score,
          checkedAt: result.checkedAt,
        })),
      };
    },
  },

  PaymentProfile: {
    medianPayment: moneyField('medianPaymentMinor', 'medianPaymentCurrency'),
  },

  DataQuality: {
    paymentAnomalies: async (quality, _args, { loaders }) =>
      (await loaders.anomaliesOfCustomer.load(quality.customerId)).filter(
        (anomaly) => anomaly.runId === quality.latestRunId,
      ),
    reconciliationGaps: async (quality, _args, { loaders }) => {
      const latest = await loaders.latestReconciliation();
      return latest ? gapsOf(latest).filter((gap) => gap.customer.id === quality.customerId) : [];
    },
  },
};
