import { canonicalJson } from '../canonicalJson';
import { addDays, addMonths } from '../calendar';
import { PAYMENT_TERMS } from '../paymentTerms';
import { regionOfCountry, type Region } from '../regions';
import { generateTaxId } from '../taxids/generate';
import { taxIdKindForCountry, type TaxIdKind } from '../taxids/kinds';
import { generateAddress, type StreetAddress } from './addresses';
import { generateCompanyName } from './companyNames';
import { companyDomain, generatePerson, type Person } from './people';
import { createRng, type Rng } from '../rng';
import { sourceVariantOfAddress, sourceVariantOfName } from './sourceVariants';
import type { SourceSystem } from '../sourceSystems';
import type { CountryCode, ScriptCode } from './types';

/**
 * The demo book of business: customers in fourteen countries as they appear in CRM, ERP and
 * billing, with contracts, invoices, payments and a change history. Plain data, the same for the
 * same seed on every machine; each subgraph loads its own slice.
 */

export const DEMO_AS_OF = '2026-11-01T00:00:00.000Z';

export type CustomerSegment = 'ENTERPRISE' | 'MID_MARKET' | 'SMB';

/** Segment by credit limit in the book's reference unit (before the currency's price scale). */
function segmentOf(creditLimitMinor: number, currency: string): CustomerSegment {
  const units = creditLimitMinor / (5_000_00 * PRICE_SCALE[currency]);
  return units >= 120 ? 'ENTERPRISE' : units >= 40 ? 'MID_MARKET' : 'SMB';
}

export interface DemoCustomer {
  id: string;
  name: string;
  legalName: string;
  nativeName?: string;
  nativeScript: ScriptCode;
  country: CountryCode;
  region: Region;
  taxIds: { kind: TaxIdKind; value: string; country: CountryCode }[];
  duns?: string;
  billingAddress: StreetAddress;
  shippingAddress?: StreetAddress;
  paymentTermsCode: string;
  creditLimitMinor: number;
  segment: CustomerSegment;
  currency: string;
  creditHold: boolean;
  status: 'PROSPECT' | 'ACTIVE' | 'ON_HOLD' | 'INACTIVE';
  createdAt: string;
  updatedAt: string;
  verifiedAt?: string;
  /** 1 (worst) to 100 (best), as a credit bureau scores companies. */
  creditScore: number;
  contacts: (Person & { id: string })[];
}

export interface DemoSourceRecord {
  id: string;
  customerId: string;
  sourceSystem: SourceSystem;
  sourceId: string;
  payload: Record<string, unknown>;
  ingestedAt: string;
}

export interface DemoHierarchyLink {
  parentId: string;
  childId: string;
  relationship: 'SUBSIDIARY';
  since: string;
}

export interface DemoContract {
  id: string;
  customerId: string;
  number: string;
  startDate: string;
  endDate: string;
  currency: string;
  totalValueMinor: number;
  status: 'ACTIVE' | 'EXPIRED' | 'TERMINATED';
  lines: {
    id: string;
    productCode: string;
    description: string;
    quantity: number;
    unitPriceMinor: number;
    amountMinor: number;
  }[];
  invoices: DemoInvoice[];
}

export interface DemoInvoice {
  id: string;
  number: string;
  issueDate: string;
  dueDate: string;
  amountMinor: number;
  status: 'OPEN' | 'PARTIALLY_PAID' | 'PAID';
  payments: { id: string; receivedOn: string; amountMinor: number; method: string }[];
}

export interface DemoChange {
  id: string;
  entity: 'Customer';
  entityId: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  actor: string;
  at: string;
  reason: string;
}

export interface DemoBook {
  asOf: string;
  customers: DemoCustomer[];
  sourceRecords: DemoSourceRecord[];
  hierarchy: DemoHierarchyLink[];
  contracts: DemoContract[];
  changes: DemoChange[];
}

export interface DemoBookOptions {
  customers: number;
  seed: number;
}

/** Relative weights: a European and American book with a long tail elsewhere. */
const COUNTRY_WEIGHTS: [CountryCode, number][] = [
  ['DE', 14],
  ['FR', 9],
  ['IT', 6],
  ['ES', 6],
  ['NL', 5],
  ['PL', 4],
  ['US', 20],
  ['BR', 6],
  ['IN', 7],
  ['JP', 7],
  ['CN', 6],
  ['RU', 3],
  ['SA', 3],
  ['AU', 4],
];

