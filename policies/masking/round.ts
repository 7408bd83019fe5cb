import type { MinorMoney } from '../../lib/money';
import { moneyValue, toMoney, wholeUnitsToMinor } from './moneyValue';
import { defineMask } from './mask';

/** Half away from zero, so the masked amount does not depend on the sign convention of the source. */
function roundHalfAwayFromZero(minor: bigint, step: bigint): bigint {
  const magnitude = minor < 0n ? -minor : minor;
  const remainder = magnitude % step;
  const rounded = 2n * remainder >= step ? magnitude - remainder + step : magnitude - remainder;
  return minor < 0n ? -rounded : rounded;
}

/** ROUND: the amount to the nearest multiple of `roundTo` major units, in exact integer minor units. */
export const round = defineMask({
  strategy: 'ROUND',
  kinds: ['Money'],
  rank: 9,
  description: 'Rounds an amount to the nearest configured multiple, half away from zero, keeping the currency',
  apply(value, _kind, options): MinorMoney | null {
    if (!Number.isSafeInteger(options.roundTo) || options.roundTo <= 0) {
      throw new Error(`ROUND needs roundTo to be a positive whole number of major units, got ${options.roundTo}`);
    }
    if (value == null) return null;
    const { minor, currency } = moneyValue(value, 'ROUND');
    return toMoney(roundHalfAwayFromZero(BigInt(minor), wholeUnitsToMinor(options.roundTo, currency)), currency);
  },
});
