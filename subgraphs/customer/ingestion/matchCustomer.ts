import type { SqlEntityManager } from '@mikro-orm/knex';
import { CustomerEntity } from '../entities/Customer';
import { decide, scorePair, type MatchDecision, type PairScore } from '../matching/engine';
import { linkableParties } from './linkableParties';
import { pairReasons, partyLinkageRecords, sourceLinkageRecord } from './linkageRecords';
import type { MatchConfiguration } from './matchConfiguration';
import { customersSharingKeys } from './matchKeys';
import type { MappedAttributes } from './mapRecord';

/**
 * Finds the customers a mapped source record could be, with the linkage engine and the
 * configuration in force: the customers sharing a blocking key with it (matchKeys.ts), each scored
 * and decided by the engine. Ingestion acts on the best candidate; findMatches shows them all,
 * decided the same way.
 */

export interface MatchCandidate {
  customerId: string;
  /** The engine's score, held to 0..1. */
  score: number;
  /** The rule of the first held level that names one (TAX_ID, DUNS, NAME_CONFLICTING_TAX_ID, NAME). */
  rule: string;
  reasons: string[];
  decision: MatchDecision;
}

export type MatchOutcome =
  { kind: 'MATCH' | 'REVIEW'; customerId: string; score: number; rule: string; reasons: string[] } | { kind: 'NONE' };

/** The higher score; at equal scores, the pair with the stricter ceiling (a conflict is never hidden). */
function stronger(a: PairScore, b: PairScore): PairScore {
  if (a.score !== b.score) return a.score > b.score ? a : b;
  return b.ceiling && !a.ceiling ? b : a;
}

/**
 * A name alone that merges with two customers says only that both have that name (one in Bonn, one
 * in Bielefeld, and a record with no address): none of them is merged, a steward decides.
 */
function withoutAmbiguousNames(candidates: MatchCandidate[]): MatchCandidate[] {
  const byName = candidates.filter((c) => c.decision === 'MATCH' && c.rule === 'NAME');
  if (byName.length < 2 || candidates.some((c) => c.decision === 'MATCH' && c.rule !== 'NAME')) return candidates;
  return candidates.map((c) =>
    c.decision === 'MATCH' && c.rule === 'NAME'
      ? {
          ...c,
          decision: 'REVIEW',
          reasons: [...c.reasons, `${byName.length} customers match this name: a steward decides`],
        }
      : c,
  );
}

/** Every customer the record could be, best first (at equal scores a shared identifier before a name). */
export async function findCandidates(
  em: SqlEntityManager,
  record: MappedAttributes,
  configuration: MatchConfiguration,
  limit = 10,
): Promise<MatchCandidate[]> {
  const incoming = sourceLinkageRecord('incoming', record);
  const ids = await customersSharingKeys(em, incoming, configuration);
  if (ids.length === 0) return [];
  const customers = await em.find(CustomerEntity, { id: { $in: ids }, mergedInto: null });
  const candidates = (await linkableParties(em, customers)).map((party): MatchCandidate => {
    // The customer scores as the best of its records: golden, or any source's.
    const explained = partyLinkageRecords(party, record)
      .map((known) => scorePair(incoming, known, configuration))
      .reduce(stronger);
    return {
      customerId: party.customer.id,
      score: Math.max(0, Math.min(1, explained.score)),
      rule: explained.rule ?? 'NAME',
      reasons: pairReasons(explained),
      decision: decide(explained.score, configuration.thresholds, explained.ceiling),
    };
  });
  const certain = (c: MatchCandidate) => (c.rule === 'TAX_ID' || c.rule === 'DUNS' ? 0 : 1);
  return withoutAmbiguousNames(candidates)
    .sort((a, b) => b.score - a.score || certain(a) - certain(b) || a.customerId.localeCompare(b.customerId))
    .slice(0, limit);
}

/** What ingestion does with a candidate: merge, queue for a steward, or nothing. */
export function outcomeOf(candidate: MatchCandidate | undefined): MatchOutcome {
  if (!candidate || candidate.decision === 'NO_MATCH') return { kind: 'NONE' };
  const { decision, ...rest } = candidate;
  return { kind: decision, ...rest };
}

export async function matchCustomer(
  em: SqlEntityManager,
  record: MappedAttributes,
  configuration: MatchConfiguration,
): Promise<MatchOutcome> {
  const [best] = await findCandidates(em, record, configuration, 1);
  return outcomeOf(best);
}
