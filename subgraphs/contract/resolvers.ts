import { moneyPerCurrency } from '../../lib/money';
import { moneyField } from '../kit/moneyResolvers';
import { assertVisible, isVisible } from '../kit/rowScope';
import type { Invoice } from './entities/Invoice';
import type { Resolvers } from './generated/resolvers';
import { openBalanceMinor } from './writeOffs/openBalance';

export const contractResolvers: Resolvers = {
  Query: {
    contract: async (_root, args, context) => {
      const contract = await context.loaders.contract.load(args.id);
      if (contract) assertVisible(context, contract.region, `Contract ${args.id}`);
      return contract ?? null;
    },
  },

  Customer: {
    // Region and merges come from the customer master, whatever the reference says (kit/customerDirectory.ts).
    __resolveReference: (reference, { loaders }) => loaders.customers.load(reference.id),
    arBalance: async (customer, _args, { loaders }) => {
      const invoices: Invoice[] = (await loaders.invoicesOfCustomer.loadMany(customer.customerIds)).flatMap((list) =>
        Array.isArray(list) ? list : [],
      );
      const [payments, writeOffs] = await Promise.all([
        Promise.all(invoices.map((invoice) => loaders.payments.load(invoice.id))),
        Promise.all(invoices.map((invoice) => loaders.writeOffs.load(invoice.id))),
      ]);
      const open = new Map<string, number>();
      invoices.forEach((invoice, i) => {
        open.set(
          invoice.currency,
          (open.get(invoice.currency) ?? 0) + openBalanceMinor(invoice.amountMinor, payments[i], writeOffs[i]),
        );
      });
      return moneyPerCurrency(open);
    },
    contracts: async (customer, args, { loaders }) => {
      const lists = await loaders.contractsOfCustomer.loadMany(customer.customerIds);
      const contracts = lists
        .flatMap((list) => (Array.isArray(list) ? list : []))
        .sort((a, b) => b.startDate.localeCompare(a.startDate) || a.id.localeCompare(b.id));
      return args.status ? contracts.filter((contract) => contract.status === args.status) : contracts;
    },
  },

  Contract: {
    __resolveReference: async (reference, context) => {
      const contract = await context.loaders.contract.load(reference.id);
      return contract && isVisible(context, contract.region) ? contract : null;
    },
    // The customer as the master knows it, as __resolveReference gives it: the planner resolves this
    // subgraph's own Customer fields (arBalance, contracts, revenue, ...) on it without an entity fetch.
    customer: (contract, _args, { loaders }) => loaders.customers.load(contract.customerId),
    totalValue: moneyField('totalValueMinor'),
    lines: (contract, _args, { loaders }) =>
      loaders.lines.load(contract.id).then((lines) =>
        lines.map((line) => ({
          ...line,
          currency: contract.currency,
          region: contract.region,
          customerId: contract.customerId,
        })),
      ),
    invoices: (contract, _args, { loaders }) => loaders.invoices.load(contract.id),
  },

  ContractLine: {
    unitPrice: moneyField('unitPriceMinor'),
    amount: moneyField('amountMinor'),
  },

  Invoice: {
    amount: moneyField('amountMinor'),
    // Payments belong to the invoice's customer, whom the audit trail names for them.
    payments: async (invoice, _args, { loaders }) =>
      (await loaders.payments.load(invoice.id)).map((payment) => ({ ...payment, customerId: invoice.customerId })),
    balance: async (invoice, _args, { loaders }) => {
      const [payments, writeOffs] = await Promise.all([
        loaders.payments.load(invoice.id),
        loaders.writeOffs.load(invoice.id),
      ]);
      return { minor: openBalanceMinor(invoice.amountMinor, payments, writeOffs), currency: invoice.currency };
    },
  },

  Payment: {
    amount: moneyField('amountMinor'),
  },
};
