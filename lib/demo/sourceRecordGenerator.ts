import type { Address } from '../address';
import { createRng, type Rng } from '../rng';
import type { SourceSystem } from '../sourceSystems';
import { generateTaxId } from '../taxids/generate';
import { companyTaxIdKind, type TaxIdKind } from '../taxids/kinds';
import { generateAddress } from './addresses';
import { asciiFold, asciiSpelledOut } from './asciiSpelling';
import { CURRENCY as DEMO_CURRENCY, DEMO_AS_OF } from './book';
import { pinyinName, traditionalHan } from './chineseSpellings';
import { generateCompanyName } from './companyNames';
import { CompanyNameRegister } from './companyNameRegister';
import { generateExtraAddress } from './extraCountryAddresses';
import { generateExtraCompanyName } from './extraCountryNames';
import { sourceVariantOfAddress, sourceVariantOfName } from './sourceVariants';
import { EXTRA_COUNTRIES, type CompanyName, type CountryCode, type ExtraCountryCode } from './types';

/**
 * Source records of customers with the truth known, for measuring identity resolution at volume:
 * each customer appears in one to five source systems (now and then twice in one), under the
 * spellings real systems use: its name in its own script or in Latin letters, Chinese in simplified
 * or traditional characters or pinyin, diacritics stripped or spelled out in ASCII, legal forms
 * respelled, abbreviations, upper case and typos; one system may still hold the address from before
 * a move; tax ids and D-U-N-S numbers are often missing (never wrong: a wrong check digit is
 * rejected on ingestion). Hard negatives are mixed in: another company of the same name in the same
 * country (another tax id, another city), or a sibling of the same group ("… Holding" next to "…").
 *
 * Lazy: records are produced as they are asked for, through a window that shuffles them, so a
 * customer's records are not neighbours in the output and memory stays small at any volume. The same
 * seed gives the same records on every machine.
 */

export type GeneratedCountry = CountryCode | ExtraCountryCode;

/** How a customer is easily confused with an earlier one of the same country, though it is another company. */
export type Confusion = 'SAME_NAME' | 'SIBLING_NAME';

export interface GeneratedCustomer {
  /** The true identity every record of this customer carries. */
  entity: string;
  country: GeneratedCountry;
  company: CompanyName;
  taxId?: string;
  duns?: string;
  address: Address;
  /** Where the customer was before it moved; one or more systems may still hold it. */
  formerAddress?: Address;
  /** Days before DEMO_AS_OF the customer moved, when it did. */
  movedDaysAgo?: number;
  paymentTermsCode: string;
  creditLimit: { minor: number; currency: string };
  /** The earlier customer this one is a hard negative for, and how. */
  confusableWith?: { entity: string; confusion: Confusion };
}

export interface GeneratedSourceRecord {
  sourceSystem: SourceSystem;
  sourceId: string;
  version: number;
  verifiedAt: string;
  attributes: Record<string, unknown>;
  /** The true customer: records with the same entity are the same company, all others are not. */
  entity: string;
}

export interface SourceRecordOptions {
  records: number;
  seed: number;
}

/** The demo book's country mix, plus the countries that bring Greek, Ukrainian, Turkish and Nordic names. */
const COUNTRY_WEIGHTS: readonly (readonly [GeneratedCountry, number])[] = [
  ['DE', 14],
  ['FR', 9],
  ['IT', 6],
  ['ES', 6],
  ['NL', 5],
  ['PL', 4],
  ['US', 18],
  ['BR', 5],
  ['IN', 6],
  ['JP', 7],
  ['CN', 7],
  ['RU', 4],
  ['SA', 3],
  ['AU', 3],
  ['GR', 3],
  ['UA', 3],
  ['TR', 3],
  ['SE', 3],
  ['DK', 2],
  ['NO', 2],
  ['FI', 2],
];
const TOTAL_WEIGHT = COUNTRY_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);

const CURRENCY: Readonly<Record<GeneratedCountry, string>> = {
  ...DEMO_CURRENCY,
  GR: 'EUR',
  FI: 'EUR',
  UA: 'UAH',
  TR: 'TRY',
  SE: 'SEK',
  DK: 'DKK',
  NO: 'NOK',
};

/** Where legacy systems spell ä, ö, ü, ø and å out (ae, oe, ue, oe, aa) rather than drop the marks. */
const SPELLS_OUT: ReadonlySet<GeneratedCountry> = new Set(['DE', 'SE', 'DK', 'NO', 'FI']);

/** How often each system holds a customer; every customer is in at least one. */
const PRESENCE: readonly (readonly [SourceSystem, number])[] = [
  ['CRM', 0.8],
  ['ERP', 0.75],
  ['BILLING', 0.7],
  ['COLLECTIONS', 0.15],
  ['RISK', 0.3],
];

