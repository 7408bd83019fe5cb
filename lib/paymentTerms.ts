/** Payment terms Custos knows: the code the source systems use, and the days until payment is due. */
export const PAYMENT_TERMS: Readonly<Record<string, number>> = Object.freeze({
  DUE_ON_RECEIPT: 0,
  NET15: 15,
  NET30: 30,
  NET45: 45,
  NET60: 60,
  NET90: 90,
});

export function paymentDueDays(code: string): number | undefined {
  return PAYMENT_TERMS[code];
}
