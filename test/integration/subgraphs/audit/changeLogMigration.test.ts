import { createLogger } from '../../../../lib/logger';
import { auditSubgraph } from '../../../../subgraphs/audit';
import { ChangeLogWriter } from '../../../../subgraphs/audit/changes/changeLogWriter';
import { verifyStoredChangeLog } from '../../../../subgraphs/audit/changes/changeLogVerification';
import { ChangeLogEntryEntity, type ChangeLogEntry } from '../../../../subgraphs/audit/entities/ChangeLogEntry';
import { loadCheckpointSigner, loadVerifyingKeys } from '../../../../subgraphs/audit/signingKeys';
import { openSubgraphDatabase } from '../../../../subgraphs/kit/subgraph';
import { createTestDatabase, type TestDatabase } from '../../../support/federation';

/** Migration011ChangeLogChain chains the history already there, in feed order, and recordings go on from it. */

const log = createLogger('test', 'silent');
let database: TestDatabase;

function entry(n: number, sequence: number | null): Omit<ChangeLogEntry, 'previousHash' | 'hash'> {
  const at = new Date(Date.UTC(2019, 0, n));
  return {
    id: `chg_${n}`,
    entity: 'Customer',
    entityId: `cus_00000${n}`,
    field: 'creditLimit',
    oldValue: JSON.stringify({ amount: `${n}000.00`, currency: 'EUR' }),
    newValue: JSON.stringify({ amount: `${n + 1}000.00`, currency: 'EUR' }),
    actor: 'steward@example.com',
    at,
    reason: n === 2 ? null : 'annual review',
    recordedAt: at,
    coordinate: 'Customer.creditLimit',
    classification: 'CREDIT',
    kind: 'Money',
    mask: null,
    sequence,
  };
}

beforeEach(async () => {
  database = await createTestDatabase();
});

afterEach(async () => {
  await database?.drop();
});

it('chains the history a previous release recorded, and the next recording signs it', async () => {
  const upTo = auditSubgraph.migrations.findIndex((migration) => migration.name === 'Migration011ChangeLogChain');
  const earlier = await openSubgraphDatabase(
    { ...auditSubgraph, migrations: auditSubgraph.migrations.slice(0, upTo) },
    database.config,
    log,
  );
  try {
    const knex = earlier.fork().getConnection().getKnex();
    const rows = [entry(1, 1), entry(2, 2), entry(3, 3), entry(4, null)].map((row) => ({
      id: row.id,
      entity: row.entity,
      entity_id: row.entityId,
      field: row.field,
      old_value: row.oldValue,
      new_value: row.newValue,
      actor: row.actor,
      at: row.at,
      reason: row.reason,
      recorded_at: row.recordedAt,
      coordinate: row.coordinate,
      classification: row.classification,
      kind: row.kind,
      mask: row.mask,
      sequence: row.sequence,
    }));
    await knex('change_log_entry').insert(rows);
  } finally {
    await earlier.close();
  }

  const migrated = await openSubgraphDatabase(auditSubgraph, database.config, log);
  try {
    const keys = loadVerifyingKeys(database.config);
    const stored = await migrated
      .fork()
      .find(ChangeLogEntryEntity, {}, { orderBy: { sequence: 'asc' }, fields: ['id', 'sequence', 'hash'] });
    expect(stored.map(({ id, sequence }) => [id, sequence])).toEqual([
      ['chg_1', 1],
      ['chg_2', 2],
      ['chg_3', 3],
      ['chg_4', 4],
    ]);
    expect(stored.every((row) => /^[0-9a-f]{64}$/.test(row.hash ?? ''))).toBe(true);
    expect(await verifyStoredChangeLog(migrated.fork(), keys)).toMatchObject({
      intact: true,
      length: 4,
      checkpointsVerified: 0,
    });

    const writer = new ChangeLogWriter(migrated, loadCheckpointSigner(database.config));
    expect(await writer.record([{ ...entry(5, null), previousHash: null, hash: null }])).toBe(1);
    expect(await verifyStoredChangeLog(migrated.fork(), keys)).toMatchObject({
      intact: true,
      length: 5,
      checkpointsVerified: 1,
    });
  } finally {
    await migrated.close();
  }
});
