import type { EntityManager } from '@mikro-orm/core';
import { badUserInput, notFound } from '../../../lib/errors';
import { assertMayReadRaw } from '../../kit/lookups';
import { assertVisible } from '../../kit/rowScope';
import type { ContractContext } from '../context';
import { ContractEntity, type Contract } from '../entities/Contract';
import { ContractModificationEntity, type ContractModification } from '../entities/ContractModification';
import { ObligationRevisionEntity, type ObligationRevision } from '../entities/ObligationRevision';
import { PerformanceObligationEntity, type PerformanceObligation } from '../entities/PerformanceObligation';
import { ProgressRecordEntity, type ProgressRecord } from '../entities/ProgressRecord';
import type { ObligationWithProduct } from '../revrec/modificationFacts';
import type { ObligationRevision as RevisionToAppend, RevenueImpact } from '../revrec/modifyContract';
import { obligationTerms } from './contractTerms';

/**
 * What a dated change to a contract (a modification, a re-estimate of variable consideration)
 * starts from and how its revisions are kept. Changes apply in date order and never rewrite one
 * made before: each appends revisions effective on its date.
 */

export interface ContractForChange {
  contract: Contract;
  obligations: PerformanceObligation[];
  revisions: ObligationRevision[];
  progress: ProgressRecord[];
  modifications: ContractModification[];
  /** The obligations a change can still affect (not cancelled by an earlier modification), as revrec/ reads them. */
  existing: ObligationWithProduct[];
}

export async function openForChange(
  em: EntityManager,
  context: ContractContext,
  contractId: string,
  effectiveDate: string,
  what: string,
  options: { readsAmounts: boolean },
): Promise<ContractForChange> {
  const contract = await em.findOne(ContractEntity, { id: contractId });
  if (!contract) throw notFound(`no contract ${contractId}`);
  assertVisible(context, contract.region, `Contract ${contract.id}`);
  // A caller's change is priced against the contract's amounts, and its refusals quote them.
  if (options.readsAmounts)
    assertMayReadRaw(context, 'Contract.transactionPrice', contract.region, `Contract ${contract.id}`);
  if (contract.status === 'DRAFT')
    throw badUserInput(
      `contract ${contract.id} is a draft awaiting its discount approval; ${what} must wait for it`,
      'contractId',
    );
  if (effectiveDate < contract.startDate)
    throw badUserInput(`${effectiveDate} is before the contract starts on ${contract.startDate}`, 'effectiveDate');
  const [obligations, revisions, progress, modifications] = await Promise.all([
    em.find(PerformanceObligationEntity, { contractId: contract.id }, { orderBy: { position: 'asc' } }),
    em.find(ObligationRevisionEntity, { contractId: contract.id }),
    em.find(
      ProgressRecordEntity,
      { contractId: contract.id },
      { orderBy: { asOf: 'asc', recordedAt: 'asc', id: 'asc' } },
    ),
    em.find(ContractModificationEntity, { contractId: contract.id }, { orderBy: { sequence: 'asc' } }),
  ]);
  const last = modifications.at(-1);
  if (last && effectiveDate < last.effectiveDate) {
    throw badUserInput(
      `${effectiveDate} is before the last change's date (${last.effectiveDate}); changes apply in date order`,
      'effectiveDate',
    );
  }
  const existing = obligations
    .filter((o) => !o.removedByModificationId)
    .map((o) => {
      const terms = obligationTerms(o, revisions, progress);
      return {
        ...terms,
        productCode: o.productCode ?? null,
        distinctUnits: o.distinctUnits,
        standaloneSellingPriceMinor: o.standaloneSellingPriceMinor ?? terms.revisions[0]?.allocatedMinor ?? 0,
      };
    });
  return { contract, obligations, revisions, progress, modifications, existing };
}

/** Stores the revisions a change appends, numbered after each obligation's existing ones. */
export function appendRevisions(
  em: EntityManager,
  change: Pick<ContractForChange, 'contract' | 'revisions'>,
  toAppend: readonly RevisionToAppend[],
  modificationId: string,
): void {
  const sequenceOf = (obligationId: string) =>
    change.revisions.filter((r) => r.obligationId === obligationId).length + 1;
  for (const { obligationId, revision } of toAppend) {
    const sequence = sequenceOf(obligationId);
    em.create(ObligationRevisionEntity, {
      id: `${obligationId}#${sequence}`,
      obligationId,
      contractId: change.contract.id,
      sequence,
      effectiveDate: revision.effectiveDate,
      allocatedMinor: revision.allocatedMinor,
      carriedMinor: revision.carriedMinor ?? null,
      treatment: revision.treatment,
      modificationId,
    });
  }
}

/** A change's revenue impact as the columns of its row in the contract's trail. */
export function impactColumns(impact: RevenueImpact): RevenueImpact {
  return {
    transactionPriceBeforeMinor: impact.transactionPriceBeforeMinor,
    transactionPriceAfterMinor: impact.transactionPriceAfterMinor,
    recognizedOnEffectiveDateMinor: impact.recognizedOnEffectiveDateMinor,
    remainingBeforeMinor: impact.remainingBeforeMinor,
    remainingAfterMinor: impact.remainingAfterMinor,
  };
}
