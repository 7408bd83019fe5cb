/**
 * What kind of modification a change is, from facts rather than from what the caller says
 * (ASC 606-10-25-12 and 25-13):
 * - added goods (when there are any) are distinct unless one has the product code of one good
 *   partly built (an INPUT_METHOD obligation that is not a series of distinct units): more of what
 *   is being built is a change to that build, not a new good;
 * - the price reflects standalone selling prices (when goods are added) when the change in
 *   consideration, less any price concession credited back, equals the added goods' SSPs, or falls
 *   within the sum of their observable ranges where the SSP table gives ranges (25-12(b)'s
 *   "appropriate adjustments");
 * - the goods that remain are distinct from those transferred unless one of them is one good
 *   partly built the day before: a ratable service is a series of distinct days, units delivered
 *   one by one are distinct units (25-14(b)), and a good not yet transferred stands apart.
 * Findings say why, without amounts: the trail shows them to roles that may not see the prices.
 */
import { addDays } from '../../../lib/calendar';
import type { ExistingObligation } from './modifyContract';
import { fractionSatisfied } from './revenueSchedule';

export interface ObligationWithProduct extends ExistingObligation {
  productCode: string | null;
  /** INPUT_METHOD: a series of distinct units delivered rather than one good being built. */
  distinctUnits: boolean;
}

export interface AddedGood {
  id: string;
  productCode: string | null;
  standaloneSellingPriceMinor: number;
  /** From the SSP table, when it gives a range for the product. */
  observableRangeMinor?: { min: number; max: number };
}

export interface ModificationFactsInput {
  effectiveDate: string;
  considerationChangeMinor: number;
  priceConcessionMinor?: number;
  added: readonly AddedGood[];
  removedIds: readonly string[];
}

export interface ModificationFlags {
  addedGoodsDistinct: boolean;
  priceReflectsStandaloneSellingPrice: boolean;
  remainingGoodsDistinct: boolean;
}

export interface ModificationFacts extends ModificationFlags {
  findings: string[];
}

/** One good partly built: an INPUT_METHOD obligation, not a series of distinct units, with progress between 0 and 1. */
function partlyBuilt(obligation: ObligationWithProduct, date: string): boolean {
  if (obligation.pattern !== 'INPUT_METHOD' || obligation.distinctUnits) return false;
  const f = fractionSatisfied(obligation, date);
  return f.numerator > 0n && f.numerator < f.denominator;
}

function addedDistinct(
  obligations: readonly ObligationWithProduct[],
  input: ModificationFactsInput,
  findings: string[],
) {
  const dayBefore = addDays(input.effectiveDate, -1);
  if (input.added.length === 0) {
    findings.push('no goods are added');
    return false;
  }
  const inProgress = obligations.filter((o) => o.productCode && partlyBuilt(o, dayBefore));
  let distinct = true;
  for (const good of input.added) {
    const extends_ = inProgress.find((o) => o.productCode === good.productCode);
    if (extends_) {
      distinct = false;
      findings.push(
        `added ${good.id} is product ${good.productCode}, which obligation ${extends_.id} is partly through building: not distinct`,
      );
    }
  }
  if (distinct) findings.push('the added goods are distinct: none extends a good partly built');
  return distinct;
}

function priceReflectsSsp(input: ModificationFactsInput, findings: string[]): boolean {
  if (input.added.length === 0) return false;
  const change = input.considerationChangeMinor + (input.priceConcessionMinor ?? 0);
  const ranged = input.added.every((g) => g.observableRangeMinor);
  const low = input.added.reduce((sum, g) => sum + (g.observableRangeMinor?.min ?? g.standaloneSellingPriceMinor), 0);
  const high = input.added.reduce((sum, g) => sum + (g.observableRangeMinor?.max ?? g.standaloneSellingPriceMinor), 0);
  const reflects = low <= change && change <= high;
  findings.push(
    reflects
      ? `the price change reflects the added goods' standalone selling prices${ranged ? ' (within their observable ranges)' : ''}`
      : `the price change does not reflect the added goods' standalone selling prices${ranged ? ' (outside their observable ranges)' : ''}`,
  );
  return reflects;
}

function remainingDistinct(
  obligations: readonly ObligationWithProduct[],
  input: ModificationFactsInput,
  findings: string[],
): boolean {
  const dayBefore = addDays(input.effectiveDate, -1);
  const partly = obligations.filter((o) => !input.removedIds.includes(o.id) && partlyBuilt(o, dayBefore));
  for (const o of partly)
    findings.push(`obligation ${o.id} is one good partly built: what remains of it is not distinct`);
  if (partly.length === 0)
    findings.push('what remains is distinct from what was transferred: no obligation is one good partly built');
  return partly.length === 0;
}

export function modificationFacts(
  obligations: readonly ObligationWithProduct[],
  input: ModificationFactsInput,
): ModificationFacts {
  const findings: string[] = [];
  const addedGoodsDistinct = addedDistinct(obligations, input, findings);
  const priceReflectsStandaloneSellingPrice = priceReflectsSsp(input, findings);
  const remainingGoodsDistinct = remainingDistinct(obligations, input, findings);
  return { addedGoodsDistinct, priceReflectsStandaloneSellingPrice, remainingGoodsDistinct, findings };
}
