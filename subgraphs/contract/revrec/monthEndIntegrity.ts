/**
 * Referential integrity for the month-end close: the contracts (with the revenue their schedule
 * recognises in the period) against the general-ledger revenue lines posted for that period.
 *
 * Each defect is reported once, where it is found first:
 * - a line without a known contract is a missing-contract defect only: it belongs to no contract's total;
 * - a contract with scheduled revenue and no line at all is reported as without lines, not as a mismatch;
 * - a line with a known contract but a missing or foreign obligation still counts toward its
 *   contract's posted total (the money is on the right contract), and is reported for its obligation.
 * A contract with a line in another currency is one CURRENCY mismatch: lines in different currencies
 * cannot be added, so its posted total is the sum of its lines in the contract's currency only.
 * Differences are posted less scheduled. Lists are ordered by contract id (a missing one first), then
 * line id, in code-unit order.
 */
import type { LedgerMismatchReason } from '../generated/enums';

export interface LedgerLine {
  id: string;
  /** `YYYY-MM` */
  period: string;
  account: string;
  contractId: string | null;
  obligationId: string | null;
  amountMinor: number;
  currency: string;
}

export interface ContractInPeriod {
  contractId: string;
  currency: string;
  obligationIds: readonly string[];
  /** revenue the schedule recognises in the period */
  scheduledMinor: number;
}

export interface IntegrityReport {
  period: string;
  /** Contracts with scheduled revenue (non-zero) in the period but no ledger line. */
  contractsWithoutLedgerLines: { contractId: string; scheduledMinor: number; currency: string }[];
  /** Lines whose contract id is missing or unknown. */
  linesWithMissingContract: { lineId: string; contractId: string | null }[];
  /** Lines whose contract is known but whose obligation id is missing or not one of the contract's. */
  linesWithMissingObligation: { lineId: string; contractId: string; obligationId: string | null }[];
  /** Contracts whose posted total in their currency differs from the schedule, or with a line in another currency. */
  amountMismatches: {
    contractId: string;
    currency: string;
    scheduledMinor: number;
    postedMinor: number;
    differenceMinor: number;
    reason: LedgerMismatchReason;
  }[];
  /** True when every list is empty. */
  clean: boolean;
}

// Plain code-unit order: the same on every machine, unlike localeCompare.
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byContractThenLine(
  a: { contractId: string | null; lineId: string },
  b: { contractId: string | null; lineId: string },
): number {
  return compareStrings(a.contractId ?? '', b.contractId ?? '') || compareStrings(a.lineId, b.lineId);
}

function linesByContract(
  lines: readonly LedgerLine[],
  known: ReadonlyMap<string, ContractInPeriod>,
): Map<string, LedgerLine[]> {
  const grouped = new Map<string, LedgerLine[]>();
  for (const line of lines) {
    if (line.contractId === null || !known.has(line.contractId)) continue;
    const group = grouped.get(line.contractId) ?? [];
    group.push(line);
    grouped.set(line.contractId, group);
  }
  return grouped;
}

function mismatchOf(
  contract: ContractInPeriod,
  lines: readonly LedgerLine[],
): IntegrityReport['amountMismatches'][number] | null {
  const inCurrency = lines.filter((line) => line.currency === contract.currency);
  const postedMinor = inCurrency.reduce((sum, line) => sum + line.amountMinor, 0);
  const reason =
    inCurrency.length < lines.length ? 'CURRENCY' : postedMinor !== contract.scheduledMinor ? 'AMOUNT' : null;
  if (reason === null) return null;
  const { contractId, currency, scheduledMinor } = contract;
  return { contractId, currency, scheduledMinor, postedMinor, differenceMinor: postedMinor - scheduledMinor, reason };
}

export function monthEndIntegrity(
  period: string,
  contracts: readonly ContractInPeriod[],
  lines: readonly LedgerLine[],
): IntegrityReport {
  const known = new Map(contracts.map((contract) => [contract.contractId, contract]));
  const inPeriod = lines.filter((line) => line.period === period);
  const grouped = linesByContract(inPeriod, known);

  const linesWithMissingContract = inPeriod
    .filter((line) => line.contractId === null || !known.has(line.contractId))
    .map((line) => ({ lineId: line.id, contractId: line.contractId }))
    .sort(byContractThenLine);

  const linesWithMissingObligation = [...grouped.values()]
    .flat()
    .filter(
      (line) =>
        line.obligationId === null || !known.get(line.contractId as string)?.obligationIds.includes(line.obligationId),
    )
    .map((line) => ({ lineId: line.id, contractId: line.contractId as string, obligationId: line.obligationId }))
    .sort(byContractThenLine);

  const sortedContracts = [...known.values()].sort((a, b) => compareStrings(a.contractId, b.contractId));
  const contractsWithoutLedgerLines = sortedContracts
    .filter((contract) => contract.scheduledMinor !== 0 && !grouped.has(contract.contractId))
    .map(({ contractId, scheduledMinor, currency }) => ({ contractId, scheduledMinor, currency }));

  const amountMismatches = sortedContracts
    .filter((contract) => grouped.has(contract.contractId))
    .map((contract) => mismatchOf(contract, grouped.get(contract.contractId) as LedgerLine[]))
    .filter((mismatch) => mismatch !== null);

  const clean =
    contractsWithoutLedgerLines.length +
      linesWithMissingContract.length +
      linesWithMissingObligation.length +
      amountMismatches.length ===
    0;
  return {
    period,
    contractsWithoutLedgerLines,
    linesWithMissingContract,
    linesWithMissingObligation,
    amountMismatches,
    clean,
  };
}
