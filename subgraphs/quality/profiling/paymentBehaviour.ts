/**
 * Payment behaviour of one customer: a profile (how fast and how much it usually pays) and the
 * payments that do not fit it, so that data problems surface before finance closes the month.
 *
 * Record-level checks need no history: a non-positive amount, a payment received before its
 * invoice was issued, the same payment twice (same invoice, amount and day), and an invoice paid
 * more than it is worth.
 *
 * Outliers use the modified z-score of Iglewicz and Hoaglin (1993, "How to Detect and Handle
 * Outliers", ASQC Basic References in Quality Control 16): M = 0.6745 (x − median) / MAD, flagged
 * when M > 3.5. Only the high side counts: an amount far above the customer's usual, or a payment
 * far later than usual, is what corrupt data and fraud look like; a smaller amount is mostly a
 * partial payment and an early one good news. Median and MAD are not dragged by the outliers they are looking for, unlike the
 * mean and standard deviation. When half or more of the values equal the median the MAD is 0;
 * then M uses the mean absolute deviation about the median, M = (x − median) / (1.253314 × MeanAD),
 * the usual fallback (1.253314 = √(π/2) = σ / MeanAD for normal data). When that is 0 too all
 * values are equal and nothing is an outlier. Statistics need `minHistory` observations, and only
 * payments that passed the record-level checks count: a corrupt record must not shape the
 * baseline it is judged against. Amounts in reasons use the currency's minor-unit exponent.
 */
import { daysBetween, isIsoDate, monthOf, monthsFromTo } from '../../../lib/calendar';
import { listingEvery } from '../../../lib/listingEvery';
import { formatMinor } from '../../../lib/money';
import type { PaymentAnomalyKind } from '../generated/enums';
import { groupBy } from '../../../lib/groupBy';

export interface InvoiceHistory {
  invoiceId: string;
  issueDate: string;
  dueDate: string;
  amountMinor: number;
  currency: string;
  /** The billing stream (e.g. the contract) the invoice belongs to: amounts compare within one. */
  streamId?: string | null;
  payments: { paymentId: string; receivedOn: string; amountMinor: number }[];
}

export interface PaymentProfile {
  customerId: string;
  invoiceCount: number;
  paymentCount: number;
  medianDaysToPay: number | null;
  madDaysToPay: number | null;
  /** In the currency the customer pays most often, rounded to a whole minor unit. */
  medianPaymentMinor: number | null;
  /** The currency of medianPaymentMinor: the one the customer pays in most often. */
  medianPaymentCurrency: string | null;
  paymentsPerMonth: number;
  lateShare: number | null;
}

export interface PaymentAnomaly {
  customerId: string;
  invoiceId: string;
  paymentId: string;
  kind: PaymentAnomalyKind;
  reason: string;
  /** The modified z-score for outliers; null for record-level anomalies. */
  score: number | null;
}

export interface PaymentProfileOptions {
  threshold?: number;
  minHistory?: number;
}

export class PaymentProfileError extends Error {}

const DEFAULT_THRESHOLD = 3.5;
const DEFAULT_MIN_HISTORY = 6;
/** Deviations from the median within this share of it are never outliers. */
const MATERIALITY = 0.01;
/** Φ⁻¹(0.75): scales the MAD to the standard deviation of normal data. */
const MAD_SCALE = 0.6745;
/** √(π/2): the standard deviation over the mean absolute deviation of normal data. */
const MEAN_AD_SCALE = 1.253314;
const CURRENCY = /^[A-Z]{3}$/;
/** Several anomalies on one payment are listed in this order, which names every kind the SDL has. */
const KIND_ORDER = listingEvery<PaymentAnomalyKind>()([
  'NON_POSITIVE_AMOUNT',
  'PAYMENT_BEFORE_INVOICE',
  'DUPLICATE_PAYMENT',
  'OVERPAYMENT',
  'AMOUNT_OUTLIER',
  'DAYS_TO_PAY_OUTLIER',
]);

interface PaymentRecord {
  invoice: InvoiceHistory;
  paymentId: string;
  receivedOn: string;
  amountMinor: number;
  daysToPay: number;
  /** The second of two identical payments (see findDuplicates). */
  duplicateOf: string | null;
}

interface RobustCentre {
  median: number;
  mad: number;
  meanAbsoluteDeviation: number;
}