/** The demo countries' currencies; the source-record generator adds its extra countries'. */
export const CURRENCY: Readonly<Record<CountryCode, string>> = {
  DE: 'EUR',
  FR: 'EUR',
  IT: 'EUR',
  ES: 'EUR',
  NL: 'EUR',
  PL: 'PLN',
  US: 'USD',
  BR: 'BRL',
  IN: 'INR',
  JP: 'JPY',
  CN: 'CNY',
  RU: 'RUB',
  SA: 'SAR',
  AU: 'AUD',
};

/** Minor units of the local currency per US cent, roughly, so prices look local. */
const PRICE_SCALE: Record<string, number> = {
  EUR: 1,
  PLN: 4,
  USD: 1,
  BRL: 5,
  INR: 83,
  JPY: 1.5,
  CNY: 7,
  RUB: 90,
  SAR: 4,
  AUD: 1.5,
};

const TERMS_DRAWN = ['NET30', 'NET30', 'NET30', 'NET45', 'NET60', 'DUE_ON_RECEIPT'] as const;

const PRODUCTS = [
  { code: 'PLAT-STD', description: 'Platform subscription, standard tier', unitUsdCents: 1_200_000 },
  { code: 'PLAT-ENT', description: 'Platform subscription, enterprise tier', unitUsdCents: 4_800_000 },
  { code: 'SEAT', description: 'Named user seat, annual', unitUsdCents: 60_000 },
  { code: 'SUPPORT-PREM', description: 'Premium support, annual', unitUsdCents: 900_000 },
  { code: 'IMPL', description: 'Implementation services', unitUsdCents: 2_500_000 },
  { code: 'TRAIN', description: 'Training day', unitUsdCents: 180_000 },
] as const;

const CHANGE_ACTORS = ['crm-sync', 'erp-sync', 'risk-feed', 'j.moreau', 'a.schmidt', 'k.tanaka', 'steward.m.silva'];
const PAYMENT_METHODS = ['SEPA_CREDIT_TRANSFER', 'WIRE', 'ACH', 'CARD', 'PIX', 'UPI'];

export function customerId(index: number): string {
  return `cus_${String(index + 1).padStart(6, '0')}`;
}

function weightedCountry(rng: Rng): CountryCode {
  const total = COUNTRY_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = rng.next() * total;
  for (const [country, weight] of COUNTRY_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return country;
  }
  return 'US';
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const AS_OF_MS = Date.parse(DEMO_AS_OF);

function isoDaysBefore(days: number): string {
  return new Date(AS_OF_MS - days * DAY_MS).toISOString();
}

function dateOnly(iso: string): string {
  return iso.slice(0, 10);
}

function digits(rng: Rng, count: number): string {
  let out = '';
  for (let i = 0; i < count; i += 1) out += String(rng.int(0, 9));
  return out;
}

/** Splits `total` into `parts` whole amounts that add up exactly; the remainder goes to the last part. */
export function splitEvenly(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => (i === parts - 1 ? total - base * (parts - 1) : base));
}

function makeCustomer(index: number, rng: Rng, peopleRng: Rng): DemoCustomer {
  const country = weightedCountry(rng);
  const currency = CURRENCY[country];
  const company = generateCompanyName(country, rng);
  const billingAddress = generateAddress(country, rng);
  const createdDaysAgo = rng.int(30, 7 * 365);
  const updatedDaysAgo = rng.int(0, createdDaysAgo);
  const status = rng.chance(0.04) ? 'INACTIVE' : rng.chance(0.03) ? 'PROSPECT' : 'ACTIVE';
  const creditHold = status === 'ACTIVE' && rng.chance(0.05);
  const kind = taxIdKindForCountry(country);
  return withSegment({
    id: customerId(index),
    name: company.name,
    legalName: company.legalName,
    ...(company.nativeName ? { nativeName: company.nativeName } : {}),
    nativeScript: company.nativeScript,
    country,
    region: regionOfCountry(country) as Region,
    taxIds: [{ kind, value: generateTaxId(kind, rng, country), country }],
    ...(rng.chance(0.85) ? { duns: digits(rng, 9) } : {}),
    billingAddress,
    ...(rng.chance(0.7)
      ? { shippingAddress: billingAddress }
      : rng.chance(0.8)
        ? { shippingAddress: generateAddress(country, rng) }
        : {}),
    paymentTermsCode: rng.pick(TERMS_DRAWN),
    creditLimitMinor: Math.round(rng.int(1, 200) * 5_000_00 * PRICE_SCALE[currency]),
    currency,
    creditHold,
    status: creditHold ? 'ON_HOLD' : status,
    createdAt: isoDaysBefore(createdDaysAgo),
    updatedAt: isoDaysBefore(updatedDaysAgo),
    ...(rng.chance(0.9) ? { verifiedAt: isoDaysBefore(rng.int(0, updatedDaysAgo)) } : {}),
    creditScore: creditHold ? peopleRng.int(5, 40) : peopleRng.int(35, 98),
    contacts: Array.from({ length: peopleRng.int(1, 3) }, (_, n) => ({
      id: `${customerId(index)}_c${n + 1}`,
      ...generatePerson(country, companyDomain(company.name, country), peopleRng),
    })),
  });
}

