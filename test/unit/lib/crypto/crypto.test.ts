import { createHash, randomBytes } from 'node:crypto';
import {
  DecryptionError,
  InvalidCardError,
  KeyRingError,
  blindIndex,
  cardBrand,
  decryptField,
  deriveDevelopmentKeyRing,
  deriveIndexKey,
  encryptField,
  isLuhnValid,
  keyIdOf,
  needsRotation,
  normalisePan,
  parseKeyRing,
  rotateField,
  tokeniseCard,
  type CardBrand,
} from '../../../../lib/crypto';

/** Fixed keys keep the tests deterministic; random ones are used only where a key must differ. */
const fixedKey = (name: string): Buffer => createHash('sha256').update(`custos crypto test ${name}`).digest();
const K1 = fixedKey('k1').toString('base64');
const K2 = fixedKey('k2').toString('base64');
const RING_1 = parseKeyRing(`k1:${K1}`);
const RING_12 = parseKeyRing(`k1:${K1},k2:${K2}`);
const CONTEXT = 'BankAccount.iban:bank_123';
const IBAN = 'DE89370400440532013000';

/** Runs fn and returns what it threw; fails the test if it did not throw. */
function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

/** Each variant of s with the character at one position replaced by a different one. */
function characterFlips(s: string): string[] {
  return [...s].map((c, i) => s.slice(0, i) + (c === 'A' ? 'B' : 'A') + s.slice(i + 1));
}

/** Each variant of a ciphertext with one byte of part 2 (wrapped key) or part 3 (data) flipped. */
function byteFlips(ciphertext: string, part: 2 | 3): string[] {
  const parts = ciphertext.split('.');
  const bytes = Buffer.from(parts[part], 'base64url');
  return [...bytes].map((_, i) => {
    const flipped = Buffer.from(bytes);
    flipped[i] ^= 0x01;
    return [...parts.slice(0, part), flipped.toString('base64url'), ...parts.slice(part + 1)].join('.');
  });
}

describe('parseKeyRing', () => {
  it('reads ids and 32-byte keys; the last listed is active unless one is named', () => {
    expect(RING_12.active.id).toBe('k2');
    expect([...RING_12.byId.keys()]).toEqual(['k1', 'k2']);
    expect(RING_12.byId.get('k1')!.key.equals(Buffer.from(K1, 'base64'))).toBe(true);
    expect(parseKeyRing(`k1:${K1}, k2:${K2}`, 'k1').active.id).toBe('k1');
  });

  const short = randomBytes(16).toString('base64');
  const long = randomBytes(33).toString('base64');
  it.each([
    ['an empty spec', '', undefined],
    ['an entry without a colon', K1, undefined],
    ['an empty id', `:${K1}`, undefined],
    ['an id with a dot', `k.1:${K1}`, undefined],
    ['an id longer than 32 characters', `${'k'.repeat(33)}:${K1}`, undefined],
    ['a 16-byte key', `k1:${short}`, undefined],
    ['a 33-byte key', `k1:${long}`, undefined],
    ['a key with a stray character', `k1:${K1.slice(0, 10)}!${K1.slice(10)}`, undefined],
    ['an unpadded key', `k1:${K1.replace(/=+$/, '')}`, undefined],
    ['a trailing comma', `k1:${K1},`, undefined],
    ['a duplicate id', `k1:${K1},k1:${K2}`, undefined],
    ['an active id not in the ring', `k1:${K1}`, 'k2'],
    ['a key passed as the active id', `k1:${K1}`, K2],
  ])('refuses %s without echoing key material', (_, spec, activeId) => {
    const error = thrown(() => parseKeyRing(spec, activeId));
    expect(error).toBeInstanceOf(KeyRingError);
    for (const key of [K1, K2, short, long]) {
      expect(error.message).not.toContain(key);
      expect(error.message).not.toContain(key.slice(0, 10));
    }
  });

  it('has a fixed, named development ring', () => {
    const dev = deriveDevelopmentKeyRing();
    expect(dev.active.id).toBe('dev-1');
    expect(dev.active.key).toHaveLength(32);
    expect(dev.active.key.equals(deriveDevelopmentKeyRing().active.key)).toBe(true);
    expect(decryptField(encryptField('x', deriveDevelopmentKeyRing(), CONTEXT), dev, CONTEXT)).toBe('x');
  });
});

