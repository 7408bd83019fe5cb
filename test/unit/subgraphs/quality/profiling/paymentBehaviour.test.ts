import { addDays } from '../../../../../lib/calendar';
import { createRng } from '../../../../../lib/rng';
import type { PaymentAnomalyKind } from '../../../../../subgraphs/quality/generated/enums';
import {
  PaymentProfileError,
  profilePayments,
  type InvoiceHistory,
} from '../../../../../subgraphs/quality/profiling/paymentBehaviour';

type Payment = InvoiceHistory['payments'][number];

const invoice = (
  invoiceId: string,
  issueDate: string,
  amountMinor: number,
  payments: Payment[],
  currency = 'EUR',
): InvoiceHistory => ({
  invoiceId,
  issueDate,
  dueDate: addDays(issueDate, 30),
  amountMinor,
  currency,
  payments,
});

/** One invoice a week, each paid in full 20 to 40 days after issue, amounts 500.00 to 2,000.00. */
function regularHistory(seed: number, count: number): InvoiceHistory[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, (_, i) => {
    const id = `INV-${String(i).padStart(3, '0')}`;
    const issueDate = addDays('2025-01-06', 7 * i);
    const amountMinor = rng.int(500_00, 2_000_00);
    return invoice(id, issueDate, amountMinor, [
      { paymentId: `${id}-P1`, receivedOn: addDays(issueDate, rng.int(20, 40)), amountMinor },
    ]);
  });
}

const kinds = (anomalies: { kind: PaymentAnomalyKind }[]) => anomalies.map((a) => a.kind);

describe('payment behaviour: planted defects are found, exactly', () => {
  const planted: { invoiceId: string; paymentId: string; kind: PaymentAnomalyKind }[] = [];
  const history = regularHistory(7, 60);
  const plant = (index: number, kind: PaymentAnomalyKind, change: (inv: InvoiceHistory) => string) => {
    const paymentId = change(history[index]);
    planted.push({ invoiceId: history[index].invoiceId, paymentId, kind });
  };

  // Two corrupt amounts (the invoice is that large too, so it is not also an overpayment).
  for (const index of [4, 31]) {
    plant(index, 'AMOUNT_OUTLIER', (inv) => {
      inv.amountMinor = 48_000_00;
      inv.payments[0].amountMinor = 48_000_00;
      return inv.payments[0].paymentId;
    });
  }
  // Three payments months late.
  for (const index of [9, 22, 47]) {
    plant(index, 'DAYS_TO_PAY_OUTLIER', (inv) => {
      inv.payments[0].receivedOn = addDays(inv.issueDate, 150);
      return inv.payments[0].paymentId;
    });
  }
  // Two overpayments by a little, well inside the usual amounts.
  for (const index of [12, 40]) {
    plant(index, 'OVERPAYMENT', (inv) => {
      inv.payments[0].amountMinor = inv.amountMinor + 25_00;
      return inv.payments[0].paymentId;
    });
  }
  // Two payments received before the invoice existed.
  for (const index of [15, 52]) {
    plant(index, 'PAYMENT_BEFORE_INVOICE', (inv) => {
      inv.payments[0].receivedOn = addDays(inv.issueDate, -5);
      return inv.payments[0].paymentId;
    });
  }
  // Three zero or negative payments next to the real one.
  for (const [index, amountMinor] of [
    [18, 0],
    [27, -300_00],
    [55, -1],
  ]) {
    plant(index, 'NON_POSITIVE_AMOUNT', (inv) => {
      inv.payments.push({ paymentId: `${inv.invoiceId}-P2`, receivedOn: inv.payments[0].receivedOn, amountMinor });
      return `${inv.invoiceId}-P2`;
    });
  }
  // Four payments loaded twice.
  for (const index of [2, 20, 36, 58]) {
    plant(index, 'DUPLICATE_PAYMENT', (inv) => {
      inv.payments.push({ ...inv.payments[0], paymentId: `${inv.invoiceId}-P9` });
      return `${inv.invoiceId}-P9`;
    });
  }

  const { profile, anomalies } = profilePayments('C-1', history);

  it('finds all 16 planted anomalies and nothing else', () => {
    expect(anomalies).toHaveLength(16);
    expect(anomalies.map(({ invoiceId, paymentId, kind }) => ({ invoiceId, paymentId, kind }))).toEqual(
      [...planted].sort((a, b) => (a.invoiceId < b.invoiceId ? -1 : a.invoiceId > b.invoiceId ? 1 : 0)),
    );
  });

  it('counts each kind as planted', () => {
    const count = (kind: PaymentAnomalyKind) => kinds(anomalies).filter((k) => k === kind).length;
    expect([
      count('AMOUNT_OUTLIER'),
      count('DAYS_TO_PAY_OUTLIER'),
      count('OVERPAYMENT'),
      count('PAYMENT_BEFORE_INVOICE'),
      count('NON_POSITIVE_AMOUNT'),
      count('DUPLICATE_PAYMENT'),
    ]).toEqual([2, 3, 2, 2, 3, 4]);
  });

  it('scores outliers with the modified z and nothing else', () => {
    for (const anomaly of anomalies) {
      if (anomaly.kind.endsWith('_OUTLIER')) expect(Math.abs(anomaly.score ?? 0)).toBeGreaterThan(3.5);
      else expect(anomaly.score).toBeNull();
      expect(anomaly.customerId).toBe('C-1');
    }
  });

  it('profiles the customer from the trustworthy payments', () => {
    expect(profile).toMatchObject({ customerId: 'C-1', invoiceCount: 60, paymentCount: 67 });
    expect(profile.medianDaysToPay).toBeGreaterThanOrEqual(20);
    expect(profile.medianDaysToPay).toBeLessThanOrEqual(40);
    expect(profile.madDaysToPay).toBeGreaterThan(0);
    expect(Number.isInteger(profile.medianPaymentMinor)).toBe(true);
    // Due after 30 days and paid after 20 to 40: about half are late.
    expect(profile.lateShare).toBeGreaterThan(0.3);
    expect(profile.lateShare).toBeLessThan(0.7);
  });
});

