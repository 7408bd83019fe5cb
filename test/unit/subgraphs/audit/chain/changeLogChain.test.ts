import type { KeyObject } from 'node:crypto';
import {
  GENESIS_HASH,
  signCheckpoint,
  type Checkpoint,
  type CheckpointSigningKey,
} from '../../../../../subgraphs/audit/chain';
import {
  chainChanges,
  changeHash,
  verifyChangeLog,
  type ChainedChange,
  type ChangeTombstone,
  type NumberedChange,
  type StoredChange,
} from '../../../../../subgraphs/audit/chain/changeLog';
import { generateEd25519KeyPair, loadSigningKey, loadVerifyingKey } from '../../../../../lib/crypto/ed25519';

const KEY_ID = 'audit-2026';
const signing = generateEd25519KeyPair();
const key: CheckpointSigningKey = { keyId: KEY_ID, privateKey: loadSigningKey(signing.privateKeyPem) };
const publicKeys: ReadonlyMap<string, KeyObject> = new Map([[KEY_ID, loadVerifyingKey(signing.publicKeyPem)]]);
const rogue: CheckpointSigningKey = {
  keyId: KEY_ID,
  privateKey: loadSigningKey(generateEd25519KeyPair().privateKeyPem),
};

function change(n: number): NumberedChange {
  const at = new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString();
  return {
    id: `chg-${n}`,
    sequence: n,
    entity: 'Customer',
    entityId: `cus_${n % 4}`,
    field: n % 2 === 0 ? 'creditLimit' : 'paymentTerms',
    oldValue: n % 3 === 0 ? null : JSON.stringify({ amount: n * 100 }),
    newValue: JSON.stringify({ amount: n * 200 }),
    actor: `steward-${n % 3}`,
    at,
    reason: n % 5 === 0 ? null : 'annual review',
    recordedAt: at,
    coordinate: 'Customer.creditLimit',
    classification: 'CREDIT',
    kind: 'Money',
    mask: null,
  };
}

const CHANGES = chainChanges(
  undefined,
  Array.from({ length: 12 }, (_, i) => change(i + 1)),
);
/** Each recording signs its head: here one recording of six, then three of two. */
const CHECKPOINTS: Checkpoint[] = [6, 8, 10, 12].map((n) => signCheckpoint(CHANGES[n - 1], CHANGES[n - 1].at, key));

function verify(
  entries: readonly StoredChange[] = CHANGES,
  tombstones: readonly ChangeTombstone[] = [],
  checkpoints: readonly Checkpoint[] = CHECKPOINTS,
) {
  return verifyChangeLog(entries, tombstones, checkpoints, publicKeys);
}

function tombstoneOf(entry: ChainedChange): ChangeTombstone {
  return {
    entryId: entry.id,
    sequence: entry.sequence,
    previousHash: entry.previousHash,
    hash: entry.hash,
    purgeRunId: 'purge-1',
    rule: 'change-log:7y',
    removedAt: '2033-02-01T00:00:00.000Z',
  };
}

describe('chaining changes', () => {
  it('links each entry to the one before, from the genesis hash, and after a given head', () => {
    expect(CHANGES[0].previousHash).toBe(GENESIS_HASH);
    for (let i = 1; i < CHANGES.length; i++) expect(CHANGES[i].previousHash).toBe(CHANGES[i - 1].hash);
    const [next] = chainChanges(CHANGES[11], [change(13)]);
    expect(next.previousHash).toBe(CHANGES[11].hash);
    expect(next.hash).toBe(changeHash(next));
  });

  it.each([
    ['oldValue', 'x'],
    ['newValue', null],
    ['actor', 'someone-else'],
    ['at', '2020-01-01T00:00:00.000Z'],
    ['recordedAt', '2020-01-01T00:00:00.000Z'],
    ['reason', 'another reason'],
    ['coordinate', 'Customer.name'],
    ['classification', 'PII'],
    ['entityId', 'cus_other'],
    ['sequence', 99],
    ['previousHash', GENESIS_HASH.replace(/^0/, '1')],
  ])('hashes %s', (field, value) => {
    const entry = CHANGES[3];
    expect(changeHash({ ...entry, [field]: value })).not.toBe(entry.hash);
  });
});

