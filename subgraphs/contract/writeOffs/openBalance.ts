/**
 * What is still owed on an invoice: its amount less payments and approved write-offs. Requested
 * or rejected write-offs change nothing until approved.
 */
export function openBalanceMinor(
  invoiceMinor: number,
  payments: readonly { amountMinor: number }[],
  writeOffs: readonly { amountMinor: number; status: string }[],
): number {
  const paid = payments.reduce((sum, payment) => sum + payment.amountMinor, 0);
  const writtenOff = writeOffs.filter((w) => w.status === 'APPROVED').reduce((sum, w) => sum + w.amountMinor, 0);
  return invoiceMinor - paid - writtenOff;
}

/**
 * A new write-off may cover at most what is open after every write-off already approved or still
 * waiting, so two requests cannot together write off more than is owed.
 */
export function writableOffMinor(
  invoiceMinor: number,
  payments: readonly { amountMinor: number }[],
  writeOffs: readonly { amountMinor: number; status: string }[],
): number {
  const pending = writeOffs.filter((w) => w.status === 'REQUESTED').reduce((sum, w) => sum + w.amountMinor, 0);
  return openBalanceMinor(invoiceMinor, payments, writeOffs) - pending;
}
