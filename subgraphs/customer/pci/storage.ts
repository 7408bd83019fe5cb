import { blindIndex, decryptField, deriveIndexKey, encryptField, tokeniseCard } from '../../../lib/crypto';
import type { PciConfig } from '../../../lib/pciConfig';
import type { BankAccount } from '../entities/BankAccount';
import type { PaymentCard } from '../entities/PaymentCard';
import { normaliseIban } from '../../../lib/iban/iban';

/**
 * How bank and card data become rows: the IBAN encrypted, indexed and cut to its last four; the
 * card number reduced to a token, brand and last four. Plain values go in, never come back out
 * (except the IBAN, decrypted for a reader whom masking then limits).
 */

export interface BankAccountDetails {
  id: string;
  customerId: string;
  /** Valid and normalised (parseIban). */
  iban: string;
  bic: string | null;
  accountHolder: string | null;
  currency: string | null;
  createdAt: Date;
}

export interface PaymentCardDetails {
  id: string;
  customerId: string;
  pan: string;
  expiryMonth: number;
  expiryYear: number;
  createdAt: Date;
}

/** Binds a ciphertext to its row and field: copied anywhere else, it no longer decrypts. */
export function ibanContext(bankAccountId: string): string {
  return `BankAccount.iban:${bankAccountId}`;
}

/** Equal for equal IBANs however they are written, so lookups need no decryption. */
export function ibanIndexOf(iban: string, keys: PciConfig): string {
  return blindIndex(iban, deriveIndexKey(keys.blindIndexSecret, 'iban'), normaliseIban);
}

export function protectBankAccount(details: BankAccountDetails, keys: PciConfig): BankAccount {
  const { iban, ...rest } = details;
  return {
    ...rest,
    ibanCiphertext: encryptField(iban, keys.masterKeys, ibanContext(details.id)),
    ibanIndex: ibanIndexOf(iban, keys),
    ibanLastFour: iban.slice(-4),
  };
}

export function revealIban(account: Pick<BankAccount, 'id' | 'ibanCiphertext'>, keys: PciConfig): string {
  return decryptField(account.ibanCiphertext, keys.masterKeys, ibanContext(account.id));
}

/** Throws InvalidCardError for a number that is not a card number. */
export function protectPaymentCard(details: PaymentCardDetails, keys: PciConfig): PaymentCard {
  const { pan, ...rest } = details;
  const { token, brand, lastFour } = tokeniseCard(pan, keys.cardTokenKey);
  return { ...rest, token, brand, lastFour };
}
