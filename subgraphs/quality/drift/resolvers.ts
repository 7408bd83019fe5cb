import { badUserInput } from '../../../lib/errors';
import { requiredText } from '../../../lib/textInput';
import { readAllPages } from '../../kit/readAllPages';
import type { Resolvers } from '../generated/resolvers';
import { customerReference } from '../parents';
import { CustomerSourceObservationsDocument, SurvivingCustomerIdsDocument } from './generated/sourceObservations';
import { drawSample } from '../sampling/samplingAudit';
import { detectDrift } from './detectDrift';

/** Drift between source systems and golden records, for a reproducible sample of customers. */

const MAX_SAMPLE = 1000;
const IDS_PAGE = 2000;
const record = (values: readonly { field: string; value?: string | null }[]) =>
  Object.fromEntries(values.map((v) => [v.field, v.value ?? null]));

export const driftResolvers: Resolvers = {
  Query: {
    driftReport: async (_root, args, context) => {
      const size = args.sampleSize ?? 50;
      if (!Number.isInteger(size) || size < 1 || size > MAX_SAMPLE)
        throw badUserInput(`sampleSize must be 1 to ${MAX_SAMPLE}`, 'sampleSize');
      const seed = requiredText(args.seed ?? 'drift', 'seed', 100);
      const { peers } = context.shared;
      const customers = await readAllPages(
        IDS_PAGE,
        async (after, first) =>
          (await peers.query('customer', SurvivingCustomerIdsDocument, { after, first })).customerQualityFacts,
        (customer) => customer.id,
      );
      const ids = customers.map((customer) => customer.id);
      const sample = drawSample(ids, Math.min(size, ids.length), seed);
      const data = sample.length
        ? await peers.query('customer', CustomerSourceObservationsDocument, { ids: sample })
        : { customerSourceObservations: [] };
      const findings = data.customerSourceObservations.flatMap((customer) => {
        const golden = record(customer.golden);
        const observations = customer.sources.map((s) => ({
          sourceSystem: s.sourceSystem,
          sourceId: s.sourceId,
          observedAt: s.observedAt,
          attributes: record(s.attributes),
        }));
        return detectDrift(
          golden,
          observations,
          customer.golden.map((g) => g.field),
        ).map((finding) => ({
          customer: customerReference(customer.customerId),
          field: finding.field,
          sourceSystem: finding.sourceSystem,
          sourceId: finding.sourceId,
          since: finding.since,
        }));
      });
      return {
        seed,
        sampled: sample.length,
        customersWithDrift: new Set(findings.map((f) => f.customer.id)).size,
        findings,
      };
    },
  },
};
