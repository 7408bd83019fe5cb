import { monthOf, today } from '../../../lib/calendar';
import { badUserInput } from '../../../lib/errors';
import { parseMoney } from '../../../lib/money';
import { pageSize } from '../../../lib/pagination';
import { requiredText } from '../../../lib/textInput';
import { governedRows } from '../../kit/copies';
import { assertVisible } from '../../kit/rowScope';
import type { ContractContext } from '../context';
import { ContractEntity, type Contract } from '../entities/Contract';
import { InvoiceEntity } from '../entities/Invoice';
import { PaymentEntity } from '../entities/Payment';
import { PurchaseOrderRuleEntity } from '../entities/PurchaseOrderRule';
import { contractSchedule } from '../revrec/revenueSchedule';
import { loadRevenueData } from '../revenue/contractTerms';
import { billingFacts, readBillingRows } from './billingFacts';
import { invoiceRowColumns } from './invoiceRowColumns';
import { byContractOrder } from './invoiceRows';
import { compilePattern } from './purchaseOrders';
import type { Resolvers } from '../generated/resolvers';

/** Billing hygiene: purchase-order rules, payments from the bank feed, and the facts the quality service checks. */

const MAX_PAYMENTS = 5000;
const MAX_FACT_CUSTOMERS = 1000;
const MAX_AUDIT_PAGE = 2000;

/** First and last month the schedule recognises anything in, between the contract's and its obligations' outer dates. */
async function revenueMonths(
  context: ContractContext,
  contract: Contract,
): Promise<{ first: string | null; last: string | null }> {
  const data = await loadRevenueData(context.loaders, contract.id, today());
  if (data.terms.length === 0 || contract.status === 'DRAFT') return { first: null, last: null };
  const dates = [
    contract.startDate,
    contract.endDate,
    ...data.obligations.flatMap((o) => [o.startDate, o.endDate, o.transferDate]),
    ...data.terms.flatMap((t) => (t.progress ?? []).map((p) => p.asOf)),
  ]
    .filter((d): d is string => Boolean(d))
    .sort();
  const rows = contractSchedule(
    data.terms,
    data.billings,
    monthOf(dates[0]),
    monthOf(dates[dates.length - 1]),
  ).totals.filter((row) => row.recognizedMinor !== 0);
  return { first: rows[0]?.month ?? null, last: rows.at(-1)?.month ?? null };
}

