import { randomUUID } from 'node:crypto';
import { describeErrors, type OperationExecutor } from '../operationExecutor';
import { addDays, today } from '../../lib/calendar';
import {
  SYNTHETIC_BUSINESS_DATE,
  syntheticContractNumber,
  syntheticExtractIds,
  syntheticSourceId,
} from '../../lib/syntheticMarker';

/**
 * A synthetic transaction: one marked test customer and order pushed through the whole chain, as
 * a client would, through the gateway: ingestion -> contract -> invoice -> reconciliation. Each
 * hop's latency and result is reported; whatever happened, everything marked is removed after.
 */

export interface Hop {
  name: string;
  ms: number;
  ok: boolean;
  detail: string;
}

export interface SyntheticReport {
  marker: string;
  ok: boolean;
  hops: Hop[];
}

interface Options {
  /** Runs each step's operation, as a client holding the admin and billing_ops roles. */
  execute: OperationExecutor;
  /** For tests: the marker to use (SYN-...). */
  marker?: string;
}

class HopFailure extends Error {}

export async function runSyntheticTransaction(options: Options): Promise<SyntheticReport> {
  const marker = options.marker ?? `SYN-${randomUUID()}`;
  const hops: Hop[] = [];

  async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const answer = await options.execute(query, variables);
    const failed = answer.errors?.length || !answer.data || (answer.httpStatus ?? 200) >= 400;
    if (failed) throw new HopFailure(describeErrors(answer));
    return answer.data as T;
  }

  async function hop<T>(name: string, run: () => Promise<{ value: T; detail: string }>): Promise<T> {
    const started = performance.now();
    try {
      const { value, detail } = await run();
      hops.push({ name, ms: performance.now() - started, ok: true, detail });
      return value;
    } catch (error) {
      hops.push({ name, ms: performance.now() - started, ok: false, detail: (error as Error).message });
      throw error;
    }
  }

  const day = today();
  try {
    const customerId = await hop('ingestion', async () => {
      const name = `Synthetic Check ${marker}`;
      const ingested = await graphql<{ ingestSourceRecords: { created: number; rejected: number } }>(
        'mutation($batch: SourceBatchInput!) { ingestSourceRecords(batch: $batch) { created rejected } }',
        {
          batch: {
            batchId: marker,
            sourceSystem: 'CRM',
            records: [
              {
                sourceId: syntheticSourceId(marker),
                version: 1,
                attributes: JSON.stringify({
                  name,
                  country: 'DE',
                  address: { line1: 'Probe 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
                }),
              },
            ],
          },
        },
      );
      const found = await graphql<{ customers: { edges: { node: { id: string } }[] } }>(
        'query($name: String) { customers(first: 2, filter: { nameContains: $name }) { edges { node { id } } } }',
        { name: marker },
      );
      if (ingested.ingestSourceRecords.created !== 1 || found.customers.edges.length !== 1)
        throw new HopFailure(
          `expected one new customer, got ${ingested.ingestSourceRecords.created} created and ${found.customers.edges.length} found`,
        );
      return { value: found.customers.edges[0].node.id, detail: `customer ${found.customers.edges[0].node.id}` };
    });

    const billingEntryId = await hop('contract', async () => {
      const created = await graphql<{
        createContract: { id: string; status: string; billingSchedule: { id: string }[] };
      }>('mutation($input: ContractInput!) { createContract(input: $input) { id status billingSchedule { id } } }', {
        input: {
          customerId,
          number: syntheticContractNumber(marker),
          startDate: day,
          endDate: addDays(day, 364),
          currency: 'EUR',
          fixedConsideration: '100.00',
          obligations: [
            {
              key: 'probe',
              description: 'Synthetic probe service',
              pattern: 'RATABLE',
              startDate: day,
              endDate: addDays(day, 364),
              standaloneSellingPrice: '100.00',
            },
          ],
          billingSchedule: [{ date: day, amount: '100.00' }],
        },
      });
      if (created.createContract.status !== 'ACTIVE')
        throw new HopFailure(`contract is ${created.createContract.status}`);
      return { value: created.createContract.billingSchedule[0].id, detail: `contract ${created.createContract.id}` };
    });

    const invoiceAmount = await hop('invoice', async () => {
      const issued = await graphql<{ issueInvoice: { number: string; amount: { amount: string } } }>(
        'mutation($id: ID!) { issueInvoice(input: { billingEntryId: $id }) { number amount { amount } } }',
        { id: billingEntryId },
      );
      return {
        value: issued.issueInvoice.amount.amount,
        detail: `invoice ${issued.issueInvoice.number} for ${issued.issueInvoice.amount.amount} EUR`,
      };
    });

    await hop('reconciliation', async () => {
      const [billingExtract, ledgerExtract] = syntheticExtractIds(marker);
      for (const [system, id] of [
        ['BILLING', billingExtract],
        ['GL', ledgerExtract],
      ]) {
        await graphql('mutation($e: SystemExtractInput!) { recordSystemExtract(extract: $e) { extractId } }', {
          e: {
            id,
            system,
            businessDate: SYNTHETIC_BUSINESS_DATE,
            takenAt: new Date().toISOString(),
            customers: [{ customerId, arBalance: invoiceAmount, currency: 'EUR' }],
          },
        });
      }
      const { reconciliation } = await graphql<{
        reconciliation: { balanced: boolean; systems: { system: string; customerCount: number }[] } | null;
      }>('query($d: Date!) { reconciliation(date: $d) { balanced systems { system customerCount } } }', {
        d: SYNTHETIC_BUSINESS_DATE,
      });
      if (!reconciliation?.balanced)
        throw new HopFailure('billing and ledger do not reconcile for the synthetic customer');
      return { value: undefined, detail: `balanced across ${reconciliation.systems.map((s) => s.system).join(', ')}` };
    });
  } catch (error) {
    if (!(error instanceof HopFailure) && !hops.some((h) => !h.ok))
      hops.push({ name: 'probe', ms: 0, ok: false, detail: (error as Error).message });
  } finally {
    // Clean up in the reverse order of creation; a failing step does not stop the others.
    for (const [name, field] of [
      ['cleanup quality', 'purgeSyntheticQuality'],
      ['cleanup contract', 'purgeSyntheticContracts'],
      ['cleanup customer', 'purgeSyntheticCustomers'],
    ] as const) {
      await hop(name, async () => {
        const data = await graphql<Record<string, number>>(`mutation($m: String!) { ${field}(marker: $m) }`, {
          m: marker,
        });
        return { value: undefined, detail: `${data[field]} removed` };
      }).catch(() => undefined);
    }
  }
  return { marker, ok: hops.every((h) => h.ok), hops };
}