describe('verifying the change log', () => {
  it('finds an untouched log intact, with every checkpoint verified', () => {
    expect(verify()).toEqual({
      intact: true,
      length: 12,
      removed: 0,
      firstBrokenEntryId: null,
      firstBrokenSequence: null,
      reason: null,
      checkpointsVerified: 4,
    });
  });

  it('finds an empty log, and a log never signed yet (just migrated), intact', () => {
    expect(verify([], [], []).intact).toBe(true);
    expect(verify(CHANGES, [], []).intact).toBe(true);
  });

  it('names an entry whose stored content was modified', () => {
    const entries = CHANGES.map((e, i) => (i === 4 ? { ...e, newValue: '{"amount":1}' } : e));
    expect(verify(entries)).toMatchObject({
      intact: false,
      firstBrokenEntryId: 'chg-5',
      firstBrokenSequence: 5,
      reason: 'hash mismatch: entry content was modified',
    });
  });

  it('names the entry after a deleted one', () => {
    const entries = CHANGES.filter((e) => e.sequence !== 7);
    expect(verify(entries)).toMatchObject({
      intact: false,
      firstBrokenEntryId: 'chg-8',
      firstBrokenSequence: 8,
      reason: 'sequence gap: entry 7 is missing',
    });
  });

  it('names entries that swapped places', () => {
    const entries = CHANGES.map((e) =>
      e.sequence === 3 ? { ...e, sequence: 4 } : e.sequence === 4 ? { ...e, sequence: 3 } : e,
    ).sort((a, b) => a.sequence - b.sequence);
    expect(verify(entries)).toMatchObject({ intact: false, firstBrokenEntryId: 'chg-4', firstBrokenSequence: 3 });
  });

  it('names a forged entry inserted in the middle, even with a correct hash', () => {
    const shifted = CHANGES.map((e) => (e.sequence >= 5 ? { ...e, sequence: e.sequence + 1 } : e));
    const [forged] = chainChanges(CHANGES[3], [{ ...change(5), id: 'chg-forged' }]);
    const entries = [...shifted, forged].sort((a, b) => a.sequence - b.sequence);
    expect(verify(entries)).toMatchObject({ intact: false, firstBrokenEntryId: 'chg-5', firstBrokenSequence: 6 });
  });

  it('names a forged entry appended after the last recording, even with a correct hash', () => {
    const forged = chainChanges(CHANGES[11], [{ ...change(13), id: 'chg-forged' }]);
    expect(verify([...CHANGES, ...forged])).toMatchObject({
      intact: false,
      firstBrokenEntryId: 'chg-forged',
      firstBrokenSequence: 13,
      reason: expect.stringContaining('after the last signed checkpoint 12'),
    });
  });

  it('names a rewrite that recomputed every hash, by the checkpoint it no longer matches', () => {
    const rewritten = chainChanges(
      undefined,
      CHANGES.map((e) => (e.sequence === 2 ? { ...e, actor: 'rewritten' } : e)),
    );
    expect(verify(rewritten)).toMatchObject({
      intact: false,
      firstBrokenEntryId: 'chg-6',
      reason: 'hash differs from checkpoint 6: an entry in 1..6 was rewritten',
    });
  });

  it('notices a cut-off tail, and a checkpoint that was not signed with a trusted key', () => {
    expect(verify(CHANGES.slice(0, 10))).toMatchObject({
      intact: false,
      firstBrokenEntryId: null,
      reason: 'chain is shorter than checkpoint 12: entries 11..12 are missing',
    });
    const forgedCheckpoint = signCheckpoint(CHANGES[11], CHANGES[11].at, rogue);
    expect(verify(CHANGES, [], [...CHECKPOINTS.slice(0, 3), forgedCheckpoint])).toMatchObject({
      intact: false,
      reason: 'checkpoint 12 has an invalid signature',
    });
  });

  it('verifies a log from which the retention purge removed entries, leaving tombstones', () => {
    const removed = CHANGES.filter((e) => e.sequence <= 3 || e.sequence === 6);
    const verdict = verify(
      CHANGES.filter((e) => !removed.includes(e)),
      removed.map(tombstoneOf),
    );
    expect(verdict).toMatchObject({ intact: true, length: 12, removed: 4, checkpointsVerified: 4 });
  });

  it('still names a modified entry after a removal, and a forged entry put where a removed one was', () => {
    const kept = CHANGES.filter((e) => e.sequence !== 2);
    const modified = kept.map((e) => (e.sequence === 3 ? { ...e, reason: 'rewritten' } : e));
    expect(verify(modified, [tombstoneOf(CHANGES[1])])).toMatchObject({ intact: false, firstBrokenEntryId: 'chg-3' });
    const forged = { ...CHANGES[1], id: 'chg-forged' };
    const withForged = [...kept, forged].sort((a, b) => a.sequence - b.sequence);
    expect(verify(withForged, [tombstoneOf(CHANGES[1])])).toMatchObject({
      intact: false,
      firstBrokenEntryId: 'chg-forged',
      reason: 'duplicate sequence 2: an entry was inserted',
    });
  });

  it('names an entry that was never chained, and garbage, without throwing', () => {
    const unchained = CHANGES.map((e) => (e.sequence === 12 ? { ...e, previousHash: null, hash: null } : e));
    expect(verify(unchained)).toMatchObject({
      intact: false,
      firstBrokenEntryId: 'chg-12',
      reason: expect.stringContaining('not chained'),
    });
    const garbage = [null, { id: 'x', sequence: 'one' }] as unknown as StoredChange[];
    expect(verify(garbage, [], []).intact).toBe(false);
  });
});