describe('envelope encryption', () => {
  it.each(['', IBAN, 'Zoë – 東京 🚀', 'x'.repeat(10_000)])('round-trips %#', (plaintext) => {
    expect(decryptField(encryptField(plaintext, RING_1, CONTEXT), RING_1, CONTEXT)).toBe(plaintext);
  });

  it('writes the documented self-describing format under the active key', () => {
    const ciphertext = encryptField(IBAN, RING_12, CONTEXT);
    expect(ciphertext).toMatch(/^v1\.k2\.[A-Za-z0-9_-]{80}\.[A-Za-z0-9_-]+$/);
    expect(keyIdOf(ciphertext)).toBe('k2');
    expect(ciphertext).not.toContain(IBAN);
  });

  it('gives a different ciphertext each time for the same plaintext', () => {
    const ciphertexts = new Set(Array.from({ length: 20 }, () => encryptField(IBAN, RING_1, CONTEXT)));
    expect(ciphertexts.size).toBe(20);
  });

  it('refuses an empty context when encrypting', () => {
    expect(() => encryptField(IBAN, RING_1, '')).toThrow(RangeError);
  });

  it('fails under another context, so a ciphertext cannot move to another record or field', () => {
    const ciphertext = encryptField(IBAN, RING_1, CONTEXT);
    for (const context of ['BankAccount.iban:bank_124', 'BankAccount.bic:bank_123', '']) {
      expect(() => decryptField(ciphertext, RING_1, context)).toThrow(DecryptionError);
    }
  });

  it('fails when any byte of the wrapped key or the data is flipped', () => {
    const ciphertext = encryptField(IBAN, RING_1, CONTEXT);
    const variants = [...byteFlips(ciphertext, 2), ...byteFlips(ciphertext, 3)];
    expect(variants).toHaveLength(60 + 28 + IBAN.length);
    for (const variant of variants) expect(() => decryptField(variant, RING_1, CONTEXT)).toThrow(DecryptionError);
  });

  it('fails when any character of the string is changed, including unused base64 bits', () => {
    // 'ab' makes the data part 30 bytes, whose base64url ends in a character with unused bits.
    const ciphertext = encryptField('ab', RING_1, CONTEXT);
    for (const variant of characterFlips(ciphertext)) {
      expect(() => decryptField(variant, RING_1, CONTEXT)).toThrow(DecryptionError);
    }
  });

  it('fails when the key id is relabelled to another key in the ring', () => {
    const ciphertext = encryptField(IBAN, RING_1, CONTEXT);
    expect(() => decryptField(ciphertext.replace(/^v1\.k1\./, 'v1.k2.'), RING_12, CONTEXT)).toThrow(DecryptionError);
  });

  it('fails for an unknown key id, naming the id but no key', () => {
    const ciphertext = encryptField(IBAN, RING_1, CONTEXT);
    const error = thrown(() => decryptField(ciphertext, parseKeyRing(`k2:${K2}`), CONTEXT));
    expect(error).toBeInstanceOf(DecryptionError);
    expect(error.message).toContain('"k1"');
  });

  it.each(['', 'v1', 'v1.k1.AA.AA', 'v2.k1.x.y', 'not a ciphertext', 'v1.k1..', 'v1.k!.AAAA.AAAA'])(
    'fails for malformed input %p',
    (input) => {
      expect(() => decryptField(input, RING_1, CONTEXT)).toThrow(DecryptionError);
      expect(keyIdOf(input)).toBeUndefined();
    },
  );

  it('never puts plaintext or key material in an error message', () => {
    const ciphertext = encryptField(IBAN, RING_1, CONTEXT);
    const failures = [
      thrown(() => decryptField(ciphertext, RING_1, 'other')),
      thrown(() => decryptField(byteFlips(ciphertext, 3)[5], RING_1, CONTEXT)),
      thrown(() => decryptField(ciphertext, parseKeyRing(`k2:${K2}`), CONTEXT)),
    ];
    for (const error of failures) {
      expect(error).toBeInstanceOf(DecryptionError);
      for (const secret of [IBAN, K1, Buffer.from(K1, 'base64').toString('hex'), ciphertext]) {
        expect(error.message).not.toContain(secret);
      }
    }
  });
});

