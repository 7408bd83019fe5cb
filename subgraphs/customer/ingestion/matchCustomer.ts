import type { SqlEntityManager } from '@mikro-orm/knex';
import { sql } from '@mikro-orm/core';
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

function blockingPrefix(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '').slice(0, 3);
}

export async function matchCustomer(
  em: SqlEntityManager,
  record: MappedAttributes,
  configuration: MatchConfiguration,
  scoreNames: NameScorer,
): Promise<MatchOutcome> {
  if (record.taxId) {
    const same = await em.findOne(TaxIdentifierEntity, { value: record.taxId.value, country: record.taxId.country });
    if (same) return { kind: 'MATCH', customerId: same.customerId, score: 1, rule: 'TAX_ID', reasons: [`same ${record.taxId.kind} ${record.taxId.country}`] };
  }
  if (record.duns) {
    const same = await em.findOne(CustomerEntity, { duns: record.duns });
    if (same) return { kind: 'MATCH', customerId: same.id, score: 1, rule: 'DUNS', reasons: ['same D-U-N-S number'] };
  }
  if (!record.legalName || !record.country) return { kind: 'NONE' };
  const prefix = blockingPrefix(record.legalName);
  if (prefix.length === 0) return { kind: 'NONE' };
  const block: Customer[] = await em.find(
    CustomerEntity,
    { country: record.country, $or: [{ [sql.lower('legal_name')]: { $like: `${prefix}%` } }, { [sql.lower('name')]: { $like: `${prefix}%` } }] },
    { limit: BLOCK_LIMIT },
  );
  let best: { customer: Customer; score: number; reasons: string[] } | undefined;
  for (const customer of block) {
    const { score, reasons } = scoreNames(record.legalName, customer.legalName ?? customer.name);
    if (!best || score > best.score) best = { customer, score, reasons };
  }
  if (!best || best.score < configuration.thresholds.review) return { kind: 'NONE' };
  const taxIds = await em.find(TaxIdentifierEntity, { customerId: best.customer.id, country: record.country });
  if (record.taxId && taxIds.some((t) => t.kind === record.taxId?.kind && t.value !== record.taxId?.value)) {
    return { kind: 'REVIEW', customerId: best.customer.id, score: best.score, rule: 'NAME_CONFLICTING_TAX_ID', reasons: [...best.reasons, 'tax ids differ in the same country: never merged automatically'] };
  }
  const kind = best.score >= configuration.thresholds.autoMerge ? 'MATCH' : 'REVIEW';
  return { kind, customerId: best.customer.id, score: best.score, rule: 'NAME', reasons: best.reasons };
}
