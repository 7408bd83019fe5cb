import type { SqlEntityManager } from '@mikro-orm/knex';
import type { DemoBook, DemoCustomer } from '../../lib/demo/book';
import { bulkInsert } from '../kit/bulkInsert';
import { sensitiveFieldsOnFile } from '../customer/sensitiveFieldsOnFile';
import { QualityResultEntity } from './entities/QualityResult';
import { QualityRunEntity } from './entities/QualityRun';
import { assessCompleteness, type CustomerFields } from './rules/completeness';

function fieldsOf(customer: DemoCustomer): CustomerFields {
  return {
    ...customer,
    paymentTerms: { code: customer.paymentTermsCode },
    sensitiveFieldsOnFile: sensitiveFieldsOnFile({ ...customer, taxIdCount: customer.taxIds.length, contactCount: customer.contacts.length }),
  };
}

/** Runs the quality rules over the demo book once, as the nightly batch would, and stores the results. */
export async function seedQuality(em: SqlEntityManager, book: DemoBook): Promise<void> {
  const runId = `qrun_${book.asOf.slice(0, 10)}`;
  const checkedAt = new Date(book.asOf);
  const results = book.customers.map((customer) => ({
    id: `${runId}_${customer.id}`,
    runId,
    customerId: customer.id,
    ...assessCompleteness(fieldsOf(customer)),
    checkedAt,
  }));
  const average = results.length ? Math.round(results.reduce((sum, r) => sum + r.score, 0) / results.length) : 0;
  await bulkInsert(em, QualityRunEntity, [{ id: runId, startedAt: checkedAt, customersChecked: results.length, averageScore: average }]);
  await bulkInsert(em, QualityResultEntity, results);
}
