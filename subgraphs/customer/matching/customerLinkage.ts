/**
 * How customers are compared and blocked, as data for the linkage engine (engine/types.ts). The
 * configuration in force (ingestion/matchConfiguration.ts) carries these comparisons and blocking
 * rules with its thresholds, versioned and signed off together; a proposal may replace them.
 *
 * Scores are on a 0..1 evidence scale so thresholds read as before: a name level weighs its lower
 * bound (names at least 0.97 alike weigh 0.97), a shared valid tax id or D-U-N-S weighs 1 (certain
 * on its own), and a tax id of the same kind and country that differs caps the decision at REVIEW:
 * a steward always decides that case. The address moves a name score: the same postcode lets
 * names 0.92 alike merge, another town sends even the same name to a steward.
 */
import type { BlockingRule, Comparison, ComparisonLevel } from './engine';

/** The fields a customer or a source record is compared on (matchRecords.ts builds them). */
export const LINKAGE_FIELDS = {
  /** Every name a party is known by, one a line. */
  name: 'name',
  country: 'country',
  /** country:kind:value. */
  taxId: 'taxId',
  /** country:kind, to tell a conflicting tax id from one of another kind. */
  taxIdKind: 'taxIdKind',
  duns: 'duns',
  /** Upper case, without blanks. */
  postcode: 'postcode',
  city: 'city',
} as const;

const F = LINKAGE_FIELDS;

/** Name similarity bands, each weighing its lower bound. */
const NAME_BANDS = [
  1, 0.99, 0.98, 0.97, 0.96, 0.95, 0.94, 0.93, 0.92, 0.91, 0.9, 0.89, 0.88, 0.87, 0.86, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5,
];

const nameLevels: ComparisonLevel[] = [
  ...NAME_BANDS.map((atLeast): ComparisonLevel => ({
    label: atLeast === 1 ? 'same name' : `names ${atLeast.toFixed(2)} alike`,
    condition: { kind: 'companyName', field: F.name, atLeast },
    weight: atLeast,
    rule: 'NAME',
  })),
  { label: 'different names', condition: { kind: 'else' }, weight: 0 },
];

export const CUSTOMER_COMPARISONS: Comparison[] = [
  {
    name: 'tax id',
    levels: [
      { label: 'no tax id on one side', condition: { kind: 'null', field: F.taxId }, weight: 0 },
      { label: 'same tax id', condition: { kind: 'exact', field: F.taxId }, weight: 1, rule: 'TAX_ID' },
      {
        label: 'tax ids differ in the same country: never merged automatically',
        condition: { kind: 'exact', field: F.taxIdKind },
        weight: 0,
        rule: 'NAME_CONFLICTING_TAX_ID',
        ceiling: 'REVIEW',
      },
      { label: 'tax ids of different kinds', condition: { kind: 'else' }, weight: 0 },
    ],
  },
  {
    name: 'D-U-N-S',
    levels: [
      { label: 'no D-U-N-S on one side', condition: { kind: 'null', field: F.duns }, weight: 0 },
      { label: 'same D-U-N-S number', condition: { kind: 'exact', field: F.duns }, weight: 1, rule: 'DUNS' },
      { label: 'different D-U-N-S numbers', condition: { kind: 'else' }, weight: 0 },
    ],
  },
  { name: 'name', levels: nameLevels },
  {
    name: 'country',
    levels: [
      { label: 'same country', condition: { kind: 'exact', field: F.country }, weight: 0 },
      { label: 'no country on one side', condition: { kind: 'null', field: F.country }, weight: 0 },
      { label: 'different countries', condition: { kind: 'else' }, weight: -0.5 },
    ],
  },
  {
    name: 'address',
    levels: [
      { label: 'same postcode', condition: { kind: 'exact', field: F.postcode }, weight: 0.05 },
      { label: 'same city', condition: { kind: 'exact', field: F.city }, weight: 0.02 },
      // Every address has a city: without one there is no address to say anything.
      { label: 'no address on one side', condition: { kind: 'null', field: F.city }, weight: 0 },
      { label: 'different postcode and city', condition: { kind: 'else' }, weight: -0.05 },
    ],
  },
];

/**
 * Several keys, so a candidate is found whatever its first letters or script: the identifiers;
 * every word of every name, romanised and folded, where the word is rare enough to say something
 * (a block of at most 40: "toyota" finds "トヨタ自動車"), and the whole name's words run together
 * (a name made only of common words finds its own spelling), and the same by sound ("almrai" finds
 * "Almarai"); every two words of a name, exactly and by
 * sound (a typo or a transliteration variant in one word keeps the pair), in blocks of at most
 * 30 (at a million generated records, blocks of up to 100 gave 51 million candidate pairs, of up
 * to 30 11 million; at 100,000 the F1 at the merge threshold stayed 0.975); and the postcode with
 * a word's sound or with the name's first letter (a typo in a one-word name, "Ruhrdata" / "Ruhrata",
 * changes its words, sounds and pairs alike; at 100,000 records this rule adds 0.4 % candidates).
 * A key shared by more parties than its block size ("china trading") blocks nothing;
 * the others do.
 */
export const CUSTOMER_BLOCKING: BlockingRule[] = [
  { name: 'tax id', keys: [{ field: F.taxId, transform: 'exact' }], maxBlockSize: 50 },
  { name: 'D-U-N-S', keys: [{ field: F.duns, transform: 'exact' }], maxBlockSize: 50 },
  {
    name: 'country + rare name word',
    keys: [
      { field: F.country, transform: 'exact' },
      { field: F.name, transform: 'nameTokens' },
    ],
    maxBlockSize: 40,
  },
  {
    name: 'country + rare name sound',
    keys: [
      { field: F.country, transform: 'exact' },
      { field: F.name, transform: 'namePhonetic' },
    ],
    maxBlockSize: 40,
  },
  {
    name: 'country + two name words',
    keys: [
      { field: F.country, transform: 'exact' },
      { field: F.name, transform: 'nameWordPairs' },
    ],
    maxBlockSize: 30,
  },
  {
    name: 'country + two name sounds',
    keys: [
      { field: F.country, transform: 'exact' },
      { field: F.name, transform: 'nameSoundPairs' },
    ],
    maxBlockSize: 30,
  },
  {
    name: 'country + postcode + name sound',
    keys: [
      { field: F.country, transform: 'exact' },
      { field: F.postcode, transform: 'exact' },
      { field: F.name, transform: 'namePhonetic' },
    ],
    maxBlockSize: 50,
  },
  {
    name: 'country + postcode + name initial',
    keys: [
      { field: F.country, transform: 'exact' },
      { field: F.postcode, transform: 'exact' },
      { field: F.name, transform: 'prefix1' },
    ],
    maxBlockSize: 50,
  },
];
