import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { badUserInput } from '../../../lib/errors';
import { inCurrency } from '../../../lib/money';
import { pageSize } from '../../../lib/pagination';
import { isRegion } from '../../../lib/regions';
import { optionalText, requiredReason, requiredText } from '../../../lib/textInput';
import { assertMayReadRaw } from '../../kit/lookups';
import { assertVisible, visibleRegions } from '../../kit/rowScope';
import { decideRequest } from '../approvals';
import type { ContractContext } from '../context';
import { StandaloneSellingPriceEntity, type StandaloneSellingPrice } from '../entities/StandaloneSellingPrice';
import { checkSspEntry, standaloneSellingPriceFor, type SspQuery } from '../revrec/standaloneSellingPrices';
import type { ObligationInput as PureObligation } from '../revrec/allocateTransactionPrice';
import type { Resolvers, StandaloneSellingPriceInput } from '../generated/resolvers';
import { amount, currencyOf } from '../revenue/contractInput';

/**
 * The standalone selling price tables through the graph (proposed, approved or rejected under
 * maker-checker, every decision audited by the gateway like any mutation), and the lookup
 * allocation makes in them. Reading a table price to allocate with is reading it: the caller must
 * be allowed to see prices of that region unmasked.
 */

const PRICE = 'StandaloneSellingPriceEntry.price';

/** An obligation as allocation takes it, with the product code it can be looked up by. */
export type PricedObligation = PureObligation & { productCode?: string | null };

/** Where a sale reads the tables: everything of SspQuery but the product. */
export type Sale = Omit<SspQuery, 'productCode'>;

function needsTable(o: PricedObligation): boolean {
  if (!o.productCode) return false;
  return o.residual ? !o.observableRangeMinor : o.standaloneSellingPriceMinor === undefined;
}

/** The entry that applies to the sale for each product the tables price. */
export async function tableEntries(
  context: ContractContext,
  em: EntityManager,
  productCodes: readonly string[],
  sale: Sale,
): Promise<Map<string, StandaloneSellingPrice>> {
  const codes = [...new Set(productCodes)];
  if (codes.length === 0) return new Map();
  assertMayReadRaw(context, PRICE, sale.region, `The standalone selling prices of region ${sale.region}`);
  const rows = await em.find(StandaloneSellingPriceEntity, {
    productCode: { $in: codes },
    region: sale.region,
    currency: sale.currency,
    status: 'APPROVED',
  });
  const found = new Map<string, StandaloneSellingPrice>();
  for (const productCode of codes) {
    const entry = standaloneSellingPriceFor(rows, { ...sale, productCode });
    if (entry) found.set(productCode, entry);
  }
  return found;
}

/**
 * The obligations with what the tables give where the caller gave nothing: a standalone selling
 * price, or a residual obligation's observable range. Refused (BAD_USER_INPUT) when the table has
 * no approved entry for the sale.
 */
export async function withTablePrices<T extends PricedObligation>(
  context: ContractContext,
  em: EntityManager,
  obligations: readonly T[],
  sale: Sale,
  field = 'obligations',
): Promise<T[]> {
  const wanted = obligations.filter(needsTable);
  if (wanted.length === 0) return [...obligations];
  const entries = await tableEntries(
    context,
    em,
    wanted.map((o) => o.productCode as string),
    sale,
  );
  return obligations.map((o, i) => {
    if (!needsTable(o)) return o;
    const entry = entries.get(o.productCode as string);
    if (!entry) {
      if (o.residual) return o;
      throw badUserInput(
        `no approved standalone selling price for product ${o.productCode} in ${sale.region}, ${sale.currency}, ` +
          `segment ${sale.segment ?? 'any'}, tier ${sale.pricingTier} on ${sale.date}: give standaloneSellingPrice`,
        `${field}[${i}].standaloneSellingPrice`,
      );
    }
    const range =
      entry.observableMinMinor != null && entry.observableMaxMinor != null
        ? { observableRangeMinor: { min: entry.observableMinMinor, max: entry.observableMaxMinor } }
        : {};
    return o.residual ? { ...o, ...range } : { ...o, standaloneSellingPriceMinor: entry.priceMinor, ...range };
  });
}

async function propose(context: ContractContext, input: StandaloneSellingPriceInput): Promise<StandaloneSellingPrice> {
  const currency = currencyOf(input.currency);
  if (!isRegion(input.region)) throw badUserInput(`"${input.region}" is not a region code`, 'region');
  assertVisible(context, input.region, `Region ${input.region}`);
  const min = input.observableMin == null ? null : amount(input.observableMin, currency, 'observableMin');
  const max = input.observableMax == null ? null : amount(input.observableMax, currency, 'observableMax');
  const entry = {
    productCode: requiredText(input.productCode, 'productCode', 32),
    region: input.region,
    currency,
    segment: input.segment ?? null,
    pricingTier: input.pricingTier ?? null,
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
    priceMinor: amount(input.price, currency, 'price'),
    observableMinMinor: min,
    observableMaxMinor: max,
  };
  inCurrency(currency, () => checkSspEntry(entry));
  return context.em.transactional(async (em) =>
    em.create(StandaloneSellingPriceEntity, {
      id: `ssp_${randomUUID()}`,
      ...entry,
      reason: requiredReason(input.reason),
      status: 'REQUESTED',
      requestedBy: context.principal.sub,
      requestedAt: new Date(),
    }),
  );
}

export const standaloneSellingPriceResolvers: Resolvers = {
  Query: {
    standaloneSellingPrices: async (_root, args, context) => {
      const scope = visibleRegions(context);
      return context.em.find(
        StandaloneSellingPriceEntity,
        {
          ...(args.status ? { status: args.status } : {}),
          ...(args.productCode ? { productCode: args.productCode } : {}),
          ...(scope === 'ALL' ? {} : { region: { $in: [...scope] } }),
        },
        {
          orderBy: { productCode: 'asc', region: 'asc', validFrom: 'asc', id: 'asc' },
          limit: pageSize(args.first, context.config.maxPageSize, 50),
        },
      );
    },
  },
  Mutation: {
    proposeStandaloneSellingPrice: (_root, args, context) => propose(context, args.input),
    approveStandaloneSellingPrice: (_root, args, context) =>
      decideRequest(context, {
        entity: StandaloneSellingPriceEntity,
        label: 'Standalone selling price',
        id: args.id,
        status: 'APPROVED',
        note: optionalText(args.note, 'note', 1000),
        mustRead: PRICE,
      }),
    rejectStandaloneSellingPrice: (_root, args, context) =>
      decideRequest(context, {
        entity: StandaloneSellingPriceEntity,
        label: 'Standalone selling price',
        id: args.id,
        status: 'REJECTED',
        note: requiredText(args.note, 'note', 1000),
        mustRead: PRICE,
      }),
  },
  StandaloneSellingPriceEntry: {
    price: (entry) => ({ minor: entry.priceMinor, currency: entry.currency }),
    observableMin: (entry) =>
      entry.observableMinMinor == null ? null : { minor: entry.observableMinMinor, currency: entry.currency },
    observableMax: (entry) =>
      entry.observableMaxMinor == null ? null : { minor: entry.observableMaxMinor, currency: entry.currency },
  },
};
