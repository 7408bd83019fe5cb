import { apiSchemaOf } from '../../../gateway/governance';
import { supergraphPlan } from '../../../policies/plans';
import { readSupergraphSdl } from '../../../schema/supergraphSdl';
import { plantCanaries, type PlantedRecords } from '../../support/canaries';
import { scan, type ScanReport } from '../../support/canaryScanner';
import { startTestFederation, type TestFederation } from '../../support/federation';

/**
 * Governance follows the value: canaries planted in every classified attribute through the real
 * write paths must surface, for every role, in and out of region, with and without purpose, only
 * as the policy allows, never through a lookup that the caller may not make, and never without
 * an audit event naming the customer. The operations come from the supergraph itself.
 */

let federation: TestFederation;
let planted: PlantedRecords;
let report: ScanReport;

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '12' });
  planted = await plantCanaries(federation);
  const started = Date.now();
  report = await scan({
    federation,
    schema: apiSchemaOf(readSupergraphSdl()),
    plan: supergraphPlan(readSupergraphSdl()),
    planted,
  });
  console.log(
    `canary scan: ${report.principals} principals x ${report.operations} generated operations ` +
      `(${report.fieldsSelected} fields selected), ${report.lookupOperations} lookup operations, ` +
      `${report.requests} requests in all; ${planted.canaries.length} canaries; ` +
      `${report.lookupsCompared} lookups compared (${report.lookupsInconclusive} inconclusive); ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}, 600_000);

afterAll(async () => {
  await federation?.close();
});

it('plants a canary in every classified attribute it can write', () => {
  const coordinates = new Set(planted.canaries.map((canary) => canary.coordinate));
  for (const coordinate of [
    'TaxId.value',
    'Customer.duns',
    'Customer.creditLimit',
    'BankAccount.iban',
    'Contact.email',
    'Contract.totalValue',
    'Payment.amount',
    'WriteOff.amount',
    'WriteOff.reason',
    'TaxExemptionCertificate.certificateNumber',
  ]) {
    expect([coordinate, coordinates.has(coordinate)]).toEqual([coordinate, true]);
  }
});

it('stays within the gateway’s operation limits, so nothing generated goes unscanned', () => {
  expect(report.overLimit).toEqual([]);
});

it.each(['LEAK', 'ORACLE', 'UNAUDITED'] as const)('finds no %s', (kind) => {
  expect(report.findings.filter((finding) => finding.kind === kind)).toEqual([]);
});
