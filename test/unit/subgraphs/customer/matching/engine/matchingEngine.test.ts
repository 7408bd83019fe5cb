import fs from 'node:fs';
import path from 'node:path';
import {
  candidatePairs,
  clusters,
  companyNames,
  configurationDigest,
  dayNumber,
  forgetCompanyNames,
  jaro,
  jaroWinkler,
  levenshtein,
  linkRecords,
  namePhoneticKeys,
  nameTokens,
  nameWordPairs,
  pairKey,
  precisionRecallF1,
  scorePair,
  soundex,
  validateConfiguration,
} from '../../../../../../subgraphs/customer/matching/engine';
import type { MatchConfiguration, MatchRecord } from '../../../../../../subgraphs/customer/matching/engine';
import { evaluateFebrl, febrlPersonConfiguration } from '../../../../../bench/febrl';
import { itIf } from '../../../../../support/skipUnless';

const rec = (id: string, fields: MatchRecord['fields']): MatchRecord => ({ id, fields });

const config: MatchConfiguration = {
  version: 'test-1',
  comparisons: [
    {
      name: 'name',
      levels: [
        { label: 'missing', condition: { kind: 'null', field: 'name' }, weight: 0 },
        { label: 'exact', condition: { kind: 'exact', field: 'name' }, weight: 8 },
        { label: 'close', condition: { kind: 'jaroWinkler', field: 'name', atLeast: 0.9 }, weight: 5 },
        { label: 'one edit', condition: { kind: 'levenshtein', field: 'name', atMost: 1 }, weight: 3 },
        { label: 'different', condition: { kind: 'else' }, weight: -4 },
      ],
    },
    {
      name: 'dob',
      levels: [
        { label: 'missing', condition: { kind: 'null', field: 'dob' }, weight: 0 },
        { label: 'exact', condition: { kind: 'exact', field: 'dob' }, weight: 6 },
        { label: 'within 31 days', condition: { kind: 'dateWithin', field: 'dob', days: 31 }, weight: 2 },
        { label: 'different', condition: { kind: 'else' }, weight: -3 },
      ],
    },
    {
      name: 'income',
      levels: [
        { label: 'within 100', condition: { kind: 'numericWithin', field: 'income', absolute: 100 }, weight: 1 },
        { label: 'other', condition: { kind: 'else' }, weight: 0 },
      ],
    },
  ],
  blocking: [
    { name: 'dob', keys: [{ field: 'dob', transform: 'exact' }] },
    {
      name: 'name soundex + city',
      keys: [
        { field: 'name', transform: 'soundex' },
        { field: 'city', transform: 'prefix3' },
      ],
    },
  ],
  thresholds: { autoMerge: 10, review: 4 },
};

describe('similarity', () => {
  it('computes the textbook Jaro and Jaro-Winkler values', () => {
    expect(jaro('martha', 'marhta')).toBeCloseTo(0.9444, 4);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 4);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4);
    expect(jaroWinkler('abc', 'abc')).toBe(1);
    expect(jaroWinkler('abc', '')).toBe(0);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    // Long strings grow the scratch buffers without changing results.
    const long = 'x'.repeat(500);
    expect(jaroWinkler(long, long + 'y')).toBeGreaterThan(0.99);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
  });

  it('computes Levenshtein distances, bounded when asked', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('flaw', 'lawn')).toBe(2);
    expect(levenshtein('same', 'same')).toBe(0);
    expect(levenshtein('kitten', 'sitting', 1)).toBe(2); // stops early: max + 1
    expect(levenshtein('a', 'abcdef', 2)).toBe(3);
    expect(levenshtein('19720615', '19720616', 1)).toBe(1);
  });

  it('computes American Soundex', () => {
    expect(soundex('Robert')).toBe('r163');
    expect(soundex('rupert')).toBe('r163');
    expect(soundex('ashcraft')).toBe('a261');
    expect(soundex('tymczak')).toBe('t522');
    expect(soundex('pfister')).toBe('p236');
    expect(soundex('lee')).toBe('l000');
    expect(soundex("o'brien")).toBe('o165');
    expect(soundex('123')).toBe('');
  });

  it('parses YYYYMMDD dates into day numbers and rejects impossible ones', () => {
    expect(dayNumber('19700101')).toBe(0);
    expect(dayNumber('20000301') - dayNumber('20000228')).toBe(2); // leap year
    expect(dayNumber('1985-03-07')).toBe(dayNumber('19850307'));
    expect(dayNumber('19851301')).toBeNaN();
    expect(dayNumber('19850230')).toBeNaN();
    expect(dayNumber(undefined)).toBeNaN();
  });
});