export const billingResolvers: Resolvers = {
  Query: {
    billingQualityFacts: async (_root, args, { em }) => {
      if (args.customerIds.length > MAX_FACT_CUSTOMERS)
        throw badUserInput(`at most ${MAX_FACT_CUSTOMERS} customers at a time`, 'customerIds');
      return billingFacts(args.customerIds, await readBillingRows(em, args.customerIds));
    },

    contractAuditPopulation: async (_root, args, context) => {
      const first = pageSize(args.first, MAX_AUDIT_PAGE, 500);
      const contracts = await context.em.find(
        ContractEntity,
        { status: { $ne: 'DRAFT' }, ...(args.after ? { id: { $gt: args.after } } : {}) },
        { orderBy: { id: 'asc' }, limit: first, fields: ['id'] },
      );
      return contracts.map((contract) => contract.id);
    },

    contractAuditFacts: async (_root, args, context) => {
      if (args.ids.length > MAX_AUDIT_PAGE) throw badUserInput(`at most ${MAX_AUDIT_PAGE} contracts at a time`, 'ids');
      const contracts = await context.em.find(ContractEntity, { id: { $in: args.ids } }, { orderBy: { id: 'asc' } });
      return Promise.all(
        contracts.map(async (contract) => {
          const months = await revenueMonths(context, contract);
          return {
            contractId: contract.id,
            customerId: contract.customerId,
            region: contract.region,
            startDate: contract.startDate,
            endDate: contract.endDate ?? null,
            firstRevenueMonth: months.first,
            lastRevenueMonth: months.last,
          };
        }),
      );
    },
  },

  Mutation: {
    setPurchaseOrderRule: async (_root, args, context) => {
      const { input } = args;
      const pattern = input.pattern?.trim() ? input.pattern.trim() : null;
      if (pattern) compilePattern(pattern);
      const customer = await context.shared.customers.jurisdictionOf(requiredText(input.customerId, 'customerId', 40));
      if (!customer || customer.mergedInto)
        throw badUserInput(
          `no customer ${input.customerId}${customer?.mergedInto ? ` (merged into ${customer.mergedInto})` : ''}`,
          'customerId',
        );
      assertVisible(context, customer.region, `Customer ${customer.id}`);
      return context.em.transactional(async (em) => {
        const existing = await em.findOne(PurchaseOrderRuleEntity, { customerId: customer.id });
        const values = {
          region: customer.region,
          required: input.required,
          pattern,
          updatedBy: context.principal.sub,
          updatedAt: new Date(),
        };
        if (existing) return Object.assign(existing, values);
        return em.create(PurchaseOrderRuleEntity, { customerId: customer.id, ...values });
      });
    },

    recordPayments: async (_root, args, context) => {
      if (args.payments.length === 0 || args.payments.length > MAX_PAYMENTS)
        throw badUserInput(`record 1 to ${MAX_PAYMENTS} payments at a time`, 'payments');
      const payments = args.payments.map((p, i) => ({ ...p, id: requiredText(p.id, `payments[${i}].id`, 80) }));
      if (new Set(payments.map((p) => p.id)).size !== payments.length)
        throw badUserInput('a payment id appears twice in the batch', 'payments');
      return context.em.transactional(async (em) => {
        const invoices = await em.find(InvoiceEntity, { id: { $in: [...new Set(payments.map((p) => p.invoiceId))] } });
        const known = new Set(
          (await em.find(PaymentEntity, { id: { $in: payments.map((p) => p.id) } }, { fields: ['id'] })).map(
            (p) => p.id,
          ),
        );
        let recorded = 0;
        for (const [i, payment] of payments.entries()) {
          const invoice = invoices.find((candidate) => candidate.id === payment.invoiceId);
          if (!invoice) throw badUserInput(`payments[${i}]: no invoice ${payment.invoiceId}`, 'payments');
          assertVisible(context, invoice.region, `Invoice ${invoice.id}`);
          const { minor } = parseMoney({ amount: payment.amount, currency: invoice.currency }, `payments[${i}].amount`);
          if (minor <= 0) throw badUserInput(`payments[${i}].amount must be more than zero`, 'payments');
          if (known.has(payment.id)) continue;
          em.create(PaymentEntity, {
            id: payment.id,
            invoiceId: invoice.id,
            receivedOn: payment.receivedOn,
            amountMinor: minor,
            currency: invoice.currency,
            region: invoice.region,
            method: requiredText(payment.method, `payments[${i}].method`, 32),
          });
          recorded += 1;
        }
        await em.flush();
        // Statuses follow the money received.
        const received = await em.find(
          PaymentEntity,
          { invoiceId: { $in: invoices.map((invoice) => invoice.id) } },
          { fields: ['id', 'invoiceId', 'amountMinor'] },
        );
        for (const invoice of invoices) {
          const paid = received.filter((p) => p.invoiceId === invoice.id).reduce((sum, p) => sum + p.amountMinor, 0);
          if (invoice.status !== 'VOID')
            invoice.status = paid >= invoice.amountMinor ? 'PAID' : paid > 0 ? 'PARTIALLY_PAID' : 'OPEN';
        }
        return recorded;
      });
    },
  },

  Customer: {
    invoiceRows: async (customer, args, context, info) => {
      const filter = {
        issuedFrom: args.issuedFrom ?? null,
        issuedTo: args.issuedTo ?? null,
        status: args.status ?? null,
      };
      const lists = await context.loaders.invoiceRows(filter).loadMany(customer.customerIds);
      const rows = lists
        .flatMap((list) => {
          if (list instanceof Error) throw list;
          return list;
        })
        .sort(byContractOrder);
      return JSON.stringify(governedRows(context, info, rows, invoiceRowColumns(context.plan)));
    },
    purchaseOrderRule: async (customer, _args, { loaders }) =>
      (await loaders.purchaseOrderRules.load(customer.id))[0] ?? null,
  },
};
