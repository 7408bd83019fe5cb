import { isIsoMonth, lastDayOfMonth, today } from '../../../lib/calendar';
import { badUserInput } from '../../../lib/errors';
import { parseMoney } from '../../../lib/money';
import { requiredText } from '../../../lib/textInput';
import { moneyField } from '../../kit/moneyResolvers';
import { visibleRegions } from '../../kit/rowScope';
import type { ContractContext } from '../context';
import { ContractEntity, type Contract } from '../entities/Contract';
import { LedgerLineEntity, type LedgerLineRecord } from '../entities/LedgerLine';
import type { Resolvers } from '../generated/resolvers';
import type { ContractLedgerCheckParent } from '../parents';
import {
  monthEndIntegrity,
  type ContractInPeriod,
  type IntegrityReport,
  type LedgerLine,
} from '../revrec/monthEndIntegrity';
import { contractSchedule } from '../revrec/revenueSchedule';
import { loadRevenueData } from '../revenue/contractTerms';

/** The general ledger's revenue lines, and month-end close: do contracts and ledger agree for a period? */

const MAX_LINES_PER_POST = 5000;

function period(value: string, field = 'period'): string {
  if (!isIsoMonth(value)) throw badUserInput(`${field} must be a month like 2026-10, got "${value}"`, field);
  return value;
}

function toLedgerLine(record: LedgerLineRecord): LedgerLine {
  return { ...record, contractId: record.contractId ?? null, obligationId: record.obligationId ?? null };
}

/** What the schedule recognises for a contract in the period; a draft recognises nothing. */
async function contractInPeriod(
  context: ContractContext,
  contract: Contract,
  month: string,
): Promise<ContractInPeriod> {
  const data = await loadRevenueData(context.loaders, contract.id, today());
  const scheduledMinor =
    contract.status === 'DRAFT' || data.terms.length === 0
      ? 0
      : contractSchedule(data.terms, data.billings, month, month).totals[0].recognizedMinor;
  return {
    contractId: contract.id,
    currency: contract.currency,
    obligationIds: data.obligations.map((o) => o.id),
    scheduledMinor,
  };
}

/** One contract's standing in the period, shaped for ContractLedgerCheck (region and currency travel with it for the policy). */
function ledgerCheck(
  contract: Contract,
  month: string,
  inPeriod: ContractInPeriod,
  report: IntegrityReport,
  lines: readonly LedgerLine[],
): ContractLedgerCheckParent {
  const mismatch = report.amountMismatches.find((m) => m.contractId === contract.id);
  const own = lines.filter((line) => line.contractId === contract.id);
  const postedMinor = own
    .filter((line) => line.currency === contract.currency)
    .reduce((sum, line) => sum + line.amountMinor, 0);
  const lineById = new Map(own.map((line) => [line.id, line]));
  return {
    contract,
    period: month,
    currency: contract.currency,
    region: contract.region,
    customerId: contract.customerId,
    scheduledMinor: inPeriod.scheduledMinor,
    postedMinor,
    mismatch: mismatch?.reason ?? null,
    hasLedgerLines: own.length > 0,
    linesWithUnknownObligation: report.linesWithMissingObligation
      .filter((problem) => problem.contractId === contract.id)
      .map((problem) => ({
        ...(lineById.get(problem.lineId) as LedgerLine),
        region: contract.region,
        customerId: contract.customerId,
      })),
  };
}

