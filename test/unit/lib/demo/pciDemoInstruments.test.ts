import { cardBrand, isLuhnValid } from '../../../../lib/crypto';
import { generateDemoBook } from '../../../../lib/demo/book';
import { createRng } from '../../../../lib/rng';
import { demoInstruments, generateTestPan } from '../../../../lib/demo/instruments';
import { isValidIban } from '../../../../lib/iban/iban';

const IBAN_COUNTRIES = ['DE', 'FR', 'IT', 'ES', 'NL', 'PL', 'BR', 'SA'];
const book = generateDemoBook({ customers: 1500, seed: 42 });
const instruments = demoInstruments(book);

describe('demo bank accounts and cards', () => {
  it('are the same for the same book', () => {
    expect(demoInstruments(generateDemoBook({ customers: 1500, seed: 42 }))).toEqual(instruments);
  });

  it('give a customer the same instruments however many customers the book has', () => {
    const small = demoInstruments(generateDemoBook({ customers: 200, seed: 42 }));
    const firstIds = new Set(book.customers.slice(0, 200).map((c) => c.id));
    expect(small.bankAccounts).toEqual(instruments.bankAccounts.filter((a) => firstIds.has(a.customerId)));
    expect(small.paymentCards).toEqual(instruments.paymentCards.filter((c) => firstIds.has(c.customerId)));
  });

  it('give about 60% of customers in IBAN countries one valid IBAN of their country, and nobody else one', () => {
    const byId = new Map(book.customers.map((c) => [c.id, c]));
    const eligible = book.customers.filter((c) => IBAN_COUNTRIES.includes(c.country));
    expect(instruments.bankAccounts.length / eligible.length).toBeGreaterThan(0.55);
    expect(instruments.bankAccounts.length / eligible.length).toBeLessThan(0.65);
    expect(new Set(instruments.bankAccounts.map((a) => a.customerId)).size).toBe(instruments.bankAccounts.length);
    for (const account of instruments.bankAccounts) {
      const customer = byId.get(account.customerId)!;
      expect([account.iban, isValidIban(account.iban), account.iban.slice(0, 2)]).toEqual([
        account.iban,
        true,
        customer.country,
      ]);
      expect(account).toMatchObject({ accountHolder: customer.legalName, currency: customer.currency });
      expect(account.bic).toMatch(new RegExp(`^[A-Z]{4}${customer.country}[A-Z0-9]{5}$`));
    }
    expect(new Set(instruments.bankAccounts.map((a) => a.iban)).size).toBe(instruments.bankAccounts.length);
    expect(new Set(instruments.bankAccounts.map((a) => a.iban.slice(0, 2)))).toEqual(new Set(IBAN_COUNTRIES));
  });

  it('give about 20% of customers a card that passes Luhn, of a known brand, expiring after the as-of date', () => {
    const share = instruments.paymentCards.length / book.customers.length;
    expect(share).toBeGreaterThan(0.17);
    expect(share).toBeLessThan(0.23);
    const asOf = new Date(book.asOf);
    for (const card of instruments.paymentCards) {
      expect([card.pan, isLuhnValid(card.pan), cardBrand(card.pan)]).toEqual([
        card.pan,
        true,
        expect.not.stringMatching(/UNKNOWN/),
      ]);
      expect(card.expiryYear * 12 + card.expiryMonth).toBeGreaterThan(
        asOf.getUTCFullYear() * 12 + asOf.getUTCMonth() + 1,
      );
    }
  });

  it('date every instrument between its customer joining and the as-of date', () => {
    const byId = new Map(book.customers.map((c) => [c.id, c]));
    for (const item of [...instruments.bankAccounts, ...instruments.paymentCards]) {
      expect(item.createdAt >= byId.get(item.customerId)!.createdAt && item.createdAt <= book.asOf).toBe(true);
    }
  });

  it('make test card numbers of each network', () => {
    const rng = createRng(1);
    const brands = new Set(Array.from({ length: 200 }, () => generateTestPan(rng)).map((pan) => cardBrand(pan)));
    expect(brands).toEqual(new Set(['VISA', 'MASTERCARD', 'AMEX']));
  });
});