function withSegment(customer: Omit<DemoCustomer, 'segment'>): DemoCustomer {
  return { ...customer, segment: segmentOf(customer.creditLimitMinor, customer.currency) };
}

const SOURCE_PRESENCE: [SourceSystem, number][] = [
  ['CRM', 1],
  ['ERP', 0.85],
  ['BILLING', 0.9],
  ['COLLECTIONS', 0.15],
  ['RISK', 0.3],
];

function sourceId(system: SourceSystem, index: number, rng: Rng): string {
  switch (system) {
    case 'CRM':
      return `0015g${digits(rng, 4)}${String(index).padStart(6, '0')}AAQ`;
    case 'ERP':
      return String(1_000_000 + index);
    case 'BILLING':
      return `BA-${String(index + 1).padStart(7, '0')}`;
    case 'COLLECTIONS':
      return `COL/${new Date(AS_OF_MS).getUTCFullYear()}/${index + 1}`;
    case 'RISK':
      return `R${digits(rng, 3)}-${index + 1}`;
  }
}

function makeSourceRecords(customer: DemoCustomer, index: number, rng: Rng): DemoSourceRecord[] {
  const records: DemoSourceRecord[] = [];
  for (const [system, presence] of SOURCE_PRESENCE) {
    if (!rng.chance(presence)) continue;
    const payload: Record<string, unknown> = {
      name: rng.chance(0.5) ? customer.legalName : sourceVariantOfName(customer.legalName, rng),
      country: customer.country,
    };
    if (customer.nativeName && system === 'CRM') payload.nativeName = customer.nativeName;
    if (rng.chance(0.8)) payload.taxId = customer.taxIds[0].value;
    if (customer.duns && rng.chance(0.6)) payload.duns = customer.duns;
    if (system !== 'RISK')
      payload.address = rng.chance(0.5)
        ? customer.billingAddress
        : { ...customer.billingAddress, ...sourceVariantOfAddress(customer.billingAddress, rng) };
    if (system === 'RISK') payload.creditLimit = { minor: customer.creditLimitMinor, currency: customer.currency };
    if (system === 'BILLING') payload.paymentTerms = customer.paymentTermsCode;
    records.push({
      id: `src_${system.toLowerCase()}_${String(index + 1).padStart(6, '0')}`,
      customerId: customer.id,
      sourceSystem: system,
      sourceId: sourceId(system, index, rng),
      payload,
      ingestedAt: isoDaysBefore(rng.int(0, 30)),
    });
  }
  return confirmedByNewest(customer, records);
}

/**
 * The record a source sent last is the one that confirmed the customer's master data: it holds the
 * customer's name and address as the book has them (older records keep their variants), and no two
 * records of a customer arrive at the same time. So the golden record that survivorship computes
 * from the sources is the customer as the book describes it.
 */
function confirmedByNewest(customer: DemoCustomer, records: DemoSourceRecord[]): DemoSourceRecord[] {
  const newestFirst = [...records].sort((a, b) => b.ingestedAt.localeCompare(a.ingestedAt));
  let previous = Number.POSITIVE_INFINITY;
  for (const record of newestFirst) {
    const at = Math.min(Date.parse(record.ingestedAt), previous - HOUR_MS);
    record.ingestedAt = new Date(at).toISOString();
    previous = at;
  }
  const [newest] = newestFirst;
  if (newest) newest.payload.name = customer.legalName;
  const newestWithAddress = newestFirst.find((record) => record.payload.address !== undefined);
  if (newestWithAddress) newestWithAddress.payload.address = customer.billingAddress;
  return records;
}

