import { GraphQLError } from 'graphql';
import {
  MASKING,
  MASKING_STRATEGIES,
  MASKS,
  mask,
  supports,
  type FieldKind,
  type MaskingOptions,
  type MaskingStrategy,
} from '../../../../policies/masking';
import { parseMoney } from '../../../../lib/money';

const options: MaskingOptions = {
  salt: 'custos-test-salt-0001',
  roundTo: 1000,
  buckets: [0, 10000, 50000, 100000, 500000, 1000000],
};

const KINDS: readonly FieldKind[] = ['String', 'ID', 'Int', 'Float', 'Boolean', 'Date', 'DateTime', 'Money'];

/** A well-formed value of each kind, so a throw can only come from the kind guard. */
const SAMPLE: Record<FieldKind, unknown> = {
  String: 'jane.doe@example.com',
  ID: 'cus_000042',
  Int: 42,
  Float: 4.2,
  Boolean: true,
  Date: '2026-11-28',
  DateTime: '2026-11-28T10:15:00.000Z',
  Money: { minor: 125000, currency: 'EUR' },
};

/** Money as fields resolve it (minor units), written as a decimal amount for the reader. */
const money = (amount: string, currency: string) => parseMoney({ amount, currency });
const eur = (amount: string) => money(amount, 'EUR');
const jpy = (amount: string) => money(amount, 'JPY');
const kwd = (amount: string) => money(amount, 'KWD');

describe('masking registry', () => {
  it('covers every strategy, and nothing else', () => {
    expect(Object.keys(MASKING).sort()).toEqual([...MASKING_STRATEGIES].sort());
  });

  it('gives every strategy a one-line description and at least one kind', () => {
    for (const strategy of MASKING_STRATEGIES) {
      expect(MASKING[strategy].description).toMatch(/^[^\n]+$/);
      expect(MASKING[strategy].kinds.length).toBeGreaterThan(0);
    }
  });

  it('lists each strategy once, each with a rank from 1 (reveals nothing) to 9', () => {
    expect(new Set(MASKS.map((entry) => entry.strategy)).size).toBe(MASKS.length);
    for (const entry of MASKS) expect(entry.rank).toBeGreaterThanOrEqual(1);
    for (const entry of MASKS) expect(entry.rank).toBeLessThanOrEqual(9);
    expect(MASKING.NULLIFY.rank).toBeLessThan(MASKING.HASH.rank);
    expect(MASKING.HASH.rank).toBeLessThan(MASKING.ROUND.rank);
  });

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(MASKS)).toBe(true);
    expect(Object.isFrozen(MASKING)).toBe(true);
    for (const strategy of MASKING_STRATEGIES) {
      expect(Object.isFrozen(MASKING[strategy])).toBe(true);
      expect(Object.isFrozen(MASKING[strategy].kinds)).toBe(true);
    }
  });

  it('answers supports() from the published kinds', () => {
    for (const strategy of MASKING_STRATEGIES) {
      for (const kind of KINDS) expect(supports(strategy, kind)).toBe(MASKING[strategy].kinds.includes(kind));
    }
    expect(supports('EMAIL', 'ID')).toBe(false);
    expect(supports('NULLIFY', 'Money')).toBe(true);
  });

  it('refuses strategy names that are not its own, including inherited ones', () => {
    expect(supports('constructor' as MaskingStrategy, 'String')).toBe(false);
    expect(() => mask('constructor' as MaskingStrategy, 'x', 'String', options)).toThrow(
      'unknown masking strategy constructor',
    );
  });

  it.each(MASKING_STRATEGIES.flatMap((strategy) => MASKING[strategy].kinds.map((kind) => [strategy, kind] as const)))(
    '%s passes null and undefined of kind %s through as null',
    (strategy, kind) => {
      expect(mask(strategy, null, kind, options)).toBeNull();
      expect(mask(strategy, undefined, kind, options)).toBeNull();
    },
  );

  it.each(
    MASKING_STRATEGIES.flatMap((strategy) =>
      KINDS.filter((kind) => !MASKING[strategy].kinds.includes(kind)).map((kind) => [strategy, kind] as const),
    ),
  )('%s throws on kind %s, naming both', (strategy, kind) => {
    expect(() => mask(strategy, SAMPLE[kind], kind, options)).toThrow(new RegExp(`${strategy}.*${kind}`));
    // A misconfigured policy fails even when the data happens to be null.
    expect(() => mask(strategy, null, kind, options)).toThrow(new RegExp(`${strategy}.*${kind}`));
  });

  it.each(MASKING_STRATEGIES.flatMap((strategy) => MASKING[strategy].kinds.map((kind) => [strategy, kind] as const)))(
    '%s accepts a well-formed %s',
    (strategy, kind) => {
      expect(() => mask(strategy, SAMPLE[kind], kind, options)).not.toThrow();
    },
  );
});

