import { createHash } from 'node:crypto';
import type { DemoBook, DemoCustomer } from './book';
import { createRng, type Rng } from '../rng';
import { luhnCheckCharacter } from '../taxids/checksums';
import { bbanLayout, ibanCheckDigits, type CharacterKind } from '../iban/iban';
import { withNationalCheckDigits } from '../iban/nationalCheckDigits';

/**
 * Demo bank accounts and payment cards, derived from the demo book by the customer seed rather
 * than generated inside it: the book's random streams stay as they are, so no other subgraph's
 * data shifts. Each customer draws from a generator seeded from its own id and name, so one
 * customer's instruments never depend on how many others there are. The IBANs and card numbers
 * exist in clear only here and in the seed, which encrypts and tokenises them before writing.
 */

export interface DemoBankAccount {
  id: string;
  customerId: string;
  iban: string;
  bic: string;
  accountHolder: string;
  currency: string;
  createdAt: string;
}

export interface DemoPaymentCard {
  id: string;
  customerId: string;
  pan: string;
  expiryMonth: number;
  expiryYear: number;
  createdAt: string;
}

export interface DemoInstruments {
  bankAccounts: DemoBankAccount[];
  paymentCards: DemoPaymentCard[];
}

/** Of the customers in a country with IBANs. */
const BANK_ACCOUNT_SHARE = 0.6;
/** Of all customers. */
const CARD_SHARE = 0.2;

interface DemoBank {
  /** The bank's identifier inside the BBAN. */
  code: string;
  bic: string;
}

/** Real banks' identifiers, with made-up account numbers; the demo countries that use IBANs. */
const DEMO_BANKS: Readonly<Record<string, readonly DemoBank[]>> = {
  DE: [
    { code: '37040044', bic: 'COBADEFFXXX' },
    { code: '10070000', bic: 'DEUTDEBBXXX' },
    { code: '50010517', bic: 'INGDDEFFXXX' },
  ],
  FR: [
    { code: '30004', bic: 'BNPAFRPPXXX' },
    { code: '30003', bic: 'SOGEFRPPXXX' },
    { code: '20041', bic: 'PSSTFRPPXXX' },
  ],
  IT: [
    { code: '03069', bic: 'BCITITMMXXX' },
    { code: '02008', bic: 'UNCRITMMXXX' },
  ],
  ES: [
    { code: '2100', bic: 'CAIXESBBXXX' },
    { code: '0049', bic: 'BSCHESMMXXX' },
    { code: '0182', bic: 'BBVAESMMXXX' },
  ],
  NL: [
    { code: 'ABNA', bic: 'ABNANL2AXXX' },
    { code: 'INGB', bic: 'INGBNL2AXXX' },
    { code: 'RABO', bic: 'RABONL2UXXX' },
  ],
  PL: [
    { code: '10201026', bic: 'BPKOPLPWXXX' },
    { code: '10901014', bic: 'WBKPPLPPXXX' },
  ],
  BR: [
    { code: '00000000', bic: 'BRASBRRJXXX' },
    { code: '60701190', bic: 'ITAUBRSPXXX' },
  ],
  SA: [
    { code: '80', bic: 'RJHISARIXXX' },
    { code: '10', bic: 'NCBKSAJEXXX' },
  ],
};

/** Where the bank identifier starts in the BBAN: Italy's comes after the CIN check letter. */
const BANK_CODE_AT: Readonly<Record<string, number>> = { IT: 1 };

/** Issuer prefixes of the card networks' published test numbers. */
const TEST_CARD_PREFIXES: readonly { prefix: string; length: number }[] = [
  { prefix: '411111', length: 16 },
  { prefix: '424242', length: 16 },
  { prefix: '555555', length: 16 },
  { prefix: '222300', length: 16 },
  { prefix: '378282', length: 15 },
];

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A 32-bit seed from text, for createRng. */
function seedOf(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0);
}

function randomCharacters(rng: Rng, kind: CharacterKind, count: number): string {
  let out = '';
  // Alphanumeric positions get digits: that is what such account numbers mostly hold.
  for (let i = 0; i < count; i += 1) out += kind === 'a' ? rng.pick([...LETTERS]) : String(rng.int(0, 9));
  return out;
}

