import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import {
  GENESIS_HASH,
  chainMany,
  chainNext,
  eventHash,
  signCheckpoint,
  verifyChain,
  verifyCheckpointSignature,
  type ChainVerdict,
  type ChainedEvent,
  type Checkpoint,
  type EventDraft,
} from '../../../../../subgraphs/audit/chain';
import {
  generateEd25519KeyPair,
  keyFromPem,
  loadSigningKey,
  loadVerifyingKey,
} from '../../../../../lib/crypto/ed25519';
import { signOrigin, type OriginKeys, type OriginSigner } from '../../../../../lib/crypto/origin';

const KEY_ID = 'audit-2025';
const signing = generateEd25519KeyPair();
const key = { keyId: KEY_ID, privateKey: loadSigningKey(signing.privateKeyPem) };
const publicKeys: ReadonlyMap<string, KeyObject> = new Map([[KEY_ID, loadVerifyingKey(signing.publicKeyPem)]]);
const rogueKey = loadSigningKey(generateEd25519KeyPair().privateKeyPem);
/** Chains built before origins were signed: verified with no origin keys at all. */
const NO_ORIGINS: OriginKeys = new Map();

function draft(n: number): EventDraft {
  const at = new Date(Date.UTC(2025, 0, 1, 0, 0, n)).toISOString();
  return {
    id: `evt-${n}`,
    at,
    kind: n % 7 === 0 ? 'ALERT' : 'QUERY',
    body: { actor: `user-${n % 3}`, fields: ['name', 'creditLimit'], rows: n },
  };
}

function drafts(count: number): EventDraft[] {
  return Array.from({ length: count }, (_, i) => draft(i + 1));
}

/** A checkpoint every `every` events, signed at the event's own time. */
function checkpointsFor(events: readonly ChainedEvent[], every: number, signer = key): Checkpoint[] {
  return events.filter((e) => e.sequence % every === 0).map((e) => signCheckpoint(e, e.at, signer));
}

const EVENTS = chainMany(undefined, drafts(50));
const CHECKPOINTS = checkpointsFor(EVENTS, 10);

/** A deep copy, so each test tampers with its own chain. */
function chain(): ChainedEvent[] {
  return structuredClone(EVENTS);
}

function checkpoints(): Checkpoint[] {
  return structuredClone(CHECKPOINTS);
}

function broken(
  eventId: string | null,
  sequence: number | null,
  reason: RegExp,
  checkpointsVerified: number,
  length = 50,
): ChainVerdict {
  return {
    intact: false,
    length,
    firstBrokenEventId: eventId,
    firstBrokenSequence: sequence,
    reason: expect.stringMatching(reason),
    checkpointsVerified,
    originsVerified: 0,
  };
}

/** Re-chains events from index `from` on, as someone who can write the store but not sign would. */
function rehashFrom(events: ChainedEvent[], from: number): ChainedEvent[] {
  return [...events.slice(0, from), ...chainMany(events[from - 1], events.slice(from))];
}