/** The chance that a system sends the tax id it holds; the rest leave the field empty. */
const TAX_ID_SENT: Readonly<Record<SourceSystem, number>> = {
  CRM: 0.6,
  ERP: 0.85,
  BILLING: 0.75,
  COLLECTIONS: 0.5,
  RISK: 0.9,
};

/** The chance that a system sends the D-U-N-S number: the risk feed nearly always, the others seldom. */
const DUNS_SENT: Readonly<Record<SourceSystem, number>> = {
  CRM: 0.4,
  ERP: 0.35,
  BILLING: 0.1,
  COLLECTIONS: 0.1,
  RISK: 0.85,
};

/** The chance that a system sends the name in its own script (CRM sends it as nativeName, beside the Latin name). */
const NATIVE_NAME_SENT: Readonly<Record<SourceSystem, number>> = {
  CRM: 0.85,
  ERP: 0.45,
  BILLING: 0.3,
  COLLECTIONS: 0.35,
  RISK: 0.2,
};

/** The chance that a system without Unicode support writes the name in ASCII. */
const ASCII_ONLY: Readonly<Record<SourceSystem, number>> = {
  CRM: 0.05,
  ERP: 0.3,
  BILLING: 0.2,
  COLLECTIONS: 0.5,
  RISK: 0.3,
};

const HARD_NEGATIVE_CHANCE = 0.06;
const SAME_SYSTEM_DUPLICATE_CHANCE = 0.03;
const MOVED_CHANCE = 0.12;
/** The chance that a system holding a moved customer never heard of the move. */
const STALE_ADDRESS_CHANCE = 0.4;
/** Group companies: the sibling takes one of these words its namesake does not have. */
const GROUP_WORDS = ['Holding', 'Services', 'International', 'Trading', 'Logistics', 'Group', 'Systems'];
const TERMS = ['NET30', 'NET30', 'NET30', 'NET45', 'NET60', 'NET90', 'DUE_ON_RECEIPT'] as const;
/** Records kept back and given out in random order, so one customer's records are not neighbours. */
const SHUFFLE_WINDOW = 4096;

const DAY_MS = 86_400_000;
const AS_OF_MS = Date.parse(DEMO_AS_OF);

/** Verification times fall on whole days, so each day's time is formatted once (Date formatting is slow). */
const isoByDaysBefore: string[] = [];

function isoDaysBefore(days: number): string {
  return (isoByDaysBefore[days] ??= new Date(AS_OF_MS - days * DAY_MS).toISOString());
}

function digits(rng: Rng, count: number): string {
  let out = '';
  for (let i = 0; i < count; i += 1) out += String(rng.int(0, 9));
  return out;
}

function isExtraCountry(country: GeneratedCountry): country is ExtraCountryCode {
  return (EXTRA_COUNTRIES as readonly string[]).includes(country);
}

function drawCountry(rng: Rng): GeneratedCountry {
  let roll = rng.next() * TOTAL_WEIGHT;
  for (const [country, weight] of COUNTRY_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return country;
  }
  return 'US';
}

function drawAddress(country: GeneratedCountry, rng: Rng): Address {
  return isExtraCountry(country) ? generateExtraAddress(country, rng) : generateAddress(country, rng);
}

/** An address in another city than `avoid` (a move, or a namesake elsewhere); a few draws always find one. */
function addressElsewhere(country: GeneratedCountry, avoid: Address, rng: Rng): Address {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const address = drawAddress(country, rng);
    if (address.city !== avoid.city) return address;
  }
  return { ...drawAddress(country, rng), city: `${avoid.city} Nord` };
}

function drawTaxId(
  kind: TaxIdKind | undefined,
  country: GeneratedCountry,
  rng: Rng,
  avoid?: string,
): string | undefined {
  if (!kind) return undefined;
  let taxId = generateTaxId(kind, rng, country);
  while (taxId === avoid) taxId = generateTaxId(kind, rng, country);
  return taxId;
}

/** The group sibling of a Latin-script company: a group word its namesake lacks, before the legal form. */
function siblingCompany(company: CompanyName, word: string): CompanyName {
  const form = company.legalName.slice(company.name.length);
  const name = `${company.name} ${word}`;
  return { name, legalName: `${name}${form}`, nativeScript: company.nativeScript };
}

/** A sibling under a group word no company of the country has taken with this name, when one is left. */
function freeSibling(country: GeneratedCountry, company: CompanyName, register: CompanyNameRegister, rng: Rng) {
  const siblings = GROUP_WORDS.filter((word) => !company.name.includes(word)).map((word) =>
    siblingCompany(company, word),
  );
  const free = siblings.filter((sibling) => !register.isTaken(country, sibling));
  return register.register(country, rng.pick(free.length > 0 ? free : siblings), rng);
}