/**
 * Where the account number ends in the BBAN, where something else follows it: France's RIB key,
 * Brazil's account type and owner. Elsewhere it runs to the end.
 */
const ACCOUNT_END: Readonly<Record<string, number>> = { FR: 21, MC: 21, BR: 23 };

/**
 * A valid IBAN of `country` at `bank`, with a random account number. A `serial` (digits) ends the
 * account number, so that IBANs with different serials differ: random numbers alone repeat in a
 * book of a million customers, whose generators' 32-bit seeds do.
 */
export function generateIban(country: string, bank: DemoBank, rng: Rng, serial = ''): string {
  const layout = bbanLayout(country);
  if (!layout) throw new RangeError(`${country} does not use IBANs`);
  const random = layout.map((segment) => randomCharacters(rng, segment.kind, segment.length)).join('');
  const at = BANK_CODE_AT[country] ?? 0;
  const end = ACCOUNT_END[country] ?? random.length;
  const start = at + bank.code.length;
  const tail = serial.slice(-Math.max(0, end - start));
  const account = `${random.slice(start, end - tail.length)}${tail}`;
  const bban = withNationalCheckDigits(country, `${random.slice(0, at)}${bank.code}${account}${random.slice(end)}`);
  return `${country}${ibanCheckDigits(country, bban)}${bban}`;
}

/** A demo customer's number (cus_000042: 0000042), seven digits for books of up to ten million. */
function serialOf(customerId: string): string {
  return (customerId.replace(/\D/g, '') || '0').slice(-7).padStart(7, '0');
}

/** A card number that passes Luhn, on one of the networks' test prefixes. */
export function generateTestPan(rng: Rng): string {
  const { prefix, length } = rng.pick(TEST_CARD_PREFIXES);
  const payload = `${prefix}${randomCharacters(rng, 'n', length - prefix.length - 1)}`;
  return `${payload}${luhnCheckCharacter(payload)}`;
}

/** An instant between `from` and `to`, as ISO 8601. */
function between(rng: Rng, from: string, to: string): string {
  const start = Date.parse(from);
  return new Date(start + Math.floor(rng.next() * Math.max(0, Date.parse(to) - start))).toISOString();
}

function instrumentsOf(customer: DemoCustomer, asOf: string): DemoInstruments {
  const rng = createRng(seedOf(`${customer.id}|${customer.legalName}`));
  const banks = DEMO_BANKS[customer.country];
  const bankAccounts: DemoBankAccount[] = [];
  if (banks && rng.chance(BANK_ACCOUNT_SHARE)) {
    const bank = rng.pick(banks);
    bankAccounts.push({
      id: `${customer.id}_bank1`,
      customerId: customer.id,
      iban: generateIban(customer.country, bank, rng, serialOf(customer.id)),
      bic: bank.bic,
      accountHolder: customer.legalName,
      currency: customer.currency,
      createdAt: between(rng, customer.createdAt, asOf),
    });
  }
  const paymentCards: DemoPaymentCard[] = [];
  if (rng.chance(CARD_SHARE)) {
    const expiry = new Date(asOf);
    expiry.setUTCMonth(expiry.getUTCMonth() + rng.int(1, 48));
    paymentCards.push({
      id: `${customer.id}_card1`,
      customerId: customer.id,
      pan: generateTestPan(rng),
      expiryMonth: expiry.getUTCMonth() + 1,
      expiryYear: expiry.getUTCFullYear(),
      createdAt: between(rng, customer.createdAt, asOf),
    });
  }
  return { bankAccounts, paymentCards };
}

export function demoInstruments(book: Pick<DemoBook, 'asOf' | 'customers'>): DemoInstruments {
  const each = book.customers.map((customer) => instrumentsOf(customer, book.asOf));
  return { bankAccounts: each.flatMap((i) => i.bankAccounts), paymentCards: each.flatMap((i) => i.paymentCards) };
}
