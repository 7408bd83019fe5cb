import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { formatMinor } from '../../lib/money';
import type { SubgraphContext } from '../kit/context';
import { assertVisible, isVisible } from '../kit/rowScope';
import type { Contract } from './entities/Contract';
import type { ContractLine } from './entities/ContractLine';
import type { Invoice } from './entities/Invoice';
import type { Payment } from './entities/Payment';
import type { ContractLoaders } from './loaders';

type Context = SubgraphContext<ContractLoaders>;

export const contractResolvers: GraphQLResolverMap<Context> = {
  Query: {
    contract: async (_root, args: { id: string }, context) => {
      const contract = await context.loaders.contract.load(args.id);
      if (contract) assertVisible(context, contract.region, `Contract ${args.id}`);
      return contract ?? null;
    },
  },

  Customer: {
    arBalance: async (customer: { id: string }, _args, { loaders }) => {
      const invoices: Invoice[] = await loaders.invoicesOfCustomer.load(customer.id);
      const payments = await Promise.all(invoices.map((invoice) => loaders.payments.load(invoice.id)));
      const open = new Map<string, number>();
      invoices.forEach((invoice, i) => {
        const paid = payments[i].reduce((sum, payment) => sum + payment.amountMinor, 0);
        open.set(invoice.currency, (open.get(invoice.currency) ?? 0) + invoice.amountMinor - paid);
      });
      return [...open].sort(([a], [b]) => a.localeCompare(b)).map(([currency, minor]) => formatMinor(minor, currency));
    },
    contracts: async (customer: { id: string }, args: { status?: string | null }, { loaders }) => {
      const contracts = await loaders.contractsOfCustomer.load(customer.id);
      return args.status ? contracts.filter((contract) => contract.status === args.status) : contracts;
    },
  },

  Contract: {
    __resolveReference: async (reference: { id: string }, context: Context) => {
      const contract = await context.loaders.contract.load(reference.id);
      return contract && isVisible(context, contract.region) ? contract : null;
    },
    customer: (contract: Contract) => ({ __typename: 'Customer', id: contract.customerId }),
    totalValue: (contract: Contract) => formatMinor(contract.totalValueMinor, contract.currency),
    lines: (contract: Contract, _args, { loaders }) =>
      loaders.lines.load(contract.id).then((lines) => lines.map((line) => ({ ...line, currency: contract.currency, region: contract.region }))),
    invoices: (contract: Contract, _args, { loaders }) => loaders.invoices.load(contract.id),
  },

  ContractLine: {
    unitPrice: (line: ContractLine & { currency: string }) => formatMinor(line.unitPriceMinor, line.currency),
    amount: (line: ContractLine & { currency: string }) => formatMinor(line.amountMinor, line.currency),
  },

  Invoice: {
    amount: (invoice: Invoice) => formatMinor(invoice.amountMinor, invoice.currency),
    payments: (invoice: Invoice, _args, { loaders }) => loaders.payments.load(invoice.id),
    balance: async (invoice: Invoice, _args, { loaders }) => {
      const payments: Payment[] = await loaders.payments.load(invoice.id);
      const paid = payments.reduce((sum, payment) => sum + payment.amountMinor, 0);
      return formatMinor(invoice.amountMinor - paid, invoice.currency);
    },
  },

  Payment: {
    amount: (payment: Payment) => formatMinor(payment.amountMinor, payment.currency),
  },
};