describe('audit chain: building', () => {
  it('starts from the genesis hash and links each event to the one before', () => {
    expect(EVENTS[0]).toMatchObject({ id: 'evt-1', sequence: 1, previousHash: GENESIS_HASH });
    for (let i = 1; i < EVENTS.length; i++) {
      expect(EVENTS[i].sequence).toBe(i + 1);
      expect(EVENTS[i].previousHash).toBe(EVENTS[i - 1].hash);
    }
    for (const event of EVENTS) expect(event.hash).toBe(eventHash(event));
  });

  it('chains the same way one at a time and in batches', () => {
    const oneByOne: ChainedEvent[] = [];
    for (const d of drafts(50)) oneByOne.push(chainNext(oneByOne.at(-1), d));
    const inTwoBatches = chainMany(undefined, drafts(20));
    inTwoBatches.push(...chainMany(inTwoBatches.at(-1), drafts(50).slice(20)));
    expect(oneByOne).toEqual(EVENTS);
    expect(inTwoBatches).toEqual(EVENTS);
  });

  it('hashes the same body regardless of key order', () => {
    const a = chainNext(undefined, { ...draft(1), body: { a: 1, b: { c: 2, d: 3 } } });
    const b = chainNext(undefined, { ...draft(1), body: { b: { d: 3, c: 2 }, a: 1 } });
    expect(a.hash).toBe(b.hash);
  });

  it('stores the body as it reads back from JSON, so a Date in the body does not break verification later', () => {
    const event = chainNext(undefined, { ...draft(1), body: { when: new Date('2025-01-01T00:00:00Z') } });
    expect(event.body).toEqual({ when: '2025-01-01T00:00:00.000Z' });
    expect(verifyChain([JSON.parse(JSON.stringify(event)) as ChainedEvent], [], publicKeys, NO_ORIGINS).intact).toBe(
      true,
    );
  });

  it.each([
    ['NaN in the body', { ...draft(1), body: { rows: Number.NaN } }],
    ['a Buffer in the body', { ...draft(1), body: { raw: Buffer.from('x') } }],
    ['an array body', { ...draft(1), body: [] as unknown as Record<string, unknown> }],
    ['an empty id', { ...draft(1), id: '' }],
  ])('refuses a draft with %s', (_label, bad) => {
    expect(() => chainNext(undefined, bad)).toThrow(TypeError);
  });

  it('refuses to chain after an event whose sequence came back from the database as a string', () => {
    const previous = { ...EVENTS[0], sequence: '1' as unknown as number };
    expect(() => chainNext(previous, draft(2))).toThrow(/sequence/);
  });
});

describe('audit chain: checkpoints and keys', () => {
  it('verifies a genuine checkpoint', () => {
    expect(CHECKPOINTS).toHaveLength(5);
    for (const cp of CHECKPOINTS) expect(verifyCheckpointSignature(cp, publicKeys)).toBe(true);
  });

  it('loads keys from base64 DER as well as PEM, and a private PEM as a verifying key', () => {
    const privateDer = keyFromPem(signing.privateKeyPem).export({ type: 'pkcs8', format: 'der' }).toString('base64');
    const publicDer = keyFromPem(signing.publicKeyPem).export({ type: 'spki', format: 'der' }).toString('base64');
    const cp = signCheckpoint(EVENTS[9], EVENTS[9].at, { keyId: KEY_ID, privateKey: loadSigningKey(privateDer) });
    expect(verifyCheckpointSignature(cp, new Map([[KEY_ID, loadVerifyingKey(publicDer)]]))).toBe(true);
    expect(verifyCheckpointSignature(cp, new Map([[KEY_ID, loadVerifyingKey(signing.privateKeyPem)]]))).toBe(true);
  });

  it('refuses keys that are not Ed25519, and a public key for signing', () => {
    const { privateKey } = generateKeyPairSync('ec', {
      namedCurve: 'prime256v1',
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    expect(() => keyFromPem(privateKey)).toThrow(/Ed25519/);
    expect(() => loadSigningKey(signing.publicKeyPem)).toThrow();
    expect(() =>
      signCheckpoint(EVENTS[9], 'now', { keyId: KEY_ID, privateKey: loadVerifyingKey(signing.publicKeyPem) }),
    ).toThrow(/private/);
  });

  it('rejects a checkpoint whose signed fields were changed', () => {
    const cp = CHECKPOINTS[0];
    for (const changed of [
      { ...cp, sequence: 11 },
      { ...cp, hash: EVENTS[10].hash },
      { ...cp, at: '2030-01-01T00:00:00.000Z' },
    ]) {
      expect(verifyCheckpointSignature(changed, publicKeys)).toBe(false);
    }
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'checkpoint'],
    ['an empty object', {}],
    ['an unknown key id', { ...CHECKPOINTS[0], keyId: 'nobody' }],
    ['a non-base64 signature', { ...CHECKPOINTS[0], signature: '%%% not base64 %%%' }],
    ['a signature of the wrong length', { ...CHECKPOINTS[0], signature: Buffer.alloc(10).toString('base64') }],
    ['a signature with junk appended', { ...CHECKPOINTS[0], signature: `${CHECKPOINTS[0].signature}!!` }],
    ['a numeric signature', { ...CHECKPOINTS[0], signature: 42 }],
    ['a missing keyId', { ...CHECKPOINTS[0], keyId: undefined }],
    ['a NaN sequence', { ...CHECKPOINTS[0], sequence: Number.NaN }],
  ])('returns false, without throwing, for %s', (_label, garbage) => {
    expect(verifyCheckpointSignature(garbage as Checkpoint, publicKeys)).toBe(false);
  });

  it('returns false when the key id names a key that is not Ed25519', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    expect(verifyCheckpointSignature(CHECKPOINTS[0], new Map([[KEY_ID, publicKey]]))).toBe(false);
  });
});