function makeContracts(customer: DemoCustomer, index: number, rng: Rng): DemoContract[] {
  if (customer.status === 'PROSPECT') return [];
  const contracts: DemoContract[] = [];
  const count = rng.int(1, 3);
  const scale = PRICE_SCALE[customer.currency];
  for (let c = 0; c < count; c += 1) {
    const id = `ctr_${String(index + 1).padStart(6, '0')}_${c + 1}`;
    const startDate = dateOnly(isoDaysBefore(rng.int(20, 3 * 365)));
    const termMonths = rng.pick([12, 12, 24, 36]);
    const endDate = addDays(addMonths(startDate, termMonths), -1);
    const lines = Array.from({ length: rng.int(1, 4) }, (_, l) => {
      const product = rng.pick(PRODUCTS);
      const quantity = product.code === 'SEAT' ? rng.int(5, 250) : product.code === 'TRAIN' ? rng.int(1, 10) : 1;
      const unitPriceMinor = Math.round((product.unitUsdCents * scale * rng.int(80, 120)) / 100);
      return {
        id: `${id}_l${l + 1}`,
        productCode: product.code,
        description: product.description,
        quantity,
        unitPriceMinor,
        amountMinor: unitPriceMinor * quantity,
      };
    });
    const totalValueMinor = lines.reduce((sum, line) => sum + line.amountMinor, 0);
    const expired = endDate < dateOnly(DEMO_AS_OF);
    const status = customer.status === 'INACTIVE' && !expired ? 'TERMINATED' : expired ? 'EXPIRED' : 'ACTIVE';

    // Quarterly billing in advance, up to the as-of date.
    const quarters = termMonths / 3;
    const amounts = splitEvenly(totalValueMinor, quarters);
    const invoices: DemoInvoice[] = [];
    for (let q = 0; q < quarters; q += 1) {
      const issueDate = addMonths(startDate, q * 3);
      if (issueDate > dateOnly(DEMO_AS_OF)) break;
      const dueDate = addDays(issueDate, PAYMENT_TERMS[customer.paymentTermsCode]);
      const invoiceId = `${id}_i${q + 1}`;
      const overdue = dueDate < dateOnly(DEMO_AS_OF);
      const roll = rng.next();
      const paidShare = !overdue ? (roll < 0.5 ? 1 : 0) : roll < 0.8 ? 1 : roll < 0.9 ? 0.5 : 0;
      const paidMinor = Math.floor(amounts[q] * paidShare);
      const payments =
        paidMinor > 0
          ? [
              {
                id: `${invoiceId}_p1`,
                receivedOn: addDays(issueDate, rng.int(3, 75)),
                amountMinor: paidMinor,
                method: rng.pick(PAYMENT_METHODS),
              },
            ]
          : [];
      invoices.push({
        id: invoiceId,
        number: `INV-${issueDate.slice(0, 4)}-${String(index + 1).padStart(6, '0')}${c + 1}${String(q + 1).padStart(2, '0')}`,
        issueDate,
        dueDate,
        amountMinor: amounts[q],
        status: paidMinor === amounts[q] ? 'PAID' : paidMinor > 0 ? 'PARTIALLY_PAID' : 'OPEN',
        payments,
      });
    }
    contracts.push({
      id,
      customerId: customer.id,
      number: `CT-${startDate.slice(0, 4)}-${String(index + 1).padStart(6, '0')}-${c + 1}`,
      startDate,
      endDate,
      currency: customer.currency,
      totalValueMinor,
      status,
      lines,
      invoices,
    });
  }
  return contracts;
}