describe('scorePair', () => {
  it('takes the first level that holds, in order, and reports it as the reason', () => {
    const a = rec('a', { name: 'Jonathan', dob: '19800101' });
    // Exact also satisfies the Jaro-Winkler and Levenshtein levels: the first one wins.
    expect(scorePair(a, rec('b', { name: ' jonathan ', dob: '19800101' }), config)).toEqual({
      score: 14,
      levels: [
        { comparison: 'name', level: 'exact', weight: 8 },
        { comparison: 'dob', level: 'exact', weight: 6 },
        { comparison: 'income', level: 'other', weight: 0 },
      ],
    });
    const close = scorePair(a, rec('c', { name: 'jonathon', dob: '19800120' }), config);
    expect(close.levels.map((l) => l.level)).toEqual(['close', 'within 31 days', 'other']);
    expect(close.score).toBe(7);
    const far = scorePair(a, rec('d', { name: 'maria', dob: '19900101' }), config);
    expect(far.levels.map((l) => l.level)).toEqual(['different', 'different', 'other']);
    expect(far.score).toBe(-7);
  });

  it('treats a missing value on either side as missing, never as agreement', () => {
    const a = rec('a', { name: 'ann', dob: undefined });
    expect(scorePair(a, rec('b', { name: '', dob: '19800101' }), config).levels.map((l) => l.level)).toEqual([
      'missing',
      'missing',
      'other',
    ]);
    expect(scorePair(a, rec('b', { name: '   ', dob: undefined }), config).score).toBe(0);
    // Without a null level, two missing values fall through to else (undefined is not "equal").
    const noNull: MatchConfiguration = {
      ...config,
      comparisons: [
        {
          name: 'name',
          levels: [
            { label: 'exact', condition: { kind: 'exact', field: 'name' }, weight: 5 },
            { label: 'else', condition: { kind: 'else' }, weight: -1 },
          ],
        },
      ],
    };
    expect(scorePair(rec('x', {}), rec('y', {}), noNull).levels[0].level).toBe('else');
  });

  it('supports numeric, Levenshtein and crossed-field levels', () => {
    expect(scorePair(rec('a', { income: '1,000' }), rec('b', { income: '1090.5' }), config).levels[2].level).toBe(
      'within 100',
    );
    expect(scorePair(rec('a', { income: '1000' }), rec('b', { income: 'n/a' }), config).levels[2].level).toBe('other');
    // Jaro-Winkler of "xq" / "xz" is only 0.67, but they are one edit apart.
    expect(scorePair(rec('a', { name: 'xq' }), rec('b', { name: 'xz' }), config).levels[0].level).toBe('one edit');
    const crossed: MatchConfiguration = {
      ...config,
      comparisons: [
        {
          name: 'given',
          levels: [
            { label: 'exact', condition: { kind: 'exact', field: 'given' }, weight: 5 },
            { label: 'swapped', condition: { kind: 'exactCrossed', field: 'given', otherField: 'surname' }, weight: 3 },
            { label: 'else', condition: { kind: 'else' }, weight: -2 },
          ],
        },
      ],
    };
    const swapped = scorePair(
      rec('a', { given: 'ryan', surname: 'joel' }),
      rec('b', { given: 'joel', surname: 'ryan' }),
      crossed,
    );
    expect(swapped.levels[0].level).toBe('swapped');
    expect(scorePair(rec('a', { given: 'ryan' }), rec('b', { surname: 'ryan' }), crossed).levels[0].level).toBe(
      'swapped',
    );
    expect(scorePair(rec('a', {}), rec('b', {}), crossed).levels[0].level).toBe('else');
  });

  it('refuses an invalid configuration with the reasons', () => {
    const broken = {
      version: 'x',
      comparisons: [{ name: 'n', levels: [{ label: 'l', condition: { kind: 'fuzzy', field: 'n' }, weight: 1 }] }],
      blocking: [{ name: 'everything', keys: [] }],
      thresholds: { autoMerge: 1, review: 5 },
    } as unknown as MatchConfiguration;
    const problems = validateConfiguration(broken);
    expect(problems).toHaveLength(3);
    expect(() => scorePair(rec('a', {}), rec('b', {}), broken)).toThrow(/unknown condition kind/);
    expect(validateConfiguration(config)).toEqual([]);
    expect(validateConfiguration(febrlPersonConfiguration)).toEqual([]);
  });
});