describe('audit chain: verification', () => {
  it('finds an untouched chain intact, with every checkpoint verified', () => {
    expect(verifyChain(EVENTS, CHECKPOINTS, publicKeys, NO_ORIGINS)).toEqual({
      intact: true,
      length: 50,
      firstBrokenEventId: null,
      firstBrokenSequence: null,
      reason: null,
      checkpointsVerified: 5,
      originsVerified: 0,
    });
  });

  it('finds an empty chain without checkpoints intact', () => {
    expect(verifyChain([], [], publicKeys, NO_ORIGINS)).toEqual({
      intact: true,
      length: 0,
      firstBrokenEventId: null,
      firstBrokenSequence: null,
      reason: null,
      checkpointsVerified: 0,
      originsVerified: 0,
    });
  });

  it('finds an emptied chain truncated when checkpoints remain', () => {
    expect(verifyChain([], CHECKPOINTS, publicKeys, NO_ORIGINS)).toEqual(
      broken(null, 1, /^chain is shorter than checkpoint 50: events 1\.\.50 are missing$/, 0, 0),
    );
  });

  describe('modification', () => {
    it.each<[string, (e: ChainedEvent) => void]>([
      ['a body field', (e) => (e.body.rows = 999)],
      ['a nested body value', (e) => ((e.body.fields as string[])[0] = 'iban')],
      ['an added body field', (e) => (e.body.extra = true)],
      ['at', (e) => (e.at = '2025-01-01T00:00:00.000Z')],
      ['kind', (e) => (e.kind = 'ALERT_SUPPRESSED')],
    ])('names the event whose %s was changed', (_field, tamper) => {
      const events = chain();
      tamper(events[22]);
      expect(verifyChain(events, checkpoints(), publicKeys, NO_ORIGINS)).toEqual(
        broken('evt-23', 23, /^hash mismatch: event content was modified$/, 2),
      );
    });

    it('names the event whose id was changed', () => {
      const events = chain();
      events[22].id = 'evt-forged';
      expect(verifyChain(events, checkpoints(), publicKeys, NO_ORIGINS)).toEqual(
        broken('evt-forged', 23, /^hash mismatch: event content was modified$/, 2),
      );
    });

    it('names the event after one whose hash was recomputed but whose successor was left alone', () => {
      const events = chain();
      events[22].body.rows = 999;
      events[22].hash = eventHash(events[22]);
      expect(verifyChain(events, checkpoints(), publicKeys, NO_ORIGINS)).toEqual(
        broken('evt-24', 24, /^previousHash mismatch: event does not link to event 23$/, 2),
      );
    });

    it('names the first event when it no longer starts from the genesis hash', () => {
      const events = chain();
      events[0].previousHash = 'f'.repeat(64);
      expect(verifyChain(events, checkpoints(), publicKeys, NO_ORIGINS)).toEqual(broken('evt-1', 1, /genesis hash/, 0));
    });
  });

  describe('deletion', () => {
    it('names the first event after several deleted from the middle', () => {
      const events = chain();
      events.splice(40, 3);
      expect(verifyChain(events, checkpoints(), publicKeys, NO_ORIGINS)).toEqual(
        broken('evt-44', 44, /^sequence gap: events 41\.\.43 are missing$/, 4, 47),
      );
    });

    it('names the event after a single deleted one', () => {
      const events = chain();
      events.splice(16, 1);
      expect(verifyChain(events, checkpoints(), publicKeys, NO_ORIGINS)).toEqual(
        broken('evt-18', 18, /^sequence gap: event 17 is missing$/, 1, 49),
      );
    });

    it('names the event after a deletion whose followers were renumbered but not rehashed', () => {
      const events = chain();
      events.splice(16, 1);
      events.slice(16).forEach((e) => (e.sequence -= 1));
      expect(verifyChain(events, checkpoints(), publicKeys, NO_ORIGINS)).toEqual(
        broken('evt-18', 17, /^previousHash mismatch: event does not link to event 16$/, 1, 49),
      );
    });

    it('reports truncation at the end against the last checkpoint', () => {
      const events = chain().slice(0, 47);
      expect(verifyChain(events, checkpoints(), publicKeys, NO_ORIGINS)).toEqual(
        broken(null, 48, /^chain is shorter than checkpoint 50: events 48\.\.50 are missing$/, 4, 47),
      );
    });

    it('reports how far a deeper truncation reaches', () => {
      const events = chain().slice(0, 25);
      expect(verifyChain(events, checkpoints(), publicKeys, NO_ORIGINS)).toEqual(
        broken(null, 26, /^chain is shorter than checkpoint 50: events 26\.\.50 are missing$/, 2, 25),
      );
    });

    it('cannot see a truncation that no checkpoint covers', () => {
      const events = chain().slice(0, 47);
      expect(verifyChain(events, checkpoints().slice(0, 4), publicKeys, NO_ORIGINS)).toMatchObject({
        intact: true,
        checkpointsVerified: 4,
      });
    });
  });

  describe('reordering', () => {
    it('names the first event out of place when two are swapped', () => {
      const events = chain();
      [events[19], events[20]] = [events[20], events[19]];
      expect(verifyChain(events, checkpoints(), publicKeys, NO_ORIGINS)).toEqual(
        broken('evt-21', 21, /^sequence out of order: expected 20, found 21$/, 1),
      );
    });

    it('names an event moved backwards', () => {
      const events = chain();
      const [moved] = events.splice(4, 1);
      events.splice(30, 0, moved);
      expect(verifyChain(events, checkpoints(), publicKeys, NO_ORIGINS)).toEqual(
        broken('evt-6', 6, /^sequence out of order: expected 5, found 6$/, 0),
      );
    });
  });

  describe('insertion', () => {
    it('names an extra event that repeats the sequence of the one before it', () => {
      const events = chain();
      events.splice(30, 0, { ...structuredClone(events[29]), id: 'evt-forged', body: { actor: 'attacker' } });
      expect(verifyChain(events, checkpoints(), publicKeys, NO_ORIGINS)).toEqual(
        broken('evt-forged', 30, /^duplicate sequence 30: an event was inserted$/, 3, 51),
      );
    });

    it('names a well-linked forgery placed before the genuine event it duplicates', () => {
      const events = chain();
      const forged = chainNext(events[23], {
        id: 'evt-forged',
        at: events[24].at,
        kind: 'QUERY',
        body: { actor: 'attacker' },
      });
      events.splice(24, 0, forged);
      expect(verifyChain(events, checkpoints(), publicKeys, NO_ORIGINS)).toEqual(
        broken('evt-forged', 25, /^duplicate sequence 25: an event was inserted$/, 2, 51),
      );
    });

    it('names an extra event with an out-of-order sequence', () => {
      const events = chain();
      events.splice(30, 0, { ...structuredClone(events[6]), id: 'evt-forged' });
      expect(verifyChain(events, checkpoints(), publicKeys, NO_ORIGINS)).toEqual(
        broken('evt-forged', 7, /^sequence out of order: expected 31, found 7$/, 3, 51),
      );
    });

    it('names a forged event that does not link to the chain', () => {
      const events = chain();
      const forged = chainNext(
        { ...events[49], hash: 'a'.repeat(64) },
        { id: 'evt-forged', at: '2025-02-01T00:00:00.000Z', kind: 'QUERY', body: {} },
      );
      events.push(forged);
      expect(verifyChain(events, checkpoints(), publicKeys, NO_ORIGINS)).toEqual(
        broken('evt-forged', 51, /^previousHash mismatch: event does not link to event 50$/, 5, 51),
      );
    });

    it('names a replayed event appended with a fresh sequence', () => {
      const events = chain();
      events.push(chainNext(events[49], draft(10)));
      expect(verifyChain(events, checkpoints(), publicKeys, NO_ORIGINS)).toEqual(
        broken('evt-10', 51, /^duplicate id: already used by event 10$/, 5, 51),
      );
    });
  });

  describe('forgery with recomputed hashes', () => {
    it('is caught by the next checkpoint, which names the event it signs', () => {
      const events = chain();
      events[22].body.rows = 999;
      const forged = rehashFrom(events, 22);
      expect(verifyChain(forged, checkpoints(), publicKeys, NO_ORIGINS)).toEqual(
        broken('evt-30', 30, /^hash differs from checkpoint 30: an event in 21\.\.30 was rewritten$/, 2),
      );
    });

    it('is caught when an event was deleted and the rest renumbered and rehashed', () => {
      const events = chain();
      events.splice(12, 1);
      const forged = rehashFrom(
        events.map((e, i) => ({ ...e, sequence: i + 1 })),
        12,
      );
      expect(verifyChain(forged, checkpoints(), publicKeys, NO_ORIGINS)).toEqual(
        broken('evt-21', 20, /^hash differs from checkpoint 20: an event in 11\.\.20 was rewritten$/, 1, 49),
      );
    });

    it('cannot be seen after the last checkpoint until a later checkpoint covers it', () => {
      const events = chain();
      events[44].body.rows = 999;
      const forged = rehashFrom(events, 44);
      expect(verifyChain(forged, checkpoints().slice(0, 4), publicKeys, NO_ORIGINS)).toMatchObject({
        intact: true,
        checkpointsVerified: 4,
      });
      expect(verifyChain(forged, checkpoints(), publicKeys, NO_ORIGINS)).toEqual(
        broken('evt-50', 50, /^hash differs from checkpoint 50: an event in 41\.\.50 was rewritten$/, 4),
      );
    });

    it('is not hidden by checkpoints re-signed with another key under the real key id', () => {
      const events = chain();
      events[22].body.rows = 999;
      const forged = rehashFrom(events, 22);
      const forgedCheckpoints = checkpointsFor(forged, 10, { keyId: KEY_ID, privateKey: rogueKey });
      expect(verifyChain(forged, forgedCheckpoints, publicKeys, NO_ORIGINS)).toEqual(
        broken(null, null, /^checkpoint 10 has an invalid signature$/, 0),
      );
    });
  });

  describe('checkpoints', () => {
    it('names a checkpoint signed with another key under the real key id', () => {
      const cps = checkpoints();
      cps[2] = signCheckpoint(EVENTS[29], EVENTS[29].at, { keyId: KEY_ID, privateKey: rogueKey });
      expect(verifyChain(chain(), cps, publicKeys, NO_ORIGINS)).toEqual(
        broken(null, null, /^checkpoint 30 has an invalid signature$/, 2),
      );
    });

    it('names a checkpoint with an unknown key id', () => {
      const cps = checkpoints();
      cps[2] = signCheckpoint(EVENTS[29], EVENTS[29].at, { keyId: 'rogue', privateKey: rogueKey });
      expect(verifyChain(chain(), cps, publicKeys, NO_ORIGINS)).toEqual(
        broken(null, null, /^checkpoint 30 is signed by unknown key "rogue"$/, 2),
      );
    });

    it('reports a validly signed checkpoint beyond the chain as truncation', () => {
      const cps = [...checkpoints(), signCheckpoint({ sequence: 60, hash: 'b'.repeat(64) }, 'later', key)];
      expect(verifyChain(chain(), cps, publicKeys, NO_ORIGINS)).toEqual(
        broken(null, 51, /^chain is shorter than checkpoint 60: events 51\.\.60 are missing$/, 5),
      );
    });

    it('names a forged checkpoint beyond the chain', () => {
      const cps = [
        ...checkpoints(),
        signCheckpoint({ sequence: 60, hash: 'b'.repeat(64) }, 'later', { keyId: KEY_ID, privateKey: rogueKey }),
      ];
      expect(verifyChain(chain(), cps, publicKeys, NO_ORIGINS)).toEqual(
        broken(null, null, /^checkpoint 60 has an invalid signature$/, 5),
      );
    });

    it.each<[string, (cp: Record<string, unknown>) => void, RegExp]>([
      [
        'a non-base64 signature',
        (cp) => (cp.signature = 'not base64 at all!'),
        /^checkpoint 30 has an invalid signature$/,
      ],
      [
        'a signature of the wrong length',
        (cp) => (cp.signature = Buffer.alloc(63).toString('base64')),
        /^checkpoint 30 has an invalid signature$/,
      ],
      ['a missing signature', (cp) => delete cp.signature, /^checkpoint 30 is malformed: signature is not a string$/],
      ['a numeric hash', (cp) => (cp.hash = 42), /^checkpoint 30 is malformed: hash is not a SHA-256 hex digest$/],
      ['an empty key id', (cp) => (cp.keyId = ''), /^checkpoint 30 is malformed: keyId is not a non-empty string$/],
      ['a changed time', (cp) => (cp.at = '1999-01-01T00:00:00.000Z'), /^checkpoint 30 has an invalid signature$/],
      ['a changed sequence', (cp) => (cp.sequence = 31), /^checkpoint 31 has an invalid signature$/],
      [
        'a NaN sequence',
        (cp) => (cp.sequence = Number.NaN),
        /^checkpoint at index 2 is malformed: sequence is not a positive integer$/,
      ],
      [
        'a string sequence',
        (cp) => (cp.sequence = '30'),
        /^checkpoint at index 2 is malformed: sequence is not a positive integer$/,
      ],
    ])('names a checkpoint with %s', (_label, tamper, reason) => {
      const cps = checkpoints();
      tamper(cps[2] as unknown as Record<string, unknown>);
      expect(verifyChain(chain(), cps, publicKeys, NO_ORIGINS)).toMatchObject({
        intact: false,
        firstBrokenEventId: null,
        firstBrokenSequence: null,
        reason: expect.stringMatching(reason),
      });
    });

    it('names a checkpoint that is not an object', () => {
      const cps = [...checkpoints(), null as unknown as Checkpoint];
      expect(verifyChain(chain(), cps, publicKeys, NO_ORIGINS)).toEqual(
        broken(null, null, /^checkpoint at index 5 is malformed: not an object$/, 5),
      );
    });

    it('reports the first problem in sequence order', () => {
      const events = chain();
      events[44].kind = 'TAMPERED';
      const cps = checkpoints();
      cps[1].signature = cps[0].signature;
      expect(verifyChain(events, cps, publicKeys, NO_ORIGINS)).toEqual(
        broken(null, null, /^checkpoint 20 has an invalid signature$/, 1),
      );
    });
  });

  describe('hostile events', () => {
    it.each<[string, (e: Record<string, unknown>) => void, string | null, RegExp]>([
      ['a missing body', (e) => delete e.body, 'evt-23', /^malformed event: body is not an object$/],
      ['an array body', (e) => (e.body = []), 'evt-23', /^malformed event: body is not an object$/],
      [
        'a NaN sequence',
        (e) => (e.sequence = Number.NaN),
        'evt-23',
        /^malformed event: sequence is not a positive integer$/,
      ],
      [
        'a string sequence',
        (e) => (e.sequence = '23'),
        'evt-23',
        /^malformed event: sequence is not a positive integer$/,
      ],
      [
        'a fractional sequence',
        (e) => (e.sequence = 22.5),
        'evt-23',
        /^malformed event: sequence is not a positive integer$/,
      ],
      ['a numeric hash', (e) => (e.hash = 123), 'evt-23', /^malformed event: hash is not a SHA-256 hex digest$/],
      [
        'an upper-case hash',
        (e) => (e.hash = (e.hash as string).toUpperCase()),
        'evt-23',
        /^malformed event: hash is not a SHA-256 hex digest$/,
      ],
      [
        'a missing previousHash',
        (e) => delete e.previousHash,
        'evt-23',
        /^malformed event: previousHash is not a SHA-256 hex digest$/,
      ],
      ['a missing id', (e) => delete e.id, null, /^malformed event: id is not a non-empty string$/],
      ['a numeric kind', (e) => (e.kind = 7), 'evt-23', /^malformed event: kind is not a non-empty string$/],
      ['a Date for at', (e) => (e.at = new Date()), 'evt-23', /^malformed event: at is not a non-empty string$/],
      [
        'a BigInt in the body',
        (e) => ((e.body as Record<string, unknown>).rows = 10n),
        'evt-23',
        /^malformed event: body is not JSON-serialisable$/,
      ],
      [
        'a cyclic body',
        (e) => ((e.body as Record<string, unknown>).self = e.body),
        'evt-23',
        /^malformed event: body is not JSON-serialisable$/,
      ],
    ])('names the event with %s without throwing', (_label, tamper, eventId, reason) => {
      const events = chain();
      tamper(events[22] as unknown as Record<string, unknown>);
      expect(verifyChain(events, checkpoints(), publicKeys, NO_ORIGINS)).toEqual(broken(eventId, 23, reason, 2));
    });

    it.each<[string, unknown]>([
      ['null', null],
      ['a number', 1],
      ['a string', 'event'],
      ['an array', []],
    ])('names the position of an event that is %s', (_label, garbage) => {
      const events: unknown[] = chain();
      events[22] = garbage;
      expect(verifyChain(events as ChainedEvent[], checkpoints(), publicKeys, NO_ORIGINS)).toEqual(
        broken(null, 23, /^malformed event: not an object$/, 2),
      );
    });

    it('copes with a chain that is all garbage', () => {
      const garbage = [undefined, {}, { sequence: Infinity }] as unknown as ChainedEvent[];
      expect(verifyChain(garbage, [{} as Checkpoint], publicKeys, NO_ORIGINS)).toEqual(
        broken(null, 1, /^malformed event: not an object$/, 0, 3),
      );
    });
  });

  it('verifies 100,000 events', () => {
    const events = chainMany(undefined, drafts(100_000));
    const cps = checkpointsFor(events, 1_000);
    expect(verifyChain(events, cps, publicKeys, NO_ORIGINS)).toMatchObject({
      intact: true,
      length: 100_000,
      checkpointsVerified: 100,
    });
  });
});