export function profilePayments(
  customerId: string,
  invoices: readonly InvoiceHistory[],
  options: PaymentProfileOptions = {},
): { profile: PaymentProfile; anomalies: PaymentAnomaly[] } {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const minHistory = options.minHistory ?? DEFAULT_MIN_HISTORY;
  validateInput(customerId, invoices, threshold, minHistory);

  const payments = invoices.flatMap(paymentRecordsOf);
  const trusted = payments.filter(passesRecordChecks);
  const anomalies = [
    ...payments.flatMap((payment) => recordAnomalies(customerId, payment)),
    ...invoices.flatMap((invoice) => overpaymentAnomalies(customerId, invoice, payments)),
    ...amountOutliers(customerId, trusted, threshold, minHistory),
    ...daysToPayOutliers(customerId, trusted, threshold, minHistory),
  ].sort(byInvoicePaymentAndKind);

  return { profile: buildProfile(customerId, invoices, payments, trusted), anomalies };
}

function validateInput(
  customerId: string,
  invoices: readonly InvoiceHistory[],
  threshold: number,
  minHistory: number,
): void {
  if (customerId.trim() === '') throw new PaymentProfileError('customerId must not be empty');
  if (!Number.isFinite(threshold) || threshold <= 0)
    throw new PaymentProfileError(`threshold must be a positive number, got ${threshold}`);
  if (!Number.isInteger(minHistory) || minHistory < 1)
    throw new PaymentProfileError(`minHistory must be a positive integer, got ${minHistory}`);
  const seen = new Set<string>();
  for (const invoice of invoices) {
    const where = `invoice ${invoice.invoiceId}`;
    if (invoice.invoiceId.trim() === '') throw new PaymentProfileError('invoiceId must not be empty');
    if (seen.has(invoice.invoiceId)) throw new PaymentProfileError(`${where} is listed twice`);
    seen.add(invoice.invoiceId);
    if (!isIsoDate(invoice.issueDate))
      throw new PaymentProfileError(`${where}: issueDate "${invoice.issueDate}" is not an ISO date`);
    if (!isIsoDate(invoice.dueDate))
      throw new PaymentProfileError(`${where}: dueDate "${invoice.dueDate}" is not an ISO date`);
    if (!Number.isSafeInteger(invoice.amountMinor))
      throw new PaymentProfileError(`${where}: amountMinor ${invoice.amountMinor} is not an integer in minor units`);
    if (!CURRENCY.test(invoice.currency))
      throw new PaymentProfileError(`${where}: currency "${invoice.currency}" is not an ISO 4217 code`);
    for (const payment of invoice.payments) {
      if (payment.paymentId.trim() === '') throw new PaymentProfileError(`${where}: paymentId must not be empty`);
      if (!isIsoDate(payment.receivedOn))
        throw new PaymentProfileError(
          `${where}, payment ${payment.paymentId}: receivedOn "${payment.receivedOn}" is not an ISO date`,
        );
      if (!Number.isSafeInteger(payment.amountMinor)) {
        throw new PaymentProfileError(
          `${where}, payment ${payment.paymentId}: amountMinor ${payment.amountMinor} is not an integer in minor units`,
        );
      }
    }
  }
}

/** The invoice's payments in the order they arrived (ties by payment id, then as listed). */
function paymentRecordsOf(invoice: InvoiceHistory): PaymentRecord[] {
  const ordered = [...invoice.payments].sort(
    (a, b) => compareText(a.receivedOn, b.receivedOn) || compareText(a.paymentId, b.paymentId),
  );
  const firstSeen = new Map<string, string>();
  return ordered.map((payment) => {
    const key = `${payment.receivedOn}|${payment.amountMinor}`;
    const duplicateOf = firstSeen.get(key) ?? null;
    if (duplicateOf === null) firstSeen.set(key, payment.paymentId);
    return { invoice, ...payment, daysToPay: daysBetween(invoice.issueDate, payment.receivedOn), duplicateOf };
  });
}

function passesRecordChecks(payment: PaymentRecord): boolean {
  return payment.amountMinor > 0 && payment.daysToPay >= 0 && payment.duplicateOf === null;
}

/** An anomaly of one payment of the customer's; the score is the outliers' modified z-score. */
function paymentAnomaly(
  customerId: string,
  payment: PaymentRecord,
  kind: PaymentAnomalyKind,
  reason: string,
  score: number | null = null,
): PaymentAnomaly {
  return { customerId, invoiceId: payment.invoice.invoiceId, paymentId: payment.paymentId, kind, reason, score };
}

