import type { SqlEntityManager } from '@mikro-orm/knex';
import type { FilterQuery } from '@mikro-orm/core';
import { nameSearchNeedles } from '../matching/names/searchText';
import { CustomerEntity, type Customer } from '../entities/Customer';
import { TaxIdentifierEntity } from '../entities/TaxIdentifier';
import type { MatchConfiguration } from './matchConfiguration';
import type { MappedAttributes } from './mapRecord';

/**
 * Finds the customer a mapped source record belongs to. Deterministic rules first: the same valid
 * tax id in the same country, or the same D-U-N-S, is a certain match. A conflicting tax id in the
 * same country never merges automatically. Otherwise names are compared among customers of the
 * same country whose name starts alike (blocking, so cost does not grow with the whole book).
 */

export type MatchOutcome =
  | { kind: 'MATCH'; customerId: string; score: number; rule: string; reasons: string[] }
  | { kind: 'REVIEW'; customerId: string; score: number; rule: string; reasons: string[] }
  | { kind: 'NONE' };

/** Scores two names 0..1 with reasons; the customer subgraph plugs in its name matcher. */
export type NameScorer = (a: string, b: string) => { score: number; reasons: string[] };

const BLOCK_LIMIT = 200;

/**
 * The block a name is compared in: customers one of whose names, folded and romanised as name search
 * folds them (customer.search_text, one variant a line), starts with the same three characters as one
 * of this name's forms. "Álvarez" and "alvarez", "ГАЗПРОМ" and "Gazprom" share a block.
 */
function nameBlock(name: string): FilterQuery<Customer>[] {
  return nameSearchNeedles(name).flatMap((folded) => {
    const prefix = folded.slice(0, 3).replace(/[%_\\]/g, '');
    return prefix ? [{ searchText: { $like: `${prefix}%` } }, { searchText: { $like: `%\n${prefix}%` } }] : [];
  });
}

/** The name compared against each name a customer is known by (its legal name, its name in its own script). */
function bestNameScore(scoreNames: NameScorer, name: string, known: (string | null | undefined)[]) {
  return known
    .filter((other): other is string => Boolean(other))
    .map((other) => scoreNames(name, other))
    .reduce((best, next) => (next.score > best.score ? next : best));
}

export interface MatchCandidate {
  customerId: string;
  score: number;
  rule: string;
  reasons: string[];
}

/**
 * Address components move a name score a little: the same postcode (or city) supports the match,
 * a different postcode and city weigh against it. Missing parts say nothing.
 */
export function addressAgreement(
  incoming: { postalCode?: string; city?: string } | undefined,
  known: { postalCode?: string; city?: string } | null | undefined,
): { adjustment: number; reasons: string[] } {
  if (!incoming || !known) return { adjustment: 0, reasons: [] };
  const squash = (value: string | undefined) => value?.replace(/\s+/g, '').toLowerCase() || undefined;
  const [postA, postB, cityA, cityB] = [
    squash(incoming.postalCode),
    squash(known.postalCode),
    squash(incoming.city),
    squash(known.city),
  ];
  if (postA && postB && postA === postB) return { adjustment: 0.02, reasons: ['same postcode'] };
  if (cityA && cityB && cityA === cityB) return { adjustment: 0.01, reasons: ['same city'] };
  if (postA && postB && cityA && cityB) return { adjustment: -0.05, reasons: ['different postcode and city'] };
  return { adjustment: 0, reasons: [] };
}

/** A merged customer's records live on in its survivor: candidates point there. */
async function survivorOf(em: SqlEntityManager, customerId: string): Promise<string> {
  const customer = await em.findOne(CustomerEntity, { id: customerId }, { fields: ['id', 'mergedInto'] });
  return customer?.mergedInto ?? customerId;
}

/** Every customer the record could be, best first: certain ones (tax id, D-U-N-S), then by name. */
export async function findCandidates(
  em: SqlEntityManager,
  record: MappedAttributes,
  scoreNames: NameScorer,
  limit = 10,
): Promise<MatchCandidate[]> {
  const candidates = new Map<string, MatchCandidate>();
  const offer = (candidate: MatchCandidate) => {
    const known = candidates.get(candidate.customerId);
    if (!known || candidate.score > known.score) candidates.set(candidate.customerId, candidate);
  };
  if (record.taxId) {
    for (const same of await em.find(TaxIdentifierEntity, {
      value: record.taxId.value,
      country: record.taxId.country,
    })) {
      offer({
        customerId: await survivorOf(em, same.customerId),
        score: 1,
        rule: 'TAX_ID',
        reasons: [`same ${record.taxId.kind} ${record.taxId.country}`],
      });
    }
  }
  if (record.duns) {
    for (const same of await em.find(CustomerEntity, { duns: record.duns })) {
      offer({ customerId: same.mergedInto ?? same.id, score: 1, rule: 'DUNS', reasons: ['same D-U-N-S number'] });
    }
  }
  const block = record.legalName ? nameBlock(record.legalName) : [];
  if (record.legalName && record.country && block.length > 0) {
    const customers: Customer[] = await em.find(
      CustomerEntity,
      { country: record.country, mergedInto: null, $or: block },
      { limit: BLOCK_LIMIT },
    );
    for (const customer of customers) {
      const name = bestNameScore(scoreNames, record.legalName, [
        customer.legalName ?? customer.name,
        customer.nativeName,
      ]);
      const address = addressAgreement(record.billingAddress, customer.billingAddress);
      const score = Math.max(0, Math.min(1, name.score + address.adjustment));
      offer({ customerId: customer.id, score, rule: 'NAME', reasons: [...name.reasons, ...address.reasons] });
    }
  }
  // At equal scores a shared identifier beats a name.
  const certain = (c: MatchCandidate) => (c.rule === 'NAME' ? 1 : 0);
  return [...candidates.values()]
    .sort((a, b) => b.score - a.score || certain(a) - certain(b) || a.customerId.localeCompare(b.customerId))
    .slice(0, limit);
}

/**
 * What ingestion decides for a record and one candidate: below the review threshold nothing; a shared
 * identifier merges; a name merges above the merge threshold unless the two hold different tax ids
 * of the same kind in the same country, which a steward always decides. findMatches answers the same.
 */
export async function decideCandidate(
  em: SqlEntityManager,
  record: MappedAttributes,
  candidate: MatchCandidate,
  configuration: MatchConfiguration,
): Promise<MatchOutcome> {
  if (candidate.score < configuration.thresholds.review) return { kind: 'NONE' };
  if (candidate.rule !== 'NAME') return { kind: 'MATCH', ...candidate };
  const taxIds = record.taxId
    ? await em.find(TaxIdentifierEntity, { customerId: candidate.customerId, country: record.country })
    : [];
  if (taxIds.some((t) => t.kind === record.taxId?.kind && t.value !== record.taxId?.value)) {
    return {
      kind: 'REVIEW',
      ...candidate,
      rule: 'NAME_CONFLICTING_TAX_ID',
      reasons: [...candidate.reasons, 'tax ids differ in the same country: never merged automatically'],
    };
  }
  return { kind: candidate.score >= configuration.thresholds.autoMerge ? 'MATCH' : 'REVIEW', ...candidate };
}

export async function matchCustomer(
  em: SqlEntityManager,
  record: MappedAttributes,
  configuration: MatchConfiguration,
  scoreNames: NameScorer,
): Promise<MatchOutcome> {
  const [best] = await findCandidates(em, record, scoreNames, 1);
  return best ? decideCandidate(em, record, best, configuration) : { kind: 'NONE' };
}
