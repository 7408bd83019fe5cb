import { randomBytes } from 'node:crypto';
import { DecryptionError, keyIdOf } from '../../../../../lib/crypto';
import { loadPciConfig } from '../../../../../lib/pciConfig';
import {
  ibanContext,
  ibanIndexOf,
  protectBankAccount,
  protectPaymentCard,
  revealIban,
} from '../../../../../subgraphs/customer/pci/storage';

const keys = loadPciConfig({});
const IBAN = 'DE89370400440532013000';
const PAN = '4111111111111111';
const createdAt = new Date('2026-11-28T00:00:00.000Z');
const details = {
  id: 'bank_1',
  customerId: 'cus_000001',
  iban: IBAN,
  bic: 'COBADEFFXXX',
  accountHolder: 'Acme GmbH',
  currency: 'EUR',
  createdAt,
};

describe('stored bank accounts', () => {
  it('keep the IBAN only encrypted, indexed and cut to its last four', () => {
    const row = protectBankAccount(details, keys);
    expect(JSON.stringify(row)).not.toContain(IBAN);
    expect(JSON.stringify(row)).not.toContain(IBAN.slice(4, 16));
    expect(row).toMatchObject({
      id: 'bank_1',
      customerId: 'cus_000001',
      ibanLastFour: '3000',
      bic: 'COBADEFFXXX',
      createdAt,
    });
    expect(row.ibanIndex).toMatch(/^[0-9a-f]{64}$/);
    expect(keyIdOf(row.ibanCiphertext)).toBe(keys.masterKeys.active.id);
    expect(revealIban(row, keys)).toBe(IBAN);
  });

  it('bind the ciphertext to its row: moved to another, it no longer decrypts', () => {
    const row = protectBankAccount(details, keys);
    expect(ibanContext('bank_1')).toBe('BankAccount.iban:bank_1');
    expect(() => revealIban({ ...row, id: 'bank_2' }, keys)).toThrow(DecryptionError);
  });

  it('index equal IBANs equally however they are written, and only under the same secret', () => {
    expect(ibanIndexOf('de89 3704 0044 0532 0130 00', keys)).toBe(ibanIndexOf(IBAN, keys));
    expect(ibanIndexOf('DE89370400440532013000', keys)).not.toBe(ibanIndexOf('GB29NWBK60161331926819', keys));
    expect(ibanIndexOf(IBAN, { ...keys, blindIndexSecret: randomBytes(32) })).not.toBe(ibanIndexOf(IBAN, keys));
    // Two encryptions of one IBAN differ; their indexes do not.
    const [a, b] = [protectBankAccount(details, keys), protectBankAccount({ ...details, id: 'bank_2' }, keys)];
    expect(a.ibanCiphertext).not.toBe(b.ibanCiphertext);
    expect(a.ibanIndex).toBe(b.ibanIndex);
  });
});

describe('stored payment cards', () => {
  it('keep a token, the brand and the last four, never the number', () => {
    const row = protectPaymentCard(
      { id: 'card_1', customerId: 'cus_000001', pan: PAN, expiryMonth: 3, expiryYear: 2029, createdAt },
      keys,
    );
    expect(row).toEqual({
      id: 'card_1',
      customerId: 'cus_000001',
      token: expect.stringMatching(/^tok_[0-9a-f]{32}$/),
      brand: 'VISA',
      lastFour: '1111',
      expiryMonth: 3,
      expiryYear: 2029,
      createdAt,
    });
    expect(JSON.stringify(row)).not.toContain(PAN);
    expect(JSON.stringify(row)).not.toContain(PAN.slice(0, 8));
  });
});
