import { randomUUID } from 'node:crypto';
import { addMonths, isIsoMonth, lastDayOfMonth, monthOf, monthsFromTo, today } from '../../../lib/calendar';
import { compareFractions, decimalFraction, type Fraction } from '../../../lib/decimal';
import { badUserInput, notFound } from '../../../lib/errors';
import { currencyExponent, inCurrency } from '../../../lib/money';
import { pageSize } from '../../../lib/pagination';
import { moneyField } from '../../kit/moneyResolvers';
import { assertVisible, visibleRegions } from '../../kit/rowScope';
import type { ContractContext } from '../context';
import type { GovernedCustomer } from '../../kit/customerDirectory';
import { ContractEntity, type Contract } from '../entities/Contract';
import { PerformanceObligationEntity } from '../entities/PerformanceObligation';
import { ProgressRecordEntity } from '../entities/ProgressRecord';
import { ContractModificationEntity } from '../entities/ContractModification';
import { forecastDeferredRevenue, type ForecastContract } from '../revrec/forecastDeferredRevenue';
import { tierInForce } from '../revrec/pricingTiers';
import { allocationOn, contractSchedule, type ScheduleRow } from '../revrec/revenueSchedule';
import { validateContract } from '../revrec/validateContract';
import { isRegion } from '../../../lib/regions';
import { withTablePrices } from '../pricing/standaloneSellingPrices';
import { toAllocationRequest } from './contractInput';
import { loadRevenueData, obligationTerms, variableComponentsOf } from './contractTerms';
import { createContract, priceContract } from './createContract';
import { recordModification } from './recordModification';
import { revenueKey, type ContractRevenueFigures } from './revenueSnapshots';
import { customerRevenue, recognises, type RevenueFigure, type RevenueInCurrency } from './customerRevenue';
import { MAX_REVENUE_ROW_DAYS, withheldDaysCollapsed, type RevenueRow } from './revenueRows';
import { revenueRowColumns } from './revenueRowColumns';
import { governedRows } from '../../kit/copies';
import { reestimateVariableConsideration } from './reestimateVariableConsideration';
import { keepRevenueSummaries, MAX_SUMMARY_PAGE } from './keepRevenueSummaries';
import type { ContractRevenueScheduleArgs, Resolvers } from '../generated/resolvers';
import type { OfContract } from '../parents';

/** Contracts as revenue: allocation, schedules, customer revenue, the deferred forecast and the revenue rules. */

export const MAX_SCHEDULE_MONTHS = 240;

/** Probabilities are stored as floating point (PostgreSQL may keep single precision): six decimals are what was meant. */
const roundProbability = (probability: number) => Math.round(probability * 1e6) / 1e6;

export function owned<T extends object>(
  value: T,
  contract: Pick<Contract, 'currency' | 'region' | 'customerId'>,
): OfContract<T> {
  return { ...value, currency: contract.currency, region: contract.region, customerId: contract.customerId };
}

/** Minor units before rounding, as a decimal string in the major unit with four more places. */
function unroundedAmount(unroundedMinor: number, currency: string): string {
  return (unroundedMinor / 10 ** currencyExponent(currency)).toFixed(currencyExponent(currency) + 4);
}

export function month(value: string | null | undefined, field: string): string | null {
  if (value == null) return null;
  if (!isIsoMonth(value)) throw badUserInput(`${field} must be a month like 2026-11, got "${value}"`, field);
  return value;
}