describe('payment behaviour: the statistics', () => {
  const amounts = (values: number[], currency = 'EUR') =>
    values.map((amountMinor, i) => {
      const issueDate = addDays('2026-01-05', i);
      return invoice(
        `I${i}`,
        issueDate,
        amountMinor,
        [{ paymentId: `P${i}`, receivedOn: addDays(issueDate, 30), amountMinor }],
        currency,
      );
    });

  it('explains an amount outlier in plain English with the numbers', () => {
    const { anomalies } = profilePayments(
      'C-2',
      amounts([1_100_00, 1_150_00, 1_200_00, 1_200_00, 1_250_00, 1_300_00, 48_000_00]),
    );
    // median 1,200.00; MAD 50.00; M = 0.6745 × 46,800.00 / 50.00 = 631.3
    expect(anomalies).toEqual([
      {
        customerId: 'C-2',
        invoiceId: 'I6',
        paymentId: 'P6',
        kind: 'AMOUNT_OUTLIER',
        reason: 'paid 48,000.00 against a typical 1,200.00 (modified z 631.3): possible data corruption or fraud',
        score: expect.closeTo(631.332, 3),
      },
    ]);
  });

  it('leaves unusually small amounts alone (one-sided: a small payment is mostly a partial one)', () => {
    const { anomalies } = profilePayments(
      'C-2',
      amounts([1_100_00, 1_150_00, 1_200_00, 1_200_00, 1_250_00, 1_300_00, 1_00]),
    );
    expect(anomalies).toEqual([]);
  });

  it('falls back to the mean absolute deviation when the MAD is 0', () => {
    // median 1,000.00, MAD 0; MeanAD = (100.00 + 4,000.00) / 7 = 585.71; M(5,000.00) = 4,000 / (1.253314 × 585.71) = 5.45
    const { anomalies } = profilePayments(
      'C-3',
      amounts([1_000_00, 1_000_00, 1_000_00, 1_000_00, 1_000_00, 1_100_00, 5_000_00]),
    );
    expect(anomalies).toHaveLength(1);
    expect(anomalies[0]).toMatchObject({ paymentId: 'P6', kind: 'AMOUNT_OUTLIER', score: expect.closeTo(5.449, 3) });
  });

  it('finds no outlier when every value is the same', () => {
    const { anomalies, profile } = profilePayments('C-4', amounts(Array(10).fill(1_000_00)));
    expect(anomalies).toEqual([]);
    expect(profile).toMatchObject({ medianDaysToPay: 30, madDaysToPay: 0, medianPaymentMinor: 1_000_00 });
  });

  it('needs minHistory observations before it calls anything an outlier', () => {
    const short = amounts([1_000_00, 1_050_00, 1_100_00, 1_150_00, 90_000_00]);
    expect(profilePayments('C-5', short).anomalies).toEqual([]);
    expect(kinds(profilePayments('C-5', short, { minHistory: 5 }).anomalies)).toEqual(['AMOUNT_OUTLIER']);
  });

  it('honours a stricter threshold', () => {
    const values = [1_000_00, 1_100_00, 1_200_00, 1_300_00, 1_400_00, 1_500_00, 2_200_00]; // M(2,200.00) = 0.6745 × 900 / 200 = 3.04
    expect(profilePayments('C-6', amounts(values)).anomalies).toEqual([]);
    expect(kinds(profilePayments('C-6', amounts(values), { threshold: 3 }).anomalies)).toEqual(['AMOUNT_OUTLIER']);
  });

  it('compares amounts within one billing stream: a big and a small contract are two sizes of invoice, not fraud', () => {
    // Quarterly instalments split with a remainder cent, as billing schedules are.
    const stream = (contract: string, amountMinor: number, count: number) =>
      amounts(Array.from({ length: count }, (_, i) => amountMinor + (i % 2))).map((inv) => ({
        ...inv,
        invoiceId: `${contract}-${inv.invoiceId}`,
        streamId: contract,
        payments: inv.payments.map((p) => ({ ...p, paymentId: `${contract}-${p.paymentId}` })),
      }));
    const small = stream('small', 6_979_16, 8);
    const big = stream('big', 64_801_50, 4);
    expect(profilePayments('C-8', [...small, ...big]).anomalies).toEqual([]);
    // Without streams the big contract's payments look like outliers.
    expect(
      kinds(
        profilePayments(
          'C-8',
          [...small, ...big].map((inv) => ({ ...inv, streamId: null })),
        ).anomalies,
      ),
    ).toEqual(Array(4).fill('AMOUNT_OUTLIER'));
  });

  it('ignores deviations within 1 % of the median (a remainder cent is not an outlier)', () => {
    expect(profilePayments('C-9', amounts([...Array(11).fill(1_000_00), 1_000_03])).anomalies).toEqual([]);
  });

  it('compares amounts within one currency only', () => {
    const euro = amounts([1_100_00, 1_150_00, 1_200_00, 1_200_00, 1_250_00, 1_300_00]);
    const yen = amounts([4_800_000, 4_850_000, 4_900_000, 4_900_000, 4_950_000, 5_000_000], 'JPY').map((inv) => ({
      ...inv,
      invoiceId: `Y${inv.invoiceId}`,
    }));
    expect(profilePayments('C-7', [...euro, ...yen]).anomalies).toEqual([]);
  });

  it('measures days to pay from the issue date', () => {
    const history = [10, 12, 14, 14, 15, 16, 90].map((days, i) => {
      const issueDate = addDays('2026-01-05', 7 * i);
      return invoice(`I${i}`, issueDate, 500_00, [
        { paymentId: `P${i}`, receivedOn: addDays(issueDate, days), amountMinor: 500_00 },
      ]);
    });
    const { anomalies, profile } = profilePayments('C-8', history);
    expect(anomalies).toHaveLength(1);
    expect(anomalies[0]).toMatchObject({ paymentId: 'P6', kind: 'DAYS_TO_PAY_OUTLIER' });
    expect(anomalies[0].reason).toMatch(/^paid 90 days after issue against a typical 14 \(modified z 25\.6\)/);
    expect(profile).toMatchObject({ medianDaysToPay: 14, madDaysToPay: 2, lateShare: 1 / 7 });
  });
});

