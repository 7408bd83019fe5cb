import type { SqlEntityManager } from '@mikro-orm/knex';
import type { DemoBook } from '../../lib/demo/book';
import { bulkInsert } from '../kit/bulkInsert';
import { ContractEntity } from './entities/Contract';
import { ContractLineEntity } from './entities/ContractLine';
import { InvoiceEntity } from './entities/Invoice';
import { PaymentEntity } from './entities/Payment';

export async function seedContracts(em: SqlEntityManager, book: DemoBook): Promise<void> {
  const regionOf = new Map(book.customers.map((customer) => [customer.id, customer.region]));
  const contracts = book.contracts.map((contract) => ({ ...contract, region: regionOf.get(contract.customerId) ?? 'UNKNOWN' }));
  await bulkInsert(
    em,
    ContractEntity,
    contracts.map(({ lines: _lines, invoices: _invoices, ...contract }) => contract),
  );
  await bulkInsert(em, ContractLineEntity, contracts.flatMap((c) => c.lines.map((line) => ({ ...line, contractId: c.id }))));
  const invoices = contracts.flatMap((c) => c.invoices.map((invoice) => ({ contract: c, invoice })));
  await bulkInsert(
    em,
    InvoiceEntity,
    invoices.map(({ contract, invoice: { payments: _payments, ...invoice } }) => ({
      ...invoice,
      contractId: contract.id,
      customerId: contract.customerId,
      currency: contract.currency,
      region: contract.region,
    })),
  );
  await bulkInsert(
    em,
    PaymentEntity,
    invoices.flatMap(({ contract, invoice }) => invoice.payments.map((p) => ({ ...p, invoiceId: invoice.id, currency: contract.currency, region: contract.region }))),
  );
}