/** The months a schedule covers: asked for, or the contract's first to last month. */
export function scheduleMonths(
  contract: Contract,
  lastDates: (string | null | undefined)[],
  args: ContractRevenueScheduleArgs,
): [string, string] {
  const ends = [contract.endDate, ...lastDates].filter((d): d is string => Boolean(d)).sort();
  const from = month(args.from, 'from') ?? monthOf(contract.startDate);
  const defaultTo = monthOf(ends.at(-1) ?? addMonths(contract.startDate, 11));
  // Unasked, a very long contract shows its first years rather than an error.
  const to =
    month(args.to, 'to') ?? [defaultTo, monthsFromTo(from, defaultTo)[MAX_SCHEDULE_MONTHS - 1] ?? defaultTo].sort()[0];
  if (to < from) throw badUserInput('to is before from', 'to');
  if (monthsFromTo(from, to).length > MAX_SCHEDULE_MONTHS)
    throw badUserInput(`a schedule covers at most ${MAX_SCHEDULE_MONTHS} months`, 'to');
  return [from, to];
}

function periodRows(rows: ScheduleRow[], contract: Contract) {
  return rows.map((row) => owned(row, contract));
}

async function contractsOf(customer: GovernedCustomer, context: ContractContext): Promise<Contract[]> {
  const lists = await context.loaders.contractsOfCustomer.loadMany(customer.customerIds);
  return lists.flatMap((list) => (Array.isArray(list) ? list : [])).filter(recognises);
}

/** The customer's revenue on a day, per currency, from its contracts' summaries (kept or computed). */
async function revenueOn(
  customer: GovernedCustomer,
  asOf: string,
  context: ContractContext,
): Promise<RevenueInCurrency[]> {
  const contracts = await contractsOf(customer, context);
  const figures = await Promise.all(
    contracts.map((contract) => context.loaders.contractRevenue.load(revenueKey(contract.id, asOf))),
  );
  return customerRevenue(contracts, figures);
}

