import fs from 'node:fs';
import { compareSupergraphs, readAcknowledgements } from '../../../schema/compatibility';
import { BREAKING_CHANGES_PATH, readReleasedSupergraphSdl, readSupergraphSdl } from '../../../schema/supergraphSdl';

/**
 * The schema check (npm run schema:check, in CI): the committed supergraph against the last
 * release, and what the check says of changes made to a copy of it.
 */

const current = readSupergraphSdl();

/** The supergraph with one line replaced: each edit below changes one element of the API. */
function edited(from: string, to: string): string {
  expect(current).toContain(from);
  return current.replace(from, to);
}

const RECONCILIATION = '  reconciliation(date: Date!): ReconciliationReport @join__field(graph: QUALITY)\n';
/** The field with its description, to remove both. */
const RECONCILIATION_DOCUMENTED = `  """\n  The stored reconciliation of that business day; null when no extract describes it.\n  """\n${RECONCILIATION}`;

describe('the committed schema', () => {
  it('breaks nothing the last release offered, beyond what is acknowledged', async () => {
    const acknowledgements = readAcknowledgements(JSON.parse(fs.readFileSync(BREAKING_CHANGES_PATH, 'utf8')));
    const report = await compareSupergraphs(readReleasedSupergraphSdl(), current, acknowledgements);
    expect(report.breaking.map((change) => change.message)).toEqual([]);
    expect(report.unused).toEqual([]);
  });
});

describe('a change to the schema', () => {
  it('that removes a field clients use is breaking', async () => {
    const report = await compareSupergraphs(current, edited(RECONCILIATION_DOCUMENTED, ''), []);
    expect(report.breaking.map((change) => [change.type, change.path])).toEqual([
      ['FIELD_REMOVED', 'Query.reconciliation'],
    ]);
  });

  it('that adds a required argument, or removes an enum value, is breaking', async () => {
    const required = edited(
      RECONCILIATION,
      '  reconciliation(date: Date!, system: String!): ReconciliationReport @join__field(graph: QUALITY)\n',
    );
    expect((await compareSupergraphs(current, required, [])).breaking.map((change) => change.type)).toEqual([
      'FIELD_ARGUMENT_ADDED',
    ]);
    const smb =
      '  SMB @join__enumValue(graph: CONTRACT) @join__enumValue(graph: CUSTOMER) @join__enumValue(graph: QUALITY)\n';
    expect((await compareSupergraphs(current, edited(smb, ''), [])).breaking.map((change) => change.type)).toEqual([
      'ENUM_VALUE_REMOVED',
    ]);
  });

  it('passes once acknowledged with a reason, and an acknowledgement without a reason is refused', async () => {
    const acknowledged = [
      { type: 'FIELD_REMOVED', path: 'Query.reconciliation', reason: 'replaced by reconciliations' },
    ];
    const report = await compareSupergraphs(current, edited(RECONCILIATION_DOCUMENTED, ''), acknowledged);
    expect(report.breaking).toEqual([]);
    expect(report.acknowledged.map(({ reason }) => reason)).toEqual(['replaced by reconciliations']);
    expect(() => readAcknowledgements([{ type: 'FIELD_REMOVED', path: 'Query.reconciliation' }])).toThrow(
      /entry 1 needs a reason/,
    );
    expect(() => readAcknowledgements([{ type: 'FIELD_REMOVED', path: 'Query.reconciliation', reason: ' ' }])).toThrow(
      /needs a reason/,
    );
    expect(() => readAcknowledgements({})).toThrow(/a list/);
  });

  it('names acknowledgements that match no change', async () => {
    const stale = [{ type: 'FIELD_REMOVED', path: 'Query.somethingElse', reason: 'an old one' }];
    expect((await compareSupergraphs(current, current, stale)).unused).toEqual(stale);
  });

  it('that adds an enum value is dangerous, not breaking; an added field is safe', async () => {
    const smb =
      '  SMB @join__enumValue(graph: CONTRACT) @join__enumValue(graph: CUSTOMER) @join__enumValue(graph: QUALITY)\n';
    const added = edited(
      smb,
      `${smb}  MICRO @join__enumValue(graph: CONTRACT) @join__enumValue(graph: CUSTOMER) @join__enumValue(graph: QUALITY)\n`,
    );
    const report = await compareSupergraphs(current, added, []);
    expect(report.breaking).toEqual([]);
    expect(report.dangerous.map((change) => change.type)).toEqual(['ENUM_VALUE_ADDED']);
    const field = edited(
      RECONCILIATION,
      `${RECONCILIATION}  reconciliations(from: Date!): [ReconciliationReport!]! @join__field(graph: QUALITY)\n`,
    );
    const safe = await compareSupergraphs(current, field, []);
    expect([safe.breaking, safe.dangerous]).toEqual([[], []]);
    expect(safe.safe).toBeGreaterThan(0);
  });

  it('to what clients cannot see (an @inaccessible internal mutation) does not reach them', async () => {
    const internal = edited(
      '  renewJobRuns(runner: String!, runIds: [ID!]!, leaseMs: Int!): [ID!]! @inaccessible @join__field(graph: AUDIT)\n',
      '  renewJobRuns(runner: String!, runIds: [ID!]!): [ID!]! @inaccessible @join__field(graph: AUDIT)\n',
    );
    const report = await compareSupergraphs(current, internal, []);
    expect([report.breaking, report.dangerous, report.safe]).toEqual([[], [], 0]);
  });
});