export const ledgerResolvers: Resolvers = {
  Query: {
    monthEndIntegrity: async (_root, args, context) => {
      const month = period(args.period);
      const scope = visibleRegions(context);
      const scoped = scope === 'ALL' ? {} : { region: { $in: [...scope] } };
      const records = await context.em.find(LedgerLineEntity, { period: month }, { orderBy: { id: 'asc' } });
      const named = [...new Set(records.map((r) => r.contractId).filter((id): id is string => Boolean(id)))];
      // Contracts that started by the period's end, and any contract a line names (it exists, even if it starts later).
      const contracts = await context.em.find(
        ContractEntity,
        { $and: [scoped, { $or: [{ startDate: { $lte: lastDayOfMonth(month) } }, { id: { $in: named } }] }] },
        { orderBy: { id: 'asc' } },
      );
      const inPeriod = await Promise.all(contracts.map((contract) => contractInPeriod(context, contract, month)));
      // Lines of contracts outside the caller's regions are neither shown nor called orphans.
      const visible = new Set(contracts.map((c) => c.id));
      const outOfScope =
        scope === 'ALL'
          ? new Set<string>()
          : new Set(
              (
                await context.em.find(
                  ContractEntity,
                  { id: { $in: named.filter((id) => !visible.has(id)) } },
                  { fields: ['id'] },
                )
              ).map((c) => c.id),
            );
      const lines = records.map(toLedgerLine).filter((line) => !line.contractId || !outOfScope.has(line.contractId));
      const report = monthEndIntegrity(month, inPeriod, lines);
      const indexOf = new Map(contracts.map((c, i) => [c.id, i]));
      const checkOf = (contractId: string): ContractLedgerCheckParent => {
        const index = indexOf.get(contractId) as number;
        return ledgerCheck(contracts[index], month, inPeriod[index], report, lines);
      };
      const lineOf = new Map(lines.map((line) => [line.id, line]));
      return {
        period: month,
        clean: report.clean,
        contractsWithoutLedgerLines: report.contractsWithoutLedgerLines.map((c) => checkOf(c.contractId)),
        amountMismatches: report.amountMismatches.map((m) => checkOf(m.contractId)),
        linesWithMissingContract: report.linesWithMissingContract.map((l) => ({
          ...(lineOf.get(l.lineId) as LedgerLine),
          region: 'UNKNOWN',
        })),
        linesWithMissingObligation: report.linesWithMissingObligation.map((l) => {
          const contract = contracts[indexOf.get(l.contractId) as number];
          return {
            ...(lineOf.get(l.lineId) as LedgerLine),
            region: contract?.region ?? 'UNKNOWN',
            customerId: contract?.customerId,
          };
        }),
      };
    },
  },

  Mutation: {
    postLedgerLines: async (_root, args, context) => {
      if (args.lines.length === 0 || args.lines.length > MAX_LINES_PER_POST)
        throw badUserInput(`post 1 to ${MAX_LINES_PER_POST} lines at a time`, 'lines');
      const postedAt = new Date();
      const parsed = args.lines.map((line, i) => {
        const { minor, currency } = parseMoney({ amount: line.amount, currency: line.currency }, `lines[${i}].amount`);
        return {
          id: requiredText(line.id, `lines[${i}].id`, 80),
          period: period(line.period, `lines[${i}].period`),
          account: requiredText(line.account, `lines[${i}].account`, 32),
          contractId: line.contractId ? requiredText(line.contractId, `lines[${i}].contractId`, 64) : null,
          obligationId: line.obligationId ? requiredText(line.obligationId, `lines[${i}].obligationId`, 80) : null,
          amountMinor: minor,
          currency,
          postedAt,
        };
      });
      if (new Set(parsed.map((line) => line.id)).size !== parsed.length)
        throw badUserInput('a line id appears twice in the batch', 'lines');
      return context.em.transactional(async (em) => {
        const known = new Set(
          (await em.find(LedgerLineEntity, { id: { $in: parsed.map((line) => line.id) } }, { fields: ['id'] })).map(
            (line) => line.id,
          ),
        );
        const fresh = parsed.filter((line) => !known.has(line.id));
        for (const line of fresh) em.create(LedgerLineEntity, line);
        return fresh.length;
      });
    },
  },

  Contract: {
    ledgerCheck: async (contract, args, context) => {
      const month = period(args.period);
      const [inPeriod, records] = await Promise.all([
        contractInPeriod(context, contract, month),
        context.loaders.ledgerLinesOfContract.load(contract.id),
      ]);
      const lines = records.filter((line) => line.period === month).map(toLedgerLine);
      return ledgerCheck(contract, month, inPeriod, monthEndIntegrity(month, [inPeriod], lines), lines);
    },
  },

  ContractLedgerCheck: {
    scheduled: moneyField('scheduledMinor'),
    posted: moneyField('postedMinor'),
    difference: (check) => ({ minor: check.postedMinor - check.scheduledMinor, currency: check.currency }),
  },

  LedgerLineProblem: {
    lineId: (line) => line.id,
    amount: moneyField('amountMinor'),
  },
};
