import { addMonths, monthOf, monthsFromTo, today } from '../../../lib/calendar';
import { badUserInput } from '../../../lib/errors';
import { pageSize } from '../../../lib/pagination';
import { moneyField } from '../../kit/moneyResolvers';
import { visibleRegions } from '../../kit/rowScope';
import type { ContractContext } from '../context';
import { ContractEntity, type Contract } from '../entities/Contract';
import { contractBalances } from '../revrec/contractBalances';
import { journalLines } from '../revrec/journalEntries';
import { contractSchedule, revenueSummary } from '../revrec/revenueSchedule';
import {
  compareWaterfallKeys,
  revenueWaterfall,
  type WaterfallDimension,
  type WaterfallKey,
  type WaterfallSource,
} from '../revrec/revenueWaterfall';
import type { Resolvers } from '../generated/resolvers';
import { currencyOf } from './contractInput';
import { loadRevenueData } from './contractTerms';
import { recognises } from './customerRevenue';
import { month, owned, scheduleMonths } from './revenueResolvers';

/**
 * What finance reads to close the books: a contract's balances reconciled to its schedule, the
 * journal entries the schedule implies, and the revenue waterfall across contracts. Every amount is
 * FINANCIAL, decided by the region of its contract.
 */

const MAX_FINANCE_MONTHS = 36;

function monthRange(from: string, to: string): string[] {
  if (to < from) throw badUserInput('to is before from', 'to');
  const months = monthsFromTo(from, to);
  if (months.length > MAX_FINANCE_MONTHS) throw badUserInput(`at most ${MAX_FINANCE_MONTHS} months`, 'to');
  return months;
}

function monthBefore(value: string): string {
  return monthOf(addMonths(`${value}-01`, -1));
}

/** Revenue each obligation of the contracts in scope recognises in each month, a batch of contracts at a time. */
async function* waterfallSources(
  context: ContractContext,
  from: string,
  to: string,
  currency: string | null,
): AsyncGenerator<WaterfallSource> {
  const scope = visibleRegions(context);
  const batch = 200;
  for (let after = ''; ;) {
    const contracts = await context.em.find(
      ContractEntity,
      {
        id: { $gt: after },
        status: { $ne: 'DRAFT' },
        ...(currency ? { currency } : {}),
        ...(scope === 'ALL' ? {} : { region: { $in: [...scope] } }),
      },
      { orderBy: { id: 'asc' }, limit: batch },
    );
    if (contracts.length === 0) return;
    const loaded = await Promise.all(contracts.map((c) => loadRevenueData(context.loaders, c.id, today())));
    for (const [i, contract] of contracts.entries()) {
      const data = loaded[i];
      if (data.terms.length === 0) continue;
      const schedule = contractSchedule(data.terms, data.billings, from, to);
      for (const [k, obligation] of schedule.obligations.entries())
        for (const row of obligation.rows)
          yield {
            month: row.month,
            region: contract.region,
            currency: contract.currency,
            customerId: contract.customerId,
            segment: contract.segment ?? null,
            productCode: data.obligations[k].productCode ?? null,
            recognizedMinor: row.recognizedMinor,
          };
    }
    after = contracts[contracts.length - 1].id;
  }
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** An opaque cursor: the row's key in the waterfall's order, so a page continues after it even if rows change. */
function cursorOf(row: WaterfallKey): string {
  const { month: m, region, currency, customerId, segment, productCode } = row;
  return Buffer.from(JSON.stringify({ month: m, region, currency, customerId, segment, productCode })).toString(
    'base64url',
  );
}

function keyOf(cursor: string): WaterfallKey {
  const refused = () => badUserInput('after is not a cursor this query gave', 'after');
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refused();
  }
  if (!key || typeof key !== 'object') throw refused();
  for (const field of ['month', 'region', 'currency', 'customerId', 'segment', 'productCode']) {
    const value = (key as Record<string, unknown>)[field];
    if (value !== null && typeof value !== 'string') throw refused();
  }
  return key as WaterfallKey;
}