describe('audit chain: origins', () => {
  const gatewayKey = generateEd25519KeyPair();
  const serviceKey = generateEd25519KeyPair();
  const gateway: OriginSigner = { by: 'gateway', keyId: 'g1', privateKey: loadSigningKey(gatewayKey.privateKeyPem) };
  const customer: OriginSigner = { by: 'customer', keyId: 'c1', privateKey: loadSigningKey(serviceKey.privateKeyPem) };
  const origins: OriginKeys = new Map([
    ['gateway', new Map([['g1', loadVerifyingKey(gatewayKey.publicKeyPem)]])],
    ['customer', new Map([['c1', loadVerifyingKey(serviceKey.publicKeyPem)]])],
  ]);
  /** Ten unsigned events from before origins were signed, then ten signed ones. */
  const signedChain = (sign: (draft: EventDraft, n: number) => EventDraft['origin']) =>
    chainMany(
      undefined,
      Array.from({ length: 20 }, (_, i) => draft(i + 1)).map((d, i) =>
        i < 10
          ? d
          : {
              ...d,
              kind: i % 2 ? 'ATTEMPT' : 'OPERATION',
              origin: sign({ ...d, kind: i % 2 ? 'ATTEMPT' : 'OPERATION' }, i),
            },
      ),
    );

  it('verifies the origin of every signed event, and hashes an unsigned event as before', () => {
    const events = signedChain((d, i) => signOrigin(d, i % 2 ? customer : gateway));
    expect(verifyChain(events, [], publicKeys, origins)).toMatchObject({ intact: true, originsVerified: 10 });
    expect(events[0].hash).toBe(EVENTS[0].hash);
  });

  it('names the first event a process did not sign, or may not report, or that lost its signature', () => {
    const forged = signedChain((d, i) =>
      signOrigin(d, i === 14 ? { ...gateway, privateKey: rogueKey } : i % 2 ? customer : gateway),
    );
    expect(verifyChain(forged, [], publicKeys, origins)).toMatchObject({
      intact: false,
      firstBrokenSequence: 15,
      reason: 'origin: the event has an origin signature that does not verify',
    });
    const overreach = signedChain((d, i) => signOrigin(d, i === 12 ? customer : i % 2 ? customer : gateway));
    expect(verifyChain(overreach, [], publicKeys, origins)).toMatchObject({
      intact: false,
      firstBrokenSequence: 13,
      reason: 'origin: the event is a OPERATION event, which customer may not report',
    });
    const stripped = signedChain((d, i) => (i === 16 ? undefined : signOrigin(d, i % 2 ? customer : gateway)));
    expect(verifyChain(stripped, [], publicKeys, origins)).toMatchObject({
      intact: false,
      firstBrokenSequence: 17,
      reason: 'origin: the event has no origin signature',
    });
  });
});
