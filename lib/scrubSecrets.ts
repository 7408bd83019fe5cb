/**
 * Removes what looks like a card or bank account number from free text (error messages, logs):
 * a run of 12 or more digits, with or without spaces and dashes, and anything shaped like an IBAN.
 * A safety net for text Custos does not write itself, such as graphql-js echoing a bad value.
 */
// Neither is part of a longer identifier such as INV-2026-0000421102 or a UUID's last group.
const LONG_DIGIT_RUN = /(?<![\w-])\d(?:[ -]?\d){11,}(?![\w-])/g;
const IBAN_LIKE = /(?<![\w-])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?(?![\w-])/gi;

export const SCRUBBED = '[redacted]';

export function scrubSecrets(text: string): string {
  return text.replace(IBAN_LIKE, SCRUBBED).replace(LONG_DIGIT_RUN, SCRUBBED);
}
