import { httpExecutor } from '../../../gateway/operationExecutor';
import { runSyntheticTransaction } from '../../../gateway/probes/syntheticTransaction';
import { SYNTHETIC_BUSINESS_DATE } from '../../../lib/syntheticMarker';
import { graphql, startTestFederation, type TestFederation } from '../../support/federation';

/** The synthetic transaction through a real federation: every hop passes, and nothing it made is left. */

let federation: TestFederation;

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '20' });
});

afterAll(async () => {
  await federation?.close();
});

it('pushes a marked customer through ingestion, contract, invoice and reconciliation, then removes it', async () => {
  const token = await federation.token({ roles: ['admin', 'billing_ops'], regions: [] });
  const report = await runSyntheticTransaction({
    execute: httpExecutor(federation.gateway.url, token),
    marker: 'SYN-integration-test',
  });
  expect(report.hops.map((h) => [h.name, h.ok])).toEqual([
    ['ingestion', true],
    ['contract', true],
    ['invoice', true],
    ['reconciliation', true],
    ['cleanup quality', true],
    ['cleanup contract', true],
    ['cleanup customer', true],
  ]);
  expect(report.hops.find((h) => h.name === 'cleanup customer')?.detail).toBe('1 removed');
  expect(report.hops.every((h) => h.ms >= 0)).toBe(true);

  const { body } = await graphql(
    federation.gateway.url,
    `{ customers(first: 5, filter: { nameContains: "SYN-integration" }) { totalCount } reconciliation(date: "${SYNTHETIC_BUSINESS_DATE}") { date } }`,
    { token },
  );
  expect(body.data).toEqual({ customers: { totalCount: 0 }, reconciliation: null });
  const count = await federation.subgraphs.contract.database
    .fork()
    .getConnection()
    .execute("select count(*) as n from contract where number like 'SYN-%'");
  expect(Number(count[0].n)).toBe(0);
});

it('reports the hop that fails, and still cleans up', async () => {
  const bi = await federation.token({ roles: ['bi_reader'] });
  const report = await runSyntheticTransaction({
    execute: httpExecutor(federation.gateway.url, bi),
    marker: 'SYN-refused-probe',
  });
  expect(report.ok).toBe(false);
  expect(report.hops[0]).toMatchObject({ name: 'ingestion', ok: false, detail: expect.stringMatching(/FORBIDDEN/) });
  expect(report.hops.map((h) => h.name)).toEqual([
    'ingestion',
    'cleanup quality',
    'cleanup contract',
    'cleanup customer',
  ]);
});