function recordAnomalies(customerId: string, payment: PaymentRecord): PaymentAnomaly[] {
  const { invoice } = payment;
  const anomaly = (kind: PaymentAnomalyKind, reason: string) => paymentAnomaly(customerId, payment, kind, reason);
  const found: PaymentAnomaly[] = [];
  if (payment.amountMinor <= 0) {
    found.push(
      anomaly(
        'NON_POSITIVE_AMOUNT',
        `amount is ${formatAmount(payment.amountMinor, invoice.currency)}: a payment must be positive; refunds and reversals belong in their own records`,
      ),
    );
  }
  if (payment.daysToPay < 0) {
    found.push(
      anomaly(
        'PAYMENT_BEFORE_INVOICE',
        `received on ${payment.receivedOn}, ${-payment.daysToPay} days before the invoice was issued on ${invoice.issueDate}: probably matched to the wrong invoice`,
      ),
    );
  }
  if (payment.duplicateOf !== null) {
    found.push(
      anomaly(
        'DUPLICATE_PAYMENT',
        `same amount ${formatAmount(payment.amountMinor, invoice.currency)} on the same day ${payment.receivedOn} as payment ${payment.duplicateOf}: probably loaded twice`,
      ),
    );
  }
  return found;
}

/**
 * Flags the payment that takes the invoice past its amount. Duplicates are left out of the total:
 * they are reported already, and counting them would report the same defect twice.
 */
function overpaymentAnomalies(
  customerId: string,
  invoice: InvoiceHistory,
  payments: readonly PaymentRecord[],
): PaymentAnomaly[] {
  let paidMinor = 0;
  for (const payment of countedPaymentsOf(invoice, payments)) {
    paidMinor += payment.amountMinor;
    if (paidMinor > invoice.amountMinor) {
      const reason =
        `payments total ${formatAmount(paidMinor, invoice.currency)} against an invoice of ${formatAmount(invoice.amountMinor, invoice.currency)}: ` +
        `overpaid by ${formatAmount(paidMinor - invoice.amountMinor, invoice.currency)}, refund or apply the credit`;
      return [paymentAnomaly(customerId, payment, 'OVERPAYMENT', reason)];
    }
  }
  return [];
}

function countedPaymentsOf(invoice: InvoiceHistory, payments: readonly PaymentRecord[]): PaymentRecord[] {
  return payments.filter((payment) => payment.invoice === invoice && payment.duplicateOf === null);
}

/**
 * Amounts are only comparable within one currency and one billing stream: a customer with a big
 * and a small contract pays two sizes of invoice, and that is not fraud.
 */
function amountOutliers(
  customerId: string,
  trusted: readonly PaymentRecord[],
  threshold: number,
  minHistory: number,
): PaymentAnomaly[] {
  return [...groupByStream(trusted).values()].flatMap((sameCurrency) =>
    outliers(
      sameCurrency,
      (payment) => payment.amountMinor,
      threshold,
      minHistory,
      (payment, centre, score) =>
        paymentAnomaly(
          customerId,
          payment,
          'AMOUNT_OUTLIER',
          `paid ${formatAmount(payment.amountMinor, payment.invoice.currency)} against a typical ` +
            `${formatAmount(Math.round(centre.median), payment.invoice.currency)} (modified z ${score.toFixed(1)}): possible data corruption or fraud`,
          score,
        ),
    ),
  );
}

function daysToPayOutliers(
  customerId: string,
  trusted: readonly PaymentRecord[],
  threshold: number,
  minHistory: number,
): PaymentAnomaly[] {
  return outliers(
    trusted,
    (payment) => payment.daysToPay,
    threshold,
    minHistory,
    (payment, centre, score) =>
      paymentAnomaly(
        customerId,
        payment,
        'DAYS_TO_PAY_OUTLIER',
        `paid ${payment.daysToPay} days after issue against a typical ${formatNumber(centre.median)} (modified z ${score.toFixed(1)}): ` +
          'unusual for this customer, check the payment is matched to the right invoice',
        score,
      ),
  );
}

function outliers(
  payments: readonly PaymentRecord[],
  valueOf: (payment: PaymentRecord) => number,
  threshold: number,
  minHistory: number,
  describe: (payment: PaymentRecord, centre: RobustCentre, score: number) => PaymentAnomaly,
): PaymentAnomaly[] {
  if (payments.length < minHistory) return [];
  const centre = robustCentre(payments.map(valueOf));
  return payments.flatMap((payment) => {
    const value = valueOf(payment);
    const score = modifiedZScore(value, centre);
    // Within 1 % of the median is not material, whatever the spread: a remainder cent is not an outlier.
    const material = Math.abs(value - centre.median) > MATERIALITY * Math.abs(centre.median);
    // Only the high side: a smaller payment is usually a partial one and an early one good news.
    return score !== null && material && score > threshold ? [describe(payment, centre, score)] : [];
  });
}