describe('rotation', () => {
  it('moves a value from k1 to the active k2, and a second rotation is a no-op', () => {
    const old = encryptField(IBAN, RING_1, CONTEXT);
    expect(needsRotation(old, RING_1)).toBe(false);
    expect(needsRotation(old, RING_12)).toBe(true);

    const rotated = rotateField(old, RING_12, CONTEXT);
    expect(keyIdOf(rotated)).toBe('k2');
    expect(needsRotation(rotated, RING_12)).toBe(false);
    expect(decryptField(rotated, RING_12, CONTEXT)).toBe(IBAN);
    expect(decryptField(rotated, parseKeyRing(`k2:${K2}`), CONTEXT)).toBe(IBAN);

    expect(rotateField(rotated, RING_12, CONTEXT)).toBe(rotated);
  });

  it('still checks the context when nothing needs rotating', () => {
    const current = encryptField(IBAN, RING_12, CONTEXT);
    expect(() => rotateField(current, RING_12, 'BankAccount.iban:bank_999')).toThrow(DecryptionError);
  });

  it('counts malformed values as needing rotation, and fails to rotate them', () => {
    expect(needsRotation('garbage', RING_12)).toBe(true);
    expect(() => rotateField('garbage', RING_12, CONTEXT)).toThrow(DecryptionError);
  });
});

describe('blind index', () => {
  const secret = fixedKey('blind index secret');
  const ibanKey = deriveIndexKey(secret, 'iban');
  const normaliseIban = (v: string): string => v.replace(/\s+/g, '').toUpperCase();

  it('is deterministic HMAC-SHA256 hex', () => {
    expect(blindIndex(IBAN, ibanKey)).toMatch(/^[0-9a-f]{64}$/);
    expect(blindIndex(IBAN, ibanKey)).toBe(blindIndex(IBAN, deriveIndexKey(Buffer.from(secret), 'iban')));
    expect(blindIndex(IBAN, ibanKey)).not.toBe(blindIndex('DE89370400440532013001', ibanKey));
  });

  it('applies the normaliser before hashing', () => {
    expect(blindIndex('de89 3704 0044 0532 0130 00', ibanKey, normaliseIban)).toBe(blindIndex(IBAN, ibanKey));
    expect(blindIndex('de89 3704 0044 0532 0130 00', ibanKey)).not.toBe(blindIndex(IBAN, ibanKey));
  });

  it('differs per purpose and per secret', () => {
    expect(blindIndex(IBAN, deriveIndexKey(secret, 'email'))).not.toBe(blindIndex(IBAN, ibanKey));
    expect(blindIndex(IBAN, deriveIndexKey(randomBytes(32), 'iban'))).not.toBe(blindIndex(IBAN, ibanKey));
  });

  it('is unchanged when master keys rotate', () => {
    const before = encryptField(IBAN, RING_1, CONTEXT);
    const indexBefore = blindIndex(decryptField(before, RING_1, CONTEXT), ibanKey);
    const after = rotateField(before, RING_12, CONTEXT);
    expect(blindIndex(decryptField(after, RING_12, CONTEXT), deriveIndexKey(secret, 'iban'))).toBe(indexBefore);
  });

  it('refuses short secrets and keys and an empty purpose', () => {
    expect(() => deriveIndexKey(randomBytes(16), 'iban')).toThrow(RangeError);
    expect(() => deriveIndexKey(secret, '')).toThrow(RangeError);
    expect(() => blindIndex(IBAN, randomBytes(16))).toThrow(RangeError);
  });
});