export const revenueResolvers: Resolvers = {
  Query: {
    allocateTransactionPrice: async (_root, args, context) => {
      const parsed = toAllocationRequest(args.input);
      const { currency } = parsed;
      const { region, segment, pricingTier, on } = args.input;
      if (region != null && !isRegion(region)) throw badUserInput(`"${region}" is not a region code`, 'region');
      const priced = (obligations: typeof parsed.allocation.obligations) =>
        region
          ? withTablePrices(context, context.em, obligations, {
              region,
              currency,
              segment: segment ?? null,
              pricingTier: pricingTier ?? 'LIST',
              date: on ?? today(),
            })
          : obligations;
      const request = {
        ...parsed,
        allocation: { ...parsed.allocation, obligations: await priced(parsed.allocation.obligations) },
      };
      const { variables, allocation, discount } = inCurrency(currency, () => priceContract(request));
      const variableConsiderations = variables.map((variable) => ({
        key: variable.key,
        method: variable.method,
        estimate: { minor: variable.estimateMinor, currency },
        included: { minor: variable.includedMinor, currency },
        constrained: variable.constrained,
        allocatedToObligations: variable.allocatedTo,
      }));
      return {
        currency,
        method: allocation.method,
        transactionPrice: { minor: allocation.transactionPriceMinor, currency },
        discount: { minor: allocation.discountMinor, currency },
        discountBasisPoints: discount.discountBasisPoints,
        discountNeedsApproval: discount.needsApproval,
        variableConsideration: variableConsiderations[0] ?? null,
        variableConsiderations,
        allocations: allocation.allocations.map((a) => ({
          key: a.obligationId,
          amount: { minor: a.amountMinor, currency },
          unrounded: unroundedAmount(a.unroundedMinor, currency),
        })),
      };
    },

    contractValidationIssues: async (_root, args, context) => {
      const first = pageSize(args.first, context.config.maxPageSize, 50);
      const scope = visibleRegions(context);
      const reports: { contract: Contract; violations: ReturnType<typeof validateContract> }[] = [];
      const batch = 500;
      // Walks the contracts in id order, a batch at a time, until `first` offenders are found.
      for (let after = ''; reports.length < first;) {
        const contracts = await context.em.find(
          ContractEntity,
          { id: { $gt: after }, ...(scope === 'ALL' ? {} : { region: { $in: [...scope] } }) },
          { orderBy: { id: 'asc' }, limit: batch },
        );
        if (contracts.length === 0) break;
        const checked = await Promise.all(
          contracts.map(async (contract) => ({ contract, violations: await violationsOf(contract, context) })),
        );
        reports.push(...checked.filter((c) => c.violations.length > 0));
        after = contracts[contracts.length - 1].id;
      }
      return reports.slice(0, first);
    },
  },

  Mutation: {
    keepRevenueSummaries: (_root, args, { em }) => {
      const first = args.first ?? MAX_SUMMARY_PAGE;
      if (!Number.isInteger(first) || first < 1 || first > MAX_SUMMARY_PAGE)
        throw badUserInput(`\`first\` must be between 1 and ${MAX_SUMMARY_PAGE}`, 'first');
      return keepRevenueSummaries(em, args.after ?? null, first);
    },
    createContract: (_root, args, context) => createContract(context, args.input),
    modifyContract: (_root, args, context) => recordModification(context, args.input),
    reestimateVariableConsideration: (_root, args, context) => reestimateVariableConsideration(context, args.input),

    recordProgress: async (_root, args, context) => {
      const { obligationId, asOf, completedUnits, totalUnits } = args.input;
      // The Decimal scalar read both, so both are decimals.
      const [completed, total] = [completedUnits, totalUnits].map((units) => decimalFraction(units) as Fraction);
      if (total.numerator <= 0n || completed.numerator < 0n || compareFractions(completed, total) > 0) {
        throw badUserInput('progress needs 0 <= completedUnits <= totalUnits and totalUnits > 0', 'completedUnits');
      }
      return context.em.transactional(async (em) => {
        const obligation = await em.findOne(PerformanceObligationEntity, { id: obligationId });
        if (!obligation) throw notFound(`no performance obligation ${obligationId}`);
        const contract = (await em.findOneOrFail(ContractEntity, { id: obligation.contractId })) as Contract;
        assertVisible(context, contract.region, `Contract ${contract.id}`);
        if (obligation.pattern !== 'INPUT_METHOD')
          throw badUserInput(
            `obligation ${obligationId} is ${obligation.pattern}; only INPUT_METHOD obligations measure progress`,
            'obligationId',
          );
        const progress = await em.find(ProgressRecordEntity, { obligationId });
        // Revenue of days already measured (or modified) stays as it was: progress only moves forward in time.
        const [lastModification] = await em.find(
          ContractModificationEntity,
          { contractId: contract.id },
          { orderBy: { sequence: 'desc' }, limit: 1 },
        );
        const latest = [...progress.map((p) => p.asOf), lastModification?.effectiveDate]
          .filter((d): d is string => Boolean(d))
          .sort()
          .at(-1);
        if (latest && asOf < latest)
          throw badUserInput(
            `asOf ${asOf} is before ${latest}, when progress or the contract was last measured or modified`,
            'asOf',
          );
        const violations = validateContract({
          startDate: contract.startDate,
          endDate: contract.endDate,
          obligations: [{ ...obligation, progress: [...progress, { asOf, completedUnits, totalUnits }] }],
          billings: [],
        }).filter((v) => v.rule === 'PROGRESS_INVALID');
        if (violations.length > 0) throw badUserInput(violations.map((v) => v.message).join('; '), 'asOf');
        return em.create(ProgressRecordEntity, {
          id: `pm_${randomUUID()}`,
          obligationId,
          contractId: contract.id,
          asOf,
          completedUnits,
          totalUnits,
          recordedBy: context.principal.sub,
          recordedAt: new Date(),
        });
      });
    },
  },

  Customer: {
    revenue: async (customer, args, context) => {
      const asOf = args.asOf ?? today();
      const perCurrency = await revenueOn(customer, asOf, context);
      const moneyOf = (figure: RevenueFigure) =>
        perCurrency.map((totals) => ({ minor: totals[figure], currency: totals.currency }));
      return {
        asOf,
        region: customer.region,
        customerId: customer.id,
        recognizedToDate: moneyOf('recognizedToDate'),
        deferred: moneyOf('deferred'),
        unbilled: moneyOf('unbilled'),
        arr: moneyOf('arr'),
        mrr: moneyOf('mrr'),
      };
    },

    revenueRows: async (customer, args, context, info) => {
      const days = [...new Set(args.asOf)];
      if (days.length > MAX_REVENUE_ROW_DAYS)
        throw badUserInput(`at most ${MAX_REVENUE_ROW_DAYS} days at once`, 'asOf');
      const lists = await context.loaders.contractsOnDays(days).loadMany(customer.customerIds);
      const contracts = lists.flatMap((list) => {
        if (list instanceof Error) throw list;
        return list;
      });
      const rows = days.flatMap((asOf) => {
        const day = { customerId: customer.id, region: customer.region, asOf };
        const figures = contracts.map((contract) => contract.figures.get(asOf) as ContractRevenueFigures);
        return customerRevenue(contracts, figures).map((totals): RevenueRow => ({ ...totals, day }));
      });
      return JSON.stringify(withheldDaysCollapsed(governedRows(context, info, rows, revenueRowColumns(context.plan))));
    },

    deferredRevenueForecast: async (customer, args, context) => {
      const months = args.months ?? 12;
      if (!Number.isInteger(months) || months < 1 || months > 60)
        throw badUserInput('months must be 1 to 60', 'months');
      const from = month(args.from, 'from') ?? monthOf(today());
      const horizonEnd = lastDayOfMonth(monthOf(addMonths(`${from}-01`, months - 1)));
      const contracts: ForecastContract[] = [];
      const signed = await contractsOf(customer, context);
      const loaded = await Promise.all(
        signed.map((contract) =>
          Promise.all([
            loadRevenueData(context.loaders, contract.id, today()),
            context.loaders.renewalIntents.load(contract.id),
          ]),
        ),
      );
      for (const [i, contract] of signed.entries()) {
        const [data, intents] = loaded[i];
        if (data.terms.length === 0) continue;
        const latest = intents.at(-1);
        contracts.push({
          id: contract.id,
          currency: contract.currency,
          startDate: contract.startDate,
          // An open-ended contract runs past the horizon and cannot renew within it.
          endDate: contract.endDate ?? horizonEnd,
          obligations: data.terms,
          billings: data.billings,
          renewal:
            latest && contract.endDate
              ? { signal: latest.signal, probability: roundProbability(latest.probability) }
              : null,
        });
      }
      return forecastDeferredRevenue(contracts, from, months).map((period) => ({
        month: period.month,
        currency: period.currency,
        region: customer.region,
        customerId: customer.id,
        contracted: { minor: period.contractedDeferredMinor, currency: period.currency },
        fromRenewals: { minor: period.renewalDeferredMinor, currency: period.currency },
        total: { minor: period.totalDeferredMinor, currency: period.currency },
      }));
    },
  },

  Contract: {
    pricingTier: async (contract, _args, { loaders }) =>
      tierInForce(contract.pricingTier, await loaders.tierChanges.load(contract.id), today()),
    transactionPrice: moneyField('totalValueMinor'),
    discount: moneyField('discountMinor'),
    variableConsideration: (contract) => {
      const [first] = variableComponentsOf(contract);
      return first ? owned(first, contract) : null;
    },
    variableConsiderations: (contract) => variableComponentsOf(contract).map((v) => owned(v, contract)),
    performanceObligations: async (contract, _args, { loaders }) => {
      const [obligations, revisions, progress] = await Promise.all([
        loaders.obligations.load(contract.id),
        loaders.revisions.load(contract.id),
        loaders.progress.load(contract.id),
      ]);
      return obligations.map((obligation) =>
        owned(
          {
            ...obligation,
            contract,
            terms: obligationTerms(obligation, revisions, progress),
            revisionRows: revisions.filter((r) => r.obligationId === obligation.id),
          },
          contract,
        ),
      );
    },
    billingSchedule: async (contract, _args, { loaders }) => {
      const [entries, invoices] = await Promise.all([
        loaders.billingEntries.load(contract.id),
        loaders.invoices.load(contract.id),
      ]);
      return entries.map((entry) =>
        owned({ ...entry, invoice: invoices.find((invoice) => invoice.billingEntryId === entry.id) ?? null }, contract),
      );
    },
    revenueSchedule: async (contract, args, { loaders }) => {
      if (!recognises(contract)) return [];
      const data = await loadRevenueData(loaders, contract.id, today());
      const [from, to] = scheduleMonths(
        contract,
        data.obligations.flatMap((o) => [o.endDate, o.transferDate]),
        args,
      );
      return periodRows(contractSchedule(data.terms, data.billings, from, to).totals, contract);
    },
    validationIssues: (contract, _args, context) => violationsOf(contract, context),
    renewalIntent: async (contract, _args, { loaders }) => {
      const latest = (await loaders.renewalIntents.load(contract.id)).at(-1);
      return latest ? { ...latest, probability: roundProbability(latest.probability) } : null;
    },
  },

  PerformanceObligation: {
    standaloneSellingPrice: moneyField('standaloneSellingPriceMinor'),
    allocated: (o) => ({ minor: allocationOn(o.terms, today()), currency: o.currency }),
    revisions: (o) => o.revisionRows.map((r) => owned(r, o)),
    progress: (o) => [...(o.terms.progress ?? [])],
    schedule: async (o, args, { loaders }) => {
      if (!recognises(o.contract)) return [];
      const data = await loadRevenueData(loaders, o.contract.id, today());
      const [from, to] = scheduleMonths(o.contract, [o.endDate, o.transferDate], args);
      const rows =
        contractSchedule(data.terms, data.billings, from, to).obligations.find((s) => s.obligationId === o.id)?.rows ??
        [];
      return periodRows(rows, o.contract);
    },
  },

  AllocationRevision: {
    allocated: moneyField('allocatedMinor'),
  },

  VariableConsiderationEstimate: {
    estimate: moneyField('estimateMinor'),
    included: moneyField('includedMinor'),
    allocatedTo: (v) => v.allocatedTo[0] ?? null,
    allocatedToObligations: (v) => v.allocatedTo,
  },

  BillingEntry: {
    date: (entry) => entry.billDate,
    listAmount: moneyField('amountMinor'),
  },

  RevenuePeriod: {
    recognized: moneyField('recognizedMinor'),
    recognizedToDate: moneyField('recognizedToDateMinor'),
    billedToDate: moneyField('billedToDateMinor'),
    deferred: moneyField('deferredMinor'),
    unbilled: moneyField('unbilledMinor'),
  },
};

/** The revenue rules a stored contract breaks, including revenue the ledger posted too early. */
async function violationsOf(contract: Contract, context: ContractContext) {
  const [obligations, progress, entries, ledger] = await Promise.all([
    context.loaders.obligations.load(contract.id),
    context.loaders.progress.load(contract.id),
    context.loaders.billingEntries.load(contract.id),
    context.loaders.ledgerLinesOfContract.load(contract.id),
  ]);
  return validateContract({
    startDate: contract.startDate,
    endDate: contract.endDate,
    obligations: obligations.map((o) => ({ ...o, progress: progress.filter((p) => p.obligationId === o.id) })),
    billings: entries.map((e) => ({ date: e.billDate, amountMinor: e.amountMinor })),
    postedRevenue: ledger
      .filter((line) => line.obligationId)
      .map((line) => ({
        obligationId: line.obligationId as string,
        month: line.period,
        amountMinor: line.amountMinor,
      })),
  });
}