function robustCentre(values: readonly number[]): RobustCentre {
  const centre = median(values);
  const deviations = values.map((value) => Math.abs(value - centre));
  return {
    median: centre,
    mad: median(deviations),
    meanAbsoluteDeviation: deviations.reduce((a, b) => a + b, 0) / deviations.length,
  };
}

/** Null when every value is the same: then there is no spread to be far from. */
function modifiedZScore(value: number, centre: RobustCentre): number | null {
  if (centre.mad > 0) return (MAD_SCALE * (value - centre.median)) / centre.mad;
  if (centre.meanAbsoluteDeviation > 0) return (value - centre.median) / (MEAN_AD_SCALE * centre.meanAbsoluteDeviation);
  return null;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const groupByCurrency = (payments: readonly PaymentRecord[]) => groupBy(payments, (p) => p.invoice.currency);
const groupByStream = (payments: readonly PaymentRecord[]) =>
  groupBy(payments, (p) => `${p.invoice.currency}/${p.invoice.streamId ?? ''}`);

function buildProfile(
  customerId: string,
  invoices: readonly InvoiceHistory[],
  payments: readonly PaymentRecord[],
  trusted: readonly PaymentRecord[],
): PaymentProfile {
  const days = trusted.length > 0 ? robustCentre(trusted.map((payment) => payment.daysToPay)) : null;
  return {
    customerId,
    invoiceCount: invoices.length,
    paymentCount: payments.length,
    medianDaysToPay: days?.median ?? null,
    madDaysToPay: days?.mad ?? null,
    ...medianPaymentInMainCurrency(trusted),
    paymentsPerMonth: payments.length === 0 ? 0 : payments.length / monthsSpanned(payments),
    lateShare: lateShare(invoices, payments),
  };
}

/** The currency with the most payments (ties to the first alphabetically): one median per profile. */
function medianPaymentInMainCurrency(
  trusted: readonly PaymentRecord[],
): Pick<PaymentProfile, 'medianPaymentMinor' | 'medianPaymentCurrency'> {
  const groups = [...groupByCurrency(trusted).entries()].sort(
    ([a, ofA], [b, ofB]) => ofB.length - ofA.length || compareText(a, b),
  );
  if (groups.length === 0) return { medianPaymentMinor: null, medianPaymentCurrency: null };
  return {
    medianPaymentMinor: Math.round(median(groups[0][1].map((payment) => payment.amountMinor))),
    medianPaymentCurrency: groups[0][0],
  };
}

/** Calendar months from the first payment's month to the last's, both included. */
function monthsSpanned(payments: readonly PaymentRecord[]): number {
  const dates = payments.map((payment) => payment.receivedOn).sort(compareText);
  return monthsFromTo(monthOf(dates[0]), monthOf(dates[dates.length - 1])).length;
}

/** Of the invoices paid in full, the share whose payments reached the amount after the due date. */
function lateShare(invoices: readonly InvoiceHistory[], payments: readonly PaymentRecord[]): number | null {
  const settledOn = invoices.flatMap((invoice) => {
    const date = settlementDate(invoice, payments);
    return date === null ? [] : [{ invoice, date }];
  });
  if (settledOn.length === 0) return null;
  return settledOn.filter(({ invoice, date }) => date > invoice.dueDate).length / settledOn.length;
}

function settlementDate(invoice: InvoiceHistory, payments: readonly PaymentRecord[]): string | null {
  if (invoice.amountMinor <= 0) return null;
  let paidMinor = 0;
  for (const payment of countedPaymentsOf(invoice, payments)) {
    paidMinor += payment.amountMinor;
    if (paidMinor >= invoice.amountMinor) return payment.receivedOn;
  }
  return null;
}

function byInvoicePaymentAndKind(a: PaymentAnomaly, b: PaymentAnomaly): number {
  return (
    compareText(a.invoiceId, b.invoiceId) ||
    compareText(a.paymentId, b.paymentId) ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)
  );
}

/** Code-unit order, the same on every machine (localeCompare is not). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Minor units in the major unit with thousands separators: 4800000 EUR -> "48,000.00". */
function formatAmount(minor: number, currency: string): string {
  const [whole, fraction] = formatMinor(minor, currency).amount.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