describe('NULLIFY', () => {
  it.each(KINDS)('turns a %s into null', (kind) => {
    expect(mask('NULLIFY', SAMPLE[kind], kind, options)).toBeNull();
  });
});

describe('DEFAULT', () => {
  it.each([
    ['String', 'Müller', ''],
    ['ID', 'cus_000042', ''],
    ['Int', 42, 0],
    ['Float', -4.2, 0],
    ['Boolean', true, false],
    ['Date', '2026-11-28', '1970-01-01'],
    ['DateTime', '2026-11-28T10:15:00.000Z', '1970-01-01T00:00:00.000Z'],
  ] as const)('turns a %s %j into %j', (kind, value, expected) => {
    expect(mask('DEFAULT', value, kind, options)).toBe(expected);
  });

  it.each([
    [eur('1250.00'), eur('0.00')],
    [jpy('1500'), jpy('0')],
    [kwd('1.234'), kwd('0.000')],
    [{ minor: -9950, currency: 'eur' }, eur('0.00')],
  ])('turns money %j into zero in the same currency, %j', (value, expected) => {
    expect(mask('DEFAULT', value, 'Money', options)).toEqual(expected);
  });
});

describe('HASH', () => {
  // Expected values computed independently: printf %s VALUE | openssl dgst -sha256 -hmac SALT
  it.each([
    ['jane.doe@example.com', '1613a407d12c0ec2c280218d869289a6b73bdb028d1fe114f4b93031f8f55c9b'],
    ['Müller', 'b5bbe25cf86fbb0cf6f38da5d4984f761cfdb9f527600b4fe1764e6858f8e772'],
  ])('is the HMAC-SHA256 of %j in lowercase hex', (value, expected) => {
    expect(mask('HASH', value, 'String', options)).toBe(expected);
  });

  it('is deterministic, so joins on the hash still work', () => {
    expect(mask('HASH', 'cus_000042', 'ID', options)).toBe(mask('HASH', 'cus_000042', 'ID', { ...options }));
    expect(mask('HASH', '株式会社さくら', 'String', options)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('depends on the salt and on the value', () => {
    const hashed = mask('HASH', 'cus_000042', 'ID', options);
    expect(mask('HASH', 'cus_000042', 'ID', { ...options, salt: 'another-deployment-salt' })).not.toBe(hashed);
    expect(mask('HASH', 'cus_000043', 'ID', options)).not.toBe(hashed);
  });

  it('refuses a salt shorter than 16 characters', () => {
    expect(() => mask('HASH', 'x', 'String', { ...options, salt: 'too-short' })).toThrow('salt');
    expect(() => mask('HASH', 'x', 'String', { ...options, salt: '' })).toThrow('salt');
  });

  it('refuses a value that is not a string rather than hash its coercion', () => {
    expect(() => mask('HASH', 42, 'ID', options)).toThrow('HASH');
  });
});

describe('LAST_FOUR', () => {
  it.each([
    ['4111111111111111', 'XXXXXXXXXXXX1111'],
    ['DE89370400440532013000', 'XXXXXXXXXXXXXXXXXX3000'],
    ['Müller', 'XXller'],
    ['Jürgen Groß', 'XXXXXXXGroß'],
    ['株式会社さくら', 'XXX社さくら'],
    // Five code points, ten UTF-16 units: counted as five.
    ['😀😀😀😀😀', 'X😀😀😀😀'],
    ['12345', 'X2345'],
    ['1234', 'XXXX'],
    ['ab', 'XX'],
    ['', ''],
  ])('masks %j as %j', (value, expected) => {
    expect(mask('LAST_FOUR', value, 'String', options)).toBe(expected);
    expect(mask('LAST_FOUR', value, 'ID', options)).toBe(expected);
  });
});

describe('FIRST_FOUR', () => {
  it.each([
    ['4111111111111111', '4111XXXXXXXXXXXX'],
    ['DE123456789', 'DE12XXXXXXX'],
    ['Müller', 'MüllXX'],
    ['株式会社さくら', '株式会社XXX'],
    ['😀😀😀😀😀', '😀😀😀😀X'],
    ['12345', '1234X'],
    ['1234', 'XXXX'],
    ['ü', 'X'],
    ['', ''],
  ])('masks %j as %j', (value, expected) => {
    expect(mask('FIRST_FOUR', value, 'String', options)).toBe(expected);
    expect(mask('FIRST_FOUR', value, 'ID', options)).toBe(expected);
  });
});

describe('EMAIL', () => {
  it.each([
    ['jane.doe@example.com', 'XXXXX@example.com'],
    ['a@b.co', 'XXXXX@b.co'],
    ['jürgen.groß@bücher.de', 'XXXXX@bücher.de'],
    ['さくら@例え.jp', 'XXXXX@例え.jp'],
    ['@example.com', 'XXXXX@example.com'],
    ['not-an-email', 'XXXXX'],
    ['jane@', 'XXXXX'],
    ['jane@doe@example.com', 'XXXXX'],
    ['', 'XXXXX'],
  ])('masks %j as %j', (value, expected) => {
    expect(mask('EMAIL', value, 'String', options)).toBe(expected);
  });
});

describe('DATE_YEAR', () => {
  it.each([
    ['2026-11-28', '2026-01-01'],
    ['2026-01-01', '2026-01-01'],
    ['2024-02-29', '2024-01-01'],
    ['2000-02-29', '2000-01-01'],
    ['2023-02-29', null],
    ['1900-02-29', null],
    ['2026-04-31', null],
    ['2026-13-01', null],
    ['2026-00-10', null],
    ['2026-11-28T10:15:00.000Z', null],
    ['28.11.2026', null],
    ['', null],
    [20261128, null],
  ])('truncates the Date %j to %j', (value, expected) => {
    expect(mask('DATE_YEAR', value, 'Date', options)).toBe(expected);
  });

  it.each([
    ['2026-11-28T10:15:00.000Z', '2026-01-01T00:00:00.000Z'],
    ['2026-12-31T23:59:59Z', '2026-01-01T00:00:00.000Z'],
    ['2024-02-29T00:00:00.123456Z', '2024-01-01T00:00:00.000Z'],
    // An offset could put the instant in another year than the one written, so it is refused.
    ['2027-01-01T00:30:00+01:00', null],
    ['2026-11-28T24:00:00.000Z', null],
    ['2026-11-28T10:60:00.000Z', null],
    ['2026-02-30T10:15:00.000Z', null],
    ['2026-11-28', null],
    ['yesterday', null],
    [{ year: 2026 }, null],
    // Resolvers return instants as Dates (lib/scalars.ts); masking sees them before they are written out.
    [new Date('2026-11-28T10:15:00.000Z'), '2026-01-01T00:00:00.000Z'],
    [new Date('not a time'), null],
  ])('truncates the DateTime %j to %j', (value, expected) => {
    expect(mask('DATE_YEAR', value, 'DateTime', options)).toBe(expected);
  });
});

describe('ROUND', () => {
  it.each([
    [eur('1250.00'), eur('1000.00')],
    [eur('1499.99'), eur('1000.00')],
    [eur('1500.00'), eur('2000.00')],
    [eur('2500.00'), eur('3000.00')],
    [eur('499.99'), eur('0.00')],
    [eur('500.00'), eur('1000.00')],
    [eur('0.00'), eur('0.00')],
    [eur('-1499.99'), eur('-1000.00')],
    [eur('-1500.00'), eur('-2000.00')],
    [eur('-499.99'), eur('0.00')],
    [eur('-500.00'), eur('-1000.00')],
    [eur('123456789012.34'), eur('123456789000.00')],
    [jpy('1500'), jpy('2000')],
    [jpy('2499'), jpy('2000')],
    [jpy('-2500'), jpy('-3000')],
    [kwd('1500.000'), kwd('2000.000')],
  ])('rounds %j to %j', (value, expected) => {
    expect(mask('ROUND', value, 'Money', options)).toEqual(expected);
  });

  it('rounds half away from zero at a step of one major unit', () => {
    const byUnit = { ...options, roundTo: 1 };
    expect(mask('ROUND', eur('2.50'), 'Money', byUnit)).toEqual(eur('3.00'));
    expect(mask('ROUND', eur('2.49'), 'Money', byUnit)).toEqual(eur('2.00'));
    expect(mask('ROUND', eur('-2.50'), 'Money', byUnit)).toEqual(eur('-3.00'));
    expect(mask('ROUND', jpy('7'), 'Money', { ...options, roundTo: 5 })).toEqual(jpy('5'));
    expect(mask('ROUND', jpy('8'), 'Money', { ...options, roundTo: 5 })).toEqual(jpy('10'));
  });

  it('drops anything but amount and currency', () => {
    expect(mask('ROUND', { ...eur('1250.00'), bucket: '0-10000' }, 'Money', options)).toStrictEqual(eur('1000.00'));
  });

  it.each([0, -1000, 0.5, Number.NaN])('refuses roundTo %p', (roundTo) => {
    expect(() => mask('ROUND', eur('1250.00'), 'Money', { ...options, roundTo })).toThrow('roundTo');
  });

  it('refuses malformed stored money as an internal error, not as bad user input', () => {
    for (const value of [
      { minor: 1234.5, currency: 'EUR' },
      { minor: '125000', currency: 'EUR' },
      { minor: 2 ** 53, currency: 'EUR' },
      { minor: 125000, currency: 'EURO' },
      { amount: '1250.00', currency: 'EUR' },
      '1250.00',
    ]) {
      let thrown: unknown;
      try {
        mask('ROUND', value, 'Money', options);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(Error);
      expect(thrown).not.toBeInstanceOf(GraphQLError);
      expect((thrown as Error).message).toMatch(/^ROUND: /);
    }
  });
});

describe('BUCKET', () => {
  it.each([
    [eur('0.00'), '0.00', '0-10000'],
    [eur('9999.99'), '0.00', '0-10000'],
    [eur('10000.00'), '10000.00', '10000-50000'],
    [eur('49999.99'), '10000.00', '10000-50000'],
    [eur('50000.00'), '50000.00', '50000-100000'],
    [eur('100000.00'), '100000.00', '100000-500000'],
    [eur('999999.99'), '500000.00', '500000-1000000'],
    [eur('1000000.00'), '1000000.00', '1000000+'],
    [eur('25000000.00'), '1000000.00', '1000000+'],
    [eur('-0.01'), '0.00', '<0'],
    [eur('-20000.00'), '0.00', '<0'],
  ])('puts %j at %s in bucket %s', (value, amount, bucket) => {
    expect(mask('BUCKET', value, 'Money', options)).toStrictEqual({ ...eur(amount), bucket });
  });

  it.each([
    [jpy('9999'), '0', '0-10000'],
    [jpy('10000'), '10000', '10000-50000'],
    [jpy('-1'), '0', '<0'],
    [kwd('50000.000'), '50000.000', '50000-100000'],
  ])('puts %j bucketed at %s in its own currency (%s)', (value, amount, bucket) => {
    expect(mask('BUCKET', value, 'Money', options)).toStrictEqual({ ...money(amount, value.currency), bucket });
  });

  it.each([[[]], [[10000, 50000]], [[0, 50000, 10000]], [[0, 10000, 10000]], [[0, 0.5]]])(
    'refuses bounds %j',
    (buckets) => {
      expect(() => mask('BUCKET', eur('1.00'), 'Money', { ...options, buckets })).toThrow('BUCKET');
    },
  );

  it('works with a single open bucket', () => {
    expect(mask('BUCKET', eur('123.45'), 'Money', { ...options, buckets: [0] })).toStrictEqual({
      ...eur('0.00'),
      bucket: '0+',
    });
  });
});
