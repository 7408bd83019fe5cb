/**
 * The revenue waterfall: revenue recognised month by month, summed by the dimensions asked for
 * (customer, segment, product) within each region and currency. Region always stays a dimension
 * because the policy decides amounts by region; currencies are never added together.
 */

export type WaterfallDimension = 'CUSTOMER' | 'SEGMENT' | 'PRODUCT';

/** Revenue one obligation recognises in one month. */
export interface WaterfallSource {
  month: string;
  region: string;
  currency: string;
  customerId: string;
  segment: string | null;
  productCode: string | null;
  recognizedMinor: number;
}

/** Where a row stands in the waterfall's order: its month, region, currency and dimensions. */
export interface WaterfallKey {
  month: string;
  region: string;
  currency: string;
  customerId: string | null;
  segment: string | null;
  productCode: string | null;
}

export interface WaterfallRow extends WaterfallKey {
  recognizedMinor: number;
}

function compare(a: string | null, b: string | null): number {
  const [x, y] = [a ?? '', b ?? ''];
  return x < y ? -1 : x > y ? 1 : 0;
}

export function revenueWaterfall(
  sources: Iterable<WaterfallSource>,
  groupBy: readonly WaterfallDimension[],
): WaterfallRow[] {
  const rows = new Map<string, WaterfallRow>();
  for (const source of sources) {
    const row: WaterfallRow = {
      month: source.month,
      region: source.region,
      currency: source.currency,
      customerId: groupBy.includes('CUSTOMER') ? source.customerId : null,
      segment: groupBy.includes('SEGMENT') ? source.segment : null,
      productCode: groupBy.includes('PRODUCT') ? source.productCode : null,
      recognizedMinor: 0,
    };
    const key = JSON.stringify([row.month, row.region, row.currency, row.customerId, row.segment, row.productCode]);
    const existing = rows.get(key) ?? row;
    existing.recognizedMinor += source.recognizedMinor;
    rows.set(key, existing);
  }
  return [...rows.values()].filter((row) => row.recognizedMinor !== 0).sort(compareWaterfallKeys);
}

/** The waterfall's order (code-unit order, the same on every machine); pages continue after a key. */
export function compareWaterfallKeys(a: WaterfallKey, b: WaterfallKey): number {
  return (
    compare(a.month, b.month) ||
    compare(a.region, b.region) ||
    compare(a.currency, b.currency) ||
    compare(a.customerId, b.customerId) ||
    compare(a.segment, b.segment) ||
    compare(a.productCode, b.productCode)
  );
}
