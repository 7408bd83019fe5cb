import fs from 'node:fs';
import { parse } from 'graphql';
import os from 'node:os';
import path from 'node:path';
import { apiSchemaOf } from '../../../gateway/governance';
import { SUBGRAPH_NAMES } from '../../../lib/config';
import { planFor } from '../../../policies/plans';
import { composeSupergraph } from '../../../schema/composeSupergraph';
import { SCHEMA_DIR } from '../../../schema/subgraphSdl';
import { SUBGRAPHS } from '../../../subgraphs';
import { CustomerEntity } from '../../../subgraphs/customer/entities/Customer';
import { mergeResolvers } from '../../../subgraphs/kit/mergeResolvers';
import { plantCanaries } from '../../support/canaries';
import { scan, type ScanReport } from '../../support/canaryScanner';
import { startTestFederation, type TestFederation } from '../../support/federation';
import type { SubgraphContext } from '../../../subgraphs/kit/context';

/**
 * The scanner's own test: a schema extended with a field nobody classified, which hands out the
 * latest D-U-N-S number on file, must make the scan fail, although no scanner code names the field.
 */

let federation: TestFederation;
let report: ScanReport;
let schemaDir: string;

beforeAll(async () => {
  schemaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-leaky-schema-'));
  for (const name of SUBGRAPH_NAMES)
    fs.copyFileSync(path.join(SCHEMA_DIR, `${name}.graphql`), path.join(schemaDir, `${name}.graphql`));
  const customerSdl = fs.readFileSync(path.join(schemaDir, 'customer.graphql'), 'utf8');
  fs.writeFileSync(
    path.join(schemaDir, 'customer.graphql'),
    customerSdl.replace(
      'type Query {',
      'type Query {\n  "A deliberately unclassified test field."\n  latestDuns: String',
    ),
  );
  const leaky = {
    ...SUBGRAPHS.customer,
    resolvers: mergeResolvers(SUBGRAPHS.customer.resolvers, {
      Query: {
        latestDuns: async (_root: unknown, _args: unknown, { em }: SubgraphContext) =>
          (await em.find(CustomerEntity, { duns: { $ne: null } }, { orderBy: { updatedAt: 'desc' }, limit: 1 }))[0]
            ?.duns ?? null,
      },
    }),
  };
  federation = await startTestFederation(
    { SEED_CUSTOMERS: '8' },
    { schemaDir, subgraphs: { ...SUBGRAPHS, customer: leaky } },
  );
  const planted = await plantCanaries(federation);
  const composed = composeSupergraph(schemaDir);
  if (!composed.ok) throw new Error(composed.errors.join('\n'));
  report = await scan({
    federation,
    schema: apiSchemaOf(composed.supergraphSdl),
    plan: planFor(parse(composed.supergraphSdl)),
    planted,
    roles: ['bi_reader', 'collections', 'admin'],
  });
}, 300_000);

afterAll(async () => {
  await federation?.close();
  fs.rmSync(schemaDir, { recursive: true, force: true });
});

it('finds the unclassified field leaking the raw value to roles that see it masked or not at all', () => {
  const leaks = report.findings.filter((finding) => finding.kind === 'LEAK' && finding.operation === 'Scan_latestDuns');
  expect(leaks.map((leak) => leak.principal).sort()).toEqual(['bi_reader of EU', 'collections of EU']);
  expect(
    leaks.every((leak) =>
      /D-U-N-S number, by updateCustomer \(US\) appears as "\d{9}" although the policy gives (MASK\(HASH\)|DENY)/.test(
        leak.detail,
      ),
    ),
  ).toBe(true);
});

it('finds it serving the value with no audit event to a role allowed to see it', () => {
  expect(report.findings.filter((finding) => finding.kind === 'UNAUDITED')).toEqual([
    expect.objectContaining({
      principal: 'admin of EU',
      operation: 'Scan_latestDuns',
      detail: expect.stringMatching(/no audit event was written/),
    }),
  ]);
});

it('finds nothing anywhere else', () => {
  expect(report.findings.filter((finding) => finding.operation !== 'Scan_latestDuns')).toEqual([]);
});