/** A company name of its own: when the drawn one is taken in the country, the register lengthens it. */
function drawCompany(country: GeneratedCountry, register: CompanyNameRegister, rng: Rng): CompanyName {
  const drawn = isExtraCountry(country) ? generateExtraCompanyName(country, rng) : generateCompanyName(country, rng);
  return register.register(country, drawn, rng);
}

/** Whether the Latin legal name is the trading name followed by its legal form, so a group word fits in between. */
function hasTrailingForm(company: CompanyName): boolean {
  return !company.nativeName && company.legalName.startsWith(`${company.name} `);
}

function makeCustomer(
  index: number,
  rng: Rng,
  register: CompanyNameRegister,
  namesakeOf: GeneratedCustomer | undefined,
): GeneratedCustomer {
  const country = namesakeOf?.country ?? drawCountry(rng);
  const confusion: Confusion | undefined = namesakeOf
    ? hasTrailingForm(namesakeOf.company) && rng.chance(0.5)
      ? 'SIBLING_NAME'
      : 'SAME_NAME'
    : undefined;
  const company = !namesakeOf
    ? drawCompany(country, register, rng)
    : confusion === 'SIBLING_NAME'
      ? freeSibling(country, namesakeOf.company, register, rng)
      : namesakeOf.company;
  const address = namesakeOf ? addressElsewhere(country, namesakeOf.address, rng) : drawAddress(country, rng);
  const moved = rng.chance(MOVED_CHANCE);
  const taxId = rng.chance(0.96) ? drawTaxId(companyTaxIdKind(country), country, rng, namesakeOf?.taxId) : undefined;
  const currency = CURRENCY[country];
  return {
    entity: `ent_${String(index + 1).padStart(8, '0')}`,
    country,
    company,
    ...(taxId ? { taxId } : {}),
    ...(rng.chance(0.6) ? { duns: digits(rng, 9) } : {}),
    address,
    ...(moved ? { formerAddress: addressElsewhere(country, address, rng), movedDaysAgo: rng.int(30, 720) } : {}),
    paymentTermsCode: rng.pick(TERMS),
    creditLimit: { minor: rng.int(1, 200) * 500_000 * (currency === 'JPY' ? 1 : 100), currency },
    ...(namesakeOf && confusion ? { confusableWith: { entity: namesakeOf.entity, confusion } } : {}),
  };
}

/**
 * Customers without end, the same for the same seed. Now and then one is a hard negative for the
 * last customer of its country: the only customers remembered. Apart from those intended namesakes,
 * no two customers of a country share a name or near twins of one (the register's keys, a few dozen
 * bytes a customer, are all that grows).
 */
export function* generateCustomers(seed: number): Generator<GeneratedCustomer> {
  const rng = createRng(seed);
  const register = new CompanyNameRegister();
  const lastInCountry = new Map<GeneratedCountry, GeneratedCustomer>();
  for (let index = 0; ; index += 1) {
    const roll = rng.next();
    const namesakeOf = roll < HARD_NEGATIVE_CHANCE ? lastInCountry.get(drawCountry(rng)) : undefined;
    const customer = makeCustomer(index, rng, register, namesakeOf);
    lastInCountry.set(customer.country, customer);
    yield customer;
  }
}

/** The name in the customer's own script, as a system holding it writes it. */
function nativeSpelling(customer: GeneratedCustomer, rng: Rng): string {
  const native = customer.company.nativeName as string;
  return customer.country === 'CN' && rng.chance(0.25) ? traditionalHan(native) : native;
}

/** The Latin name as a system writes it: its own legal-form spelling, abbreviations, case, typos, ASCII. */
function latinSpelling(customer: GeneratedCustomer, system: SourceSystem, rng: Rng): string {
  const { legalName } = customer.company;
  if (customer.country === 'CN' && rng.chance(0.2)) return pinyinName(legalName);
  const variant = sourceVariantOfName(legalName, rng);
  if (!rng.chance(ASCII_ONLY[system])) return variant;
  return SPELLS_OUT.has(customer.country) && rng.chance(0.6) ? asciiSpelledOut(variant) : asciiFold(variant);
}

/** CRM sends the Latin name, and beside it (as nativeName) the name in the customer's script; others send one name. */
function nameAttributes(customer: GeneratedCustomer, system: SourceSystem, rng: Rng): Record<string, unknown> {
  const hasNative = customer.company.nativeName !== undefined;
  if (system === 'CRM') {
    const name = latinSpelling(customer, system, rng);
    return hasNative && rng.chance(NATIVE_NAME_SENT.CRM)
      ? { name, nativeName: nativeSpelling(customer, rng) }
      : { name };
  }
  const native = hasNative && rng.chance(NATIVE_NAME_SENT[system]);
  return { name: native ? nativeSpelling(customer, rng) : latinSpelling(customer, system, rng) };
}