describe('blocking', () => {
  const people = (count: number, fields: (n: number) => MatchRecord['fields']): MatchRecord[] =>
    Array.from({ length: count }, (_, n) => rec(`r${n}`, fields(n)));

  it('pairs only records sharing a key — never all pairs', () => {
    // 300 records in 30 birthdays of 10: 30 * C(10,2) = 1,350 pairs out of 44,850 possible.
    const records = people(300, (n) => ({ dob: `198001${String(1 + (n % 30)).padStart(2, '0')}`, name: `p${n}` }));
    const pairs = [...candidatePairs(records, undefined, [config.blocking[0]])];
    expect(pairs).toHaveLength(30 * 45);
    for (const [a, b] of pairs) expect(a.fields.dob).toBe(b.fields.dob);
    // Distinct keys: nothing at all.
    expect([
      ...candidatePairs(
        people(500, (n) => ({ dob: String(19000101 + n) })),
        undefined,
        [config.blocking[0]],
      ),
    ]).toHaveLength(0);
  });

  it('yields each unordered pair once in a dedupe, over all rules, and never a record with itself', () => {
    const records = [
      rec('a', { dob: '19800101', name: 'smith', city: 'london' }),
      rec('b', { dob: '19800101', name: 'smyth', city: 'londinium' }),
      rec('c', { dob: '19800101', name: 'jones', city: 'leeds' }),
      rec('d', { dob: '19900101', name: 'smithe', city: 'lon' }),
      rec('e', { name: 'smith' }), // no dob and no city: no key under either rule
    ];
    const result = candidatePairs(records, undefined, config.blocking);
    const keys = [...result].map(([x, y]) => `${x.id}${y.id}`);
    // dob: ab ac bc; name soundex + city prefix: ab (again), ad, bd.
    expect(keys.sort()).toEqual(['ab', 'ac', 'ad', 'bc', 'bd']);
    expect(result.stats.candidates).toBe(5);
    expect(result.stats.byRule).toEqual([
      { rule: 'dob', pairs: 3 },
      { rule: 'name soundex + city', pairs: 2 },
    ]);
  });

  it('links left to right only: each tuple is (left record, right record)', () => {
    const left = [rec('l1', { dob: '19800101' }), rec('l2', { dob: '19800101' })];
    const right = [rec('r1', { dob: '19800101' }), rec('r2', { dob: '19700101' })];
    const pairs = [...candidatePairs(left, right, [config.blocking[0]])].map(([a, b]) => `${a.id}-${b.id}`);
    expect(pairs.sort()).toEqual(['l1-r1', 'l2-r1']);
  });

  it('skips oversized blocks and counts them', () => {
    const records = people(50, (n) => ({ dob: n < 40 ? '19800101' : `1990010${n - 39}` }));
    const result = candidatePairs(records, undefined, [config.blocking[0]], { maxBlockSize: 20 });
    expect([...result]).toHaveLength(0);
    expect(result.stats).toMatchObject({ skippedBlocks: 1, skippedPairs: (40 * 39) / 2, candidates: 0 });
  });
});

describe('company-name caches', () => {
  it('give the same names and keys after they are forgotten (a bulk load forgets them once resolved)', () => {
    const values = ['Müller Logistik GmbH', 'ООО Ромашка\nOOO Romashka', '株式会社トヨタ自動車', 'Acme Trading Ltd'];
    const read = () =>
      values.map((value) => ({
        names: companyNames(value)?.map((name) => name.latinTokens),
        keys: [nameTokens(value), namePhoneticKeys(value), nameWordPairs(value)],
      }));
    const before = read();
    forgetCompanyNames();
    expect(read()).toEqual(before);
    expect(before[1].keys[0]).toEqual(expect.arrayContaining(['romashka']));
  });
});