async function balancesOf(contract: Contract, context: ContractContext, asOf: string) {
  const { loaders } = context;
  const [data, invoices] = await Promise.all([
    loadRevenueData(loaders, contract.id, today()),
    loaders.invoices.load(contract.id),
  ]);
  const [payments, writeOffs] = await Promise.all([
    Promise.all(invoices.map((invoice) => loaders.payments.load(invoice.id))),
    Promise.all(invoices.map((invoice) => loaders.writeOffs.load(invoice.id))),
  ]);
  const summary =
    recognises(contract) && data.terms.length > 0
      ? revenueSummary(data.terms, data.billings, asOf)
      : { recognizedToDateMinor: 0, billedToDateMinor: 0, deferredMinor: 0, unbilledMinor: 0 };
  return contractBalances(
    summary,
    invoices.map((invoice, i) => ({
      issueDate: invoice.issueDate,
      amountMinor: invoice.amountMinor,
      void: invoice.status === 'VOID',
      payments: payments[i],
      writtenOff: writeOffs[i]
        .filter((w) => w.status === 'APPROVED' && w.decidedAt)
        .map((w) => ({ decidedOn: (w.decidedAt as Date).toISOString().slice(0, 10), amountMinor: w.amountMinor })),
    })),
    asOf,
  );
}

export const financeResolvers: Resolvers = {
  Query: {
    revenueWaterfall: async (_root, args, context) => {
      const from = month(args.from, 'from') as string;
      const to = month(args.to, 'to') as string;
      monthRange(from, to);
      const first = pageSize(args.first, context.config.maxPageSize, 100);
      const groupBy: WaterfallDimension[] = args.groupBy ?? ['CUSTOMER', 'SEGMENT', 'PRODUCT'];
      const currency = args.currency ? currencyOf(args.currency) : null;
      const after = args.after ? keyOf(args.after) : null;
      const rows = revenueWaterfall(await collect(waterfallSources(context, from, to, currency)), groupBy);
      const start = after ? rows.findIndex((row) => compareWaterfallKeys(row, after) > 0) : 0;
      return (start === -1 ? [] : rows.slice(start, start + first)).map((row) => ({ ...row, cursor: cursorOf(row) }));
    },
  },

  Contract: {
    balances: async (contract, args, context) => {
      const asOf = args.asOf ?? today();
      if (asOf > today()) throw badUserInput('balances are for a day that has passed (or today)', 'asOf');
      return owned({ asOf, ...(await balancesOf(contract, context, asOf)) }, contract);
    },
    journalEntries: async (contract, args, { loaders }) => {
      if (!recognises(contract)) return [];
      const data = await loadRevenueData(loaders, contract.id, today());
      if (data.terms.length === 0) return [];
      const [from, to] = scheduleMonths(
        contract,
        data.obligations.flatMap((o) => [o.endDate, o.transferDate]),
        args,
      );
      const months = monthRange(from, to);
      // One month more in front: its end is the first entry's opening position.
      const schedule = contractSchedule(data.terms, data.billings, monthBefore(from), to);
      return months.map((period, i) => {
        const lines = journalLines(schedule, i + 1, schedule.totals[i]);
        const debits = lines.reduce((sum, line) => sum + line.debitMinor, 0);
        const credits = lines.reduce((sum, line) => sum + line.creditMinor, 0);
        return owned(
          {
            period,
            contractId: contract.id,
            lines: lines.map((line) => owned(line, contract)),
            balanced: debits === credits,
          },
          contract,
        );
      });
    },
  },

  ContractBalances: {
    contractAsset: moneyField('contractAssetMinor'),
    contractLiability: moneyField('contractLiabilityMinor'),
    receivable: moneyField('receivableMinor'),
    recognizedToDate: moneyField('recognizedToDateMinor'),
    billedToDate: moneyField('billedToDateMinor'),
  },

  JournalLine: {
    debit: moneyField('debitMinor'),
    credit: moneyField('creditMinor'),
  },

  RevenueWaterfallRow: {
    recognized: moneyField('recognizedMinor'),
  },
};