describe('cards', () => {
  const PUBLISHED: ReadonlyArray<readonly [string, CardBrand]> = [
    ['4111111111111111', 'VISA'],
    ['5555555555554444', 'MASTERCARD'],
    ['2223003122003222', 'MASTERCARD'],
    ['378282246310005', 'AMEX'],
    ['6011111111111117', 'DISCOVER'],
    ['3530111333300000', 'JCB'],
    ['30569309025904', 'DINERS'],
    ['6200000000000005', 'UNIONPAY'],
  ];
  const tokenKey = fixedKey('card tokens');

  it.each(PUBLISHED)('accepts published test PAN %s as %s', (pan, brand) => {
    expect(isLuhnValid(pan)).toBe(true);
    expect(cardBrand(pan)).toBe(brand);
  });

  it('detects every single-digit change', () => {
    for (const [pan] of PUBLISHED) {
      for (let i = 0; i < pan.length; i++) {
        for (let d = 1; d <= 9; d++) {
          const changed = pan.slice(0, i) + ((Number(pan[i]) + d) % 10) + pan.slice(i + 1);
          expect(isLuhnValid(changed)).toBe(false);
        }
      }
    }
  });

  it('is not Luhn-valid for non-digits or nothing', () => {
    for (const input of ['', '4111 1111 1111 1111', '41111111111111a1']) expect(isLuhnValid(input)).toBe(false);
  });

  it.each<[string, CardBrand]>([
    ['34', 'AMEX'],
    ['37', 'AMEX'],
    ['35', 'UNKNOWN'],
    ['51', 'MASTERCARD'],
    ['55', 'MASTERCARD'],
    ['50', 'UNKNOWN'],
    ['56', 'UNKNOWN'],
    ['2221', 'MASTERCARD'],
    ['2720', 'MASTERCARD'],
    ['2220', 'UNKNOWN'],
    ['2721', 'UNKNOWN'],
    ['6011', 'DISCOVER'],
    ['6012', 'UNKNOWN'],
    ['644', 'DISCOVER'],
    ['649', 'DISCOVER'],
    ['643', 'UNKNOWN'],
    ['65', 'DISCOVER'],
    ['3528', 'JCB'],
    ['3589', 'JCB'],
    ['3527', 'UNKNOWN'],
    ['3590', 'UNKNOWN'],
    ['300', 'DINERS'],
    ['305', 'DINERS'],
    ['306', 'UNKNOWN'],
    ['36', 'DINERS'],
    ['38', 'DINERS'],
    ['39', 'DINERS'],
    ['62', 'UNIONPAY'],
    ['4', 'VISA'],
    ['1', 'UNKNOWN'],
    ['9', 'UNKNOWN'],
    ['0', 'UNKNOWN'],
    ['card', 'UNKNOWN'],
  ])('brands IIN %p as %s', (prefix, brand) => {
    expect(cardBrand(prefix.padEnd(16, '0'))).toBe(brand);
  });

  it('normalises spaces and dashes', () => {
    expect(normalisePan('4111 1111-1111 1111')).toBe('4111111111111111');
    expect(normalisePan(' 3782-822463-10005 ')).toBe('378282246310005');
  });

  it.each([
    ['too short', '41111111116'],
    ['too long', '41111111111111111113'],
    ['not digits', '4111 1111 1111 111x'],
    ['Luhn-invalid', '4111 1111 1111 1112'],
    ['empty', ''],
  ])('refuses a PAN that is %s without echoing it', (_, input) => {
    for (const fn of [() => normalisePan(input), () => tokeniseCard(input, tokenKey)]) {
      const error = thrown(fn);
      expect(error).toBeInstanceOf(InvalidCardError);
      const digits = input.replace(/\D/g, '');
      if (digits !== '') expect(error.message).not.toContain(digits.slice(-4));
      if (input !== '') expect(error.message).not.toContain(input);
    }
  });

  it('tokenises deterministically, whatever the formatting', () => {
    const token = tokeniseCard('4111111111111111', tokenKey);
    expect(token).toEqual({ token: expect.stringMatching(/^tok_[0-9a-f]{32}$/), brand: 'VISA', lastFour: '1111' });
    expect(tokeniseCard('4111 1111 1111 1111', tokenKey)).toEqual(token);
    expect(tokeniseCard('5555555555554444', tokenKey).token).not.toBe(token.token);
    expect(tokeniseCard('4111111111111111', randomBytes(32)).token).not.toBe(token.token);
  });

  it('never returns the PAN or more than its last four digits', () => {
    for (const [pan, brand] of PUBLISHED) {
      const result = tokeniseCard(pan, tokenKey);
      expect(Object.keys(result).sort()).toEqual(['brand', 'lastFour', 'token']);
      expect(result.brand).toBe(brand);
      expect(result.lastFour).toBe(pan.slice(-4));
      const serialised = JSON.stringify(result);
      // No run of five consecutive PAN digits appears anywhere in what is returned.
      for (let i = 0; i + 5 <= pan.length; i++) expect(serialised).not.toContain(pan.slice(i, i + 5));
    }
  });

  it('refuses a short token key', () => {
    expect(() => tokeniseCard('4111111111111111', randomBytes(16))).toThrow(RangeError);
  });
});