/** Tax ids come compact, now and then with a blank after the VAT prefix, or as { kind, value }. */
function taxIdAttribute(customer: GeneratedCustomer, taxId: string, rng: Rng): unknown {
  const roll = rng.next();
  if (roll < 0.05) return { kind: companyTaxIdKind(customer.country), value: taxId };
  if (roll < 0.15 && /^[A-Z]{2}\d/.test(taxId)) return `${taxId.slice(0, 2)} ${taxId.slice(2)}`;
  return taxId;
}

/** A record before it has its source id, which is numbered in output order. */
type DraftRecord = Omit<GeneratedSourceRecord, 'sourceId'>;

function draftRecord(customer: GeneratedCustomer, system: SourceSystem, rng: Rng): DraftRecord {
  const attributes = nameAttributes(customer, system, rng);
  attributes.country = customer.country;
  if (customer.taxId && rng.chance(TAX_ID_SENT[system]))
    attributes.taxId = taxIdAttribute(customer, customer.taxId, rng);
  if (customer.duns && rng.chance(DUNS_SENT[system]))
    attributes.duns = rng.chance(0.2) ? customer.duns.replace(/^(\d{2})(\d{3})(\d{4})$/, '$1-$2-$3') : customer.duns;
  const stale = customer.formerAddress !== undefined && rng.chance(STALE_ADDRESS_CHANCE);
  if (system !== 'RISK') {
    const address = stale ? (customer.formerAddress as Address) : customer.address;
    attributes.address = rng.chance(0.5) ? address : { ...address, ...sourceVariantOfAddress(address, rng) };
  }
  if (system === 'BILLING' && rng.chance(0.95)) attributes.paymentTerms = customer.paymentTermsCode;
  if (system === 'RISK') attributes.creditLimit = customer.creditLimit;
  // A system that still has the old address last verified the record before the move.
  const movedDaysAgo = customer.movedDaysAgo ?? 0;
  const verifiedDaysAgo = stale
    ? movedDaysAgo + rng.int(1, 700)
    : rng.int(0, customer.formerAddress ? movedDaysAgo : 900);
  return {
    sourceSystem: system,
    version: rng.chance(0.7) ? 1 : rng.int(2, 9),
    verifiedAt: isoDaysBefore(verifiedDaysAgo),
    attributes,
    entity: customer.entity,
  };
}

/** One to five systems, and now and then a second record in one of them (a duplicate inside that system). */
function draftRecords(customer: GeneratedCustomer, rng: Rng): DraftRecord[] {
  const systems = PRESENCE.filter(([, presence]) => rng.chance(presence)).map(([system]) => system);
  if (systems.length === 0) systems.push(rng.pick(PRESENCE)[0]);
  if (rng.chance(SAME_SYSTEM_DUPLICATE_CHANCE)) systems.push(rng.pick(systems));
  return systems.map((system) => draftRecord(customer, system, rng));
}

/** Each system's own id format, numbered in the order the records come out. */
function sourceIdOf(system: SourceSystem, n: number): string {
  switch (system) {
    case 'CRM':
      return `0015g${String(n).padStart(10, '0')}AAQ`;
    case 'ERP':
      return String(10_000_000 + n);
    case 'BILLING':
      return `BA-${String(n).padStart(8, '0')}`;
    case 'COLLECTIONS':
      return `COL/${new Date(AS_OF_MS).getUTCFullYear()}/${n}`;
    case 'RISK':
      return `R-${String(n).padStart(8, '0')}`;
  }
}

export function* generateSourceRecords(options: SourceRecordOptions): Generator<GeneratedSourceRecord> {
  const rng = createRng(options.seed + 1);
  const issued = new Map<SourceSystem, number>();
  const window: DraftRecord[] = [];
  const release = (): GeneratedSourceRecord => {
    // Take a random record out of the window: swap it with the last and pop, O(1).
    const at = rng.int(0, window.length - 1);
    const draft = window[at];
    window[at] = window[window.length - 1];
    window.pop();
    const n = (issued.get(draft.sourceSystem) ?? 0) + 1;
    issued.set(draft.sourceSystem, n);
    return {
      sourceSystem: draft.sourceSystem,
      sourceId: sourceIdOf(draft.sourceSystem, n),
      version: draft.version,
      verifiedAt: draft.verifiedAt,
      attributes: draft.attributes,
      entity: draft.entity,
    };
  };
  let drafted = 0;
  for (const customer of generateCustomers(options.seed)) {
    if (drafted >= options.records) break;
    for (const draft of draftRecords(customer, rng)) {
      if (drafted >= options.records) break;
      window.push(draft);
      drafted += 1;
      if (window.length > SHUFFLE_WINDOW) yield release();
    }
  }
  while (window.length > 0) yield release();
}