/** A plausible history: each change's new value is the one before the next, ending at today's value. */
function makeChanges(customer: DemoCustomer, rng: Rng): DemoChange[] {
  const changes: DemoChange[] = [];
  const created = Date.parse(customer.createdAt);
  const updated = Date.parse(customer.updatedAt);
  const count = rng.int(0, 3);
  let limit = customer.creditLimitMinor;
  for (let n = 0; n < count; n += 1) {
    const at = new Date(updated - n * Math.floor((updated - created) / (count + 1))).toISOString();
    // Field names and value encoding match what updateCustomer writes, so seeded and live history read alike.
    const field = rng.pick(['creditLimit', 'paymentTermsCode', 'billingAddress', 'status'] as const);
    let oldValue: string | null;
    let newValue: string | null;
    if (field === 'creditLimit') {
      const previous = Math.max(100_000, Math.round(limit * rng.pick([0.5, 0.8, 1.25])));
      oldValue = canonicalJson({ minor: previous, currency: customer.currency });
      newValue = canonicalJson({ minor: limit, currency: customer.currency });
      limit = previous;
    } else if (field === 'paymentTermsCode') {
      oldValue = canonicalJson(rng.pick(TERMS_DRAWN));
      newValue = canonicalJson(customer.paymentTermsCode);
    } else if (field === 'status') {
      oldValue = canonicalJson('PROSPECT');
      newValue = canonicalJson(customer.status);
    } else {
      const street = customer.billingAddress.line1.replace(/^\d+\s*|\s*\d+$/g, '');
      oldValue = canonicalJson({ ...customer.billingAddress, line1: `${street} ${rng.int(1, 200)}` });
      newValue = canonicalJson(customer.billingAddress);
    }
    changes.push({
      id: `chg_${customer.id.slice(4)}_${n + 1}`,
      entity: 'Customer',
      entityId: customer.id,
      field,
      oldValue,
      newValue,
      actor: rng.pick(CHANGE_ACTORS),
      at,
      reason:
        field === 'creditLimit' ? 'Credit review' : field === 'status' ? 'Contract signed' : 'Source system update',
    });
  }
  return changes;
}

/** The book's random streams: each concern draws from its own, so adding a field to one does not reshuffle the others. */
function randomStreams(seed: number) {
  return {
    customers: createRng(seed),
    sources: createRng(seed + 1),
    contracts: createRng(seed + 2),
    history: createRng(seed + 3),
    people: createRng(seed + 4),
  };
}

/**
 * Subsidiaries: some customers belong to the first customer of their country. Drawn from the
 * customer stream once every customer has been drawn.
 */
function linkSubsidiaries(
  customers: readonly Pick<DemoCustomer, 'id' | 'country' | 'createdAt'>[],
  rng: Rng,
): DemoHierarchyLink[] {
  const hierarchy: DemoHierarchyLink[] = [];
  const firstInCountry = new Map<string, string>();
  for (const customer of customers) {
    const parentId = firstInCountry.get(customer.country);
    if (!parentId) firstInCountry.set(customer.country, customer.id);
    else if (rng.chance(0.04)) {
      hierarchy.push({ parentId, childId: customer.id, relationship: 'SUBSIDIARY', since: customer.createdAt });
    }
  }
  return hierarchy;
}

/**
 * The demo book a slice of customers at a time, so a book of a million customers never has to be
 * held whole: each chunk holds its customers with their source records, contracts and changes, and
 * the subsidiary links whose child is among them (a parent always comes earlier). Concatenated, the
 * chunks are exactly generateDemoBook's book.
 */
export function* demoBookChunks(options: DemoBookOptions, chunkSize: number): Generator<DemoBook> {
  const streams = randomStreams(options.seed);
  const draw = (index: number) => makeCustomer(index, streams.customers, streams.people);
  let hierarchy: DemoHierarchyLink[];
  let first: DemoCustomer[] | undefined;
  if (chunkSize >= options.customers) {
    first = Array.from({ length: options.customers }, (_, i) => draw(i));
    hierarchy = linkSubsidiaries(first, streams.customers);
  } else {
    // The links are drawn after every customer, so a first pass draws the customers for them alone.
    const sketch = randomStreams(options.seed);
    const everyone = Array.from({ length: options.customers }, (_, i) => {
      const { id, country, createdAt } = makeCustomer(i, sketch.customers, sketch.people);
      return { id, country, createdAt };
    });
    hierarchy = linkSubsidiaries(everyone, sketch.customers);
  }
  const parentOf = new Map(hierarchy.map((link) => [link.childId, link]));
  for (let start = 0; start < options.customers; start += chunkSize) {
    const customers =
      first ?? Array.from({ length: Math.min(chunkSize, options.customers - start) }, (_, i) => draw(start + i));
    yield {
      asOf: DEMO_AS_OF,
      customers,
      sourceRecords: customers.flatMap((customer, i) => makeSourceRecords(customer, start + i, streams.sources)),
      hierarchy: customers.flatMap((customer) => parentOf.get(customer.id) ?? []),
      contracts: customers.flatMap((customer, i) => makeContracts(customer, start + i, streams.contracts)),
      changes: customers.flatMap((customer) => makeChanges(customer, streams.history)),
    };
  }
}

export function generateDemoBook(options: DemoBookOptions): DemoBook {
  const [book] = demoBookChunks(options, options.customers);
  return book ?? { asOf: DEMO_AS_OF, customers: [], sourceRecords: [], hierarchy: [], contracts: [], changes: [] };
}
