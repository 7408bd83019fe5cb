import type { MinorMoney } from '../../lib/money';
import { moneyValue, toMoney, wholeUnitsToMinor } from './moneyValue';
import { defineMask } from './mask';

const NEGATIVE_BUCKET = '<0';

function assertBounds(bounds: readonly number[]): void {
  const valid =
    bounds[0] === 0 &&
    bounds.every((bound, index) => Number.isSafeInteger(bound) && (index === 0 || bound > bounds[index - 1]));
  if (!valid)
    throw new Error(`BUCKET needs ascending whole-unit lower bounds starting at 0, got [${bounds.join(', ')}]`);
}

/**
 * BUCKET: the amount becomes the lower bound of its range plus the range's label. Ranges include
 * their lower bound and exclude their upper one, so 10000.00 is in 10000-50000.
 */
export const bucket = defineMask({
  strategy: 'BUCKET',
  kinds: ['Money'],
  rank: 6,
  description: 'Replaces an amount with the lower bound and label of its configured range, e.g. 10000-50000',
  apply(value, _kind, options): Required<MinorMoney> | null {
    const bounds = options.buckets;
    assertBounds(bounds);
    if (value == null) return null;
    const { minor, currency } = moneyValue(value, 'BUCKET');
    if (minor < 0) return { ...toMoney(0n, currency), bucket: NEGATIVE_BUCKET };
    // Bounds start at 0 and the amount is not negative, so some bound always matches.
    const index = bounds.findLastIndex((bound) => wholeUnitsToMinor(bound, currency) <= BigInt(minor));
    const lower = bounds[index];
    const label = index === bounds.length - 1 ? `${lower}+` : `${lower}-${bounds[index + 1]}`;
    return { ...toMoney(wholeUnitsToMinor(lower, currency), currency), bucket: label };
  },
});
