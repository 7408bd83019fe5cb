import { badUserInput } from '../../../lib/errors';
import { comparableFingerprint } from '../../../lib/comparableText';
import { groupBy } from '../../../lib/groupBy';
import { pageSize } from '../../../lib/pagination';
import { BankAccountEntity } from '../entities/BankAccount';
import { CustomerEntity } from '../entities/Customer';
import { MatchReviewEntity } from '../entities/MatchReview';
import { SourceRecordEntity } from '../entities/SourceRecord';
import { TaxIdentifierEntity } from '../entities/TaxIdentifier';
import type { Resolvers } from '../generated/resolvers';
import { goldenAttributes, qualityFactsOf, sourceAttributes } from './facts';

/** Service-only queries the quality subgraph runs its checks on (policy: `services: ['quality']`). */

const MAX_FACTS_PAGE = 2000;

/** Values leave as keyed fingerprints: the quality service can tell equal from different, and nothing more. */
const asFingerprints = (attributes: Record<string, string | null | undefined>, key: string) =>
  Object.entries(attributes).map(([field, value]) => ({ field, value: comparableFingerprint(value, key) }));

export const qualityFactsResolvers: Resolvers = {
  Query: {
    customerQualityFacts: async (_root, args, { em }) => {
      const first = pageSize(args.first, MAX_FACTS_PAGE, 500);
      const customers = await em.find(
        CustomerEntity,
        { mergedInto: null, ...(args.after ? { id: { $gt: args.after } } : {}) },
        { orderBy: { id: 'asc' }, limit: first },
      );
      const ids = customers.map((c) => c.id);
      const [taxIds, accounts, reviews, merged] = await Promise.all([
        em.find(TaxIdentifierEntity, { customerId: { $in: ids } }, { orderBy: { id: 'asc' } }),
        em.find(BankAccountEntity, { customerId: { $in: ids } }, { fields: ['id', 'customerId'] }),
        em.find(
          MatchReviewEntity,
          { status: 'PENDING', $or: [{ customerId: { $in: ids } }, { candidateCustomerId: { $in: ids } }] },
          { fields: ['id', 'customerId', 'candidateCustomerId'] },
        ),
        em.find(CustomerEntity, { mergedInto: { $in: ids } }, { fields: ['id', 'mergedInto'], orderBy: { id: 'asc' } }),
      ]);
      const inReview = new Set(reviews.flatMap((r) => [r.customerId, r.candidateCustomerId]));
      // Grouped once: a page holds up to 2,000 customers and their tax ids and accounts.
      const taxIdsOf = groupBy(taxIds, (t) => t.customerId);
      const accountsOf = groupBy(accounts, (a) => a.customerId);
      const mergedInto = groupBy(merged, (m) => m.mergedInto);
      return customers.map((customer) =>
        qualityFactsOf(
          customer,
          taxIdsOf.get(customer.id) ?? [],
          accountsOf.get(customer.id)?.length ?? 0,
          inReview.has(customer.id),
          (mergedInto.get(customer.id) ?? []).map((m) => m.id),
        ),
      );
    },

    customerSourceObservations: async (_root, args, { em, config }) => {
      if (args.ids.length > 1000) throw badUserInput('at most 1000 ids at a time', 'ids');
      const [customers, records] = await Promise.all([
        em.find(CustomerEntity, { id: { $in: args.ids } }, { orderBy: { id: 'asc' } }),
        em.find(SourceRecordEntity, { customerId: { $in: args.ids } }, { orderBy: { sourceSystem: 'asc', id: 'asc' } }),
      ]);
      return customers.map((customer) => ({
        customerId: customer.id,
        golden: asFingerprints(goldenAttributes(customer), config.maskingSalt),
        sources: records
          .filter((record) => record.customerId === customer.id)
          .map((record) => ({
            sourceSystem: record.sourceSystem,
            sourceId: record.sourceId,
            observedAt: record.ingestedAt,
            attributes: asFingerprints(sourceAttributes(record), config.maskingSalt),
          })),
      }));
    },
  },
};