describe('payment behaviour: record-level anomalies and the profile', () => {
  it('explains each record-level anomaly with its numbers, ordered by invoice then payment', () => {
    const history = [
      invoice('B', '2026-03-10', 1_200_00, [
        { paymentId: 'B2', receivedOn: '2026-04-01', amountMinor: 1_200_00 },
        { paymentId: 'B1', receivedOn: '2026-04-01', amountMinor: 1_200_00 },
      ]),
      invoice('A', '2026-03-01', 1_000_00, [
        { paymentId: 'A2', receivedOn: '2026-02-24', amountMinor: 600_00 },
        { paymentId: 'A1', receivedOn: '2026-03-20', amountMinor: 500_00 },
        { paymentId: 'A3', receivedOn: '2026-03-21', amountMinor: -20_00 },
      ]),
    ];
    expect(
      profilePayments('C-9', history).anomalies.map(({ invoiceId, paymentId, kind, reason }) => [
        invoiceId,
        paymentId,
        kind,
        reason,
      ]),
    ).toEqual([
      [
        'A',
        'A1',
        'OVERPAYMENT',
        'payments total 1,100.00 against an invoice of 1,000.00: overpaid by 100.00, refund or apply the credit',
      ],
      [
        'A',
        'A2',
        'PAYMENT_BEFORE_INVOICE',
        'received on 2026-02-24, 5 days before the invoice was issued on 2026-03-01: probably matched to the wrong invoice',
      ],
      [
        'A',
        'A3',
        'NON_POSITIVE_AMOUNT',
        'amount is -20.00: a payment must be positive; refunds and reversals belong in their own records',
      ],
      [
        'B',
        'B2',
        'DUPLICATE_PAYMENT',
        'same amount 1,200.00 on the same day 2026-04-01 as payment B1: probably loaded twice',
      ],
    ]);
  });

  it('does not call the same amount on another day, or on another invoice, a duplicate', () => {
    const history = [
      invoice('A', '2026-03-01', 2_000_00, [
        { paymentId: 'A1', receivedOn: '2026-03-20', amountMinor: 1_000_00 },
        { paymentId: 'A2', receivedOn: '2026-03-21', amountMinor: 1_000_00 },
      ]),
      invoice('B', '2026-03-01', 1_000_00, [{ paymentId: 'B1', receivedOn: '2026-03-20', amountMinor: 1_000_00 }]),
    ];
    expect(profilePayments('C-10', history).anomalies).toEqual([]);
  });

  it('computes payments per month, late share and the median payment', () => {
    const history = [
      invoice('A', '2026-01-01', 1_000_00, [{ paymentId: 'A1', receivedOn: '2026-01-15', amountMinor: 1_000_00 }]),
      invoice('B', '2026-01-20', 3_000_00, [
        { paymentId: 'B1', receivedOn: '2026-02-10', amountMinor: 1_000_00 },
        { paymentId: 'B2', receivedOn: '2026-03-02', amountMinor: 2_000_00 },
      ]),
      invoice('C', '2026-02-01', 5_000_00, [{ paymentId: 'C1', receivedOn: '2026-02-20', amountMinor: 1_000_00 }]),
    ];
    const { profile } = profilePayments('C-11', history);
    expect(profile).toEqual({
      customerId: 'C-11',
      invoiceCount: 3,
      paymentCount: 4,
      medianDaysToPay: 20, // 14, 21, 41, 19
      madDaysToPay: 3.5,
      medianPaymentMinor: 1_000_00,
      medianPaymentCurrency: 'EUR',
      paymentsPerMonth: 4 / 3, // January to March
      lateShare: 1 / 2, // A on time; B settled 2026-03-02, after its due date 2026-02-19; C not paid in full
    });
  });

  it('profiles an empty history with zeros and nulls', () => {
    expect(profilePayments('C-12', [])).toEqual({
      profile: {
        customerId: 'C-12',
        invoiceCount: 0,
        paymentCount: 0,
        medianDaysToPay: null,
        madDaysToPay: null,
        medianPaymentMinor: null,
        medianPaymentCurrency: null,
        paymentsPerMonth: 0,
        lateShare: null,
      },
      anomalies: [],
    });
  });

  it('refuses invalid input with PaymentProfileError', () => {
    const ok = [invoice('A', '2026-01-01', 100, [])];
    expect(() => profilePayments('C', ok, { threshold: Number.NaN })).toThrow(PaymentProfileError);
    expect(() => profilePayments('C', ok, { threshold: 0 })).toThrow(/threshold must be a positive number/);
    expect(() => profilePayments('C', ok, { minHistory: 0 })).toThrow(/minHistory must be a positive integer/);
    expect(() => profilePayments('C', ok, { minHistory: 2.5 })).toThrow(PaymentProfileError);
    expect(() => profilePayments(' ', ok)).toThrow(/customerId/);
    expect(() => profilePayments('C', [ok[0], ok[0]])).toThrow(/invoice A is listed twice/);
    expect(() => profilePayments('C', [invoice('A', '2026-02-30', 100, [])])).toThrow(
      /issueDate "2026-02-30" is not an ISO date/,
    );
    expect(() => profilePayments('C', [invoice('A', '2026-01-01', 10.5, [])])).toThrow(/minor units/);
    expect(() => profilePayments('C', [invoice('A', '2026-01-01', 100, [], 'eur')])).toThrow(/ISO 4217/);
    expect(() =>
      profilePayments('C', [
        invoice('A', '2026-01-01', 100, [{ paymentId: 'P', receivedOn: '2026-01-02', amountMinor: Number.NaN }]),
      ]),
    ).toThrow(/payment P: amountMinor NaN/);
  });
});