describe('linkRecords and clusters', () => {
  it('scores candidates once, keeps those at or above review with decisions and reasons', () => {
    const records = [
      rec('1', { name: 'anna', dob: '19800101', city: 'york' }),
      rec('2', { name: 'anna', dob: '19800101', city: 'york' }),
      rec('3', { name: 'ana', dob: '19800115', city: 'york' }),
      rec('4', { name: 'bob', dob: '19800101', city: 'bath' }),
    ];
    const { pairs, stats } = linkRecords(records, undefined, config);
    expect(stats).toMatchObject({ candidates: 5, compared: 5, skippedBlocks: 0, kept: 3 });
    expect(stats.seconds).toBeGreaterThanOrEqual(0);
    expect(pairs.map((p) => [p.left, p.right, p.score, p.decision])).toEqual([
      ['1', '2', 14, 'MATCH'],
      ['1', '3', 7, 'REVIEW'],
      ['2', '3', 7, 'REVIEW'],
    ]);
    expect(pairs[0].levels[0]).toEqual({ comparison: 'name', level: 'exact', weight: 8 });
    expect(linkRecords(records, undefined, config, { minScore: Number.NEGATIVE_INFINITY }).pairs).toHaveLength(5);
  });

  it('never compares two records carrying the same id', () => {
    const twice = rec('same', { name: 'x', dob: '19800101' });
    expect(linkRecords([twice, twice], undefined, config).stats).toMatchObject({ candidates: 1, compared: 0 });
  });

  it('groups matches transitively with union-find', () => {
    const pairs = [
      { left: 'a', right: 'b', score: 12 },
      { left: 'c', right: 'b', score: 11 },
      { left: 'd', right: 'e', score: 15 },
      { left: 'e', right: 'f', score: 3 }, // below threshold
      { left: 'g', right: 'a', score: 10 },
    ];
    expect(clusters(pairs, 10)).toEqual([
      ['a', 'b', 'c', 'g'],
      ['d', 'e'],
    ]);
    expect(clusters(pairs, 100)).toEqual([]);
  });
});

describe('precisionRecallF1', () => {
  it('does the arithmetic on sorted pair keys', () => {
    expect(pairKey('b', 'a')).toBe('a|b');
    const truth = new Set([pairKey('a', 'b'), pairKey('c', 'd'), pairKey('e', 'f'), pairKey('g', 'h')]);
    const predicted = new Set([pairKey('b', 'a'), pairKey('d', 'c'), pairKey('x', 'y')]);
    const result = precisionRecallF1(predicted, truth);
    expect(result).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 2 });
    expect(result.precision).toBeCloseTo(2 / 3, 10);
    expect(result.recall).toBeCloseTo(0.5, 10);
    expect(result.f1).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5), 10);
    expect(precisionRecallF1(new Set(), truth)).toMatchObject({ precision: 1, recall: 0, f1: 0 });
    expect(precisionRecallF1(new Set(['x|y']), new Set())).toMatchObject({ precision: 0, recall: 1, f1: 0 });
  });
});

describe('configuration as data', () => {
  it('round-trips through JSON unchanged and scores the same', () => {
    for (const original of [config, febrlPersonConfiguration]) {
      const copy = JSON.parse(JSON.stringify(original)) as MatchConfiguration;
      expect(copy).toEqual(original);
      expect(JSON.stringify(copy)).toBe(JSON.stringify(original));
      expect(configurationDigest(copy)).toBe(configurationDigest(original));
    }
    const a = rec('a', { name: 'jonathan', dob: '19800101', income: '10' });
    const b = rec('b', { name: 'jonathon', dob: '19800111', income: '90' });
    expect(scorePair(a, b, JSON.parse(JSON.stringify(config)) as MatchConfiguration)).toEqual(scorePair(a, b, config));
  });

  it('has a digest independent of key order and sensitive to any change', () => {
    const reordered = JSON.parse(
      JSON.stringify({
        thresholds: config.thresholds,
        blocking: config.blocking,
        comparisons: config.comparisons,
        version: config.version,
      }),
    ) as MatchConfiguration;
    expect(configurationDigest(reordered)).toBe(configurationDigest(config));
    const changed: MatchConfiguration = { ...config, thresholds: { ...config.thresholds, autoMerge: 11 } };
    expect(configurationDigest(changed)).not.toBe(configurationDigest(config));
  });
});

const FEBRL_DIR = path.resolve(__dirname, '../../../../../../../shared/reference/febrl');
const maybe = itIf(fs.existsSync(FEBRL_DIR), '../shared/reference/febrl');
if (!fs.existsSync(FEBRL_DIR)) {
  console.warn(
    `FEBRL regression floor skipped: ${FEBRL_DIR} is absent (the reference data is not part of the repository).`,
  );
}

describe('FEBRL regression floor', () => {
  maybe('links dataset4a x 4b and de-duplicates dataset3 with F1 >= 0.99', () => {
    const { linkage4, dedupe3 } = evaluateFebrl(FEBRL_DIR);
    expect(linkage4.f1).toBeGreaterThanOrEqual(0.99);
    expect(dedupe3.f1).toBeGreaterThanOrEqual(0.99);
    expect(linkage4.truePairs).toBe(5000);
    expect(dedupe3.truePairs).toBe(6538);
    // Blocking stays selective: far fewer candidates than the 25,000,000 / 12,497,500 possible pairs.
    expect(linkage4.candidates).toBeLessThan(50_000);
    expect(dedupe3.candidates).toBeLessThan(50_000);
  });
});
