import { randomBytes } from 'node:crypto';

const COUNTER_DIGITS = 6;
const COUNTER_END = 16 ** COUNTER_DIGITS;

/**
 * Ids that rise in the order they are made, for rows written by the hundred thousand. A B-tree
 * index over random ids is written all over, a page per row once it outgrows SQLite's cache;
 * rising ids fill its last pages instead. Each id is `<prefix>_<random series><counter>` in lower
 * hex, `digits` long after the prefix: the random series keeps two loads apart, and the counter has
 * a fixed width, so text order is the order of making. A series that runs out draws a new one.
 */
export function risingIds(prefix: string, digits: number): () => string {
  if (!Number.isInteger(digits) || digits < COUNTER_DIGITS + 8)
    throw new Error(`risingIds: ${digits} digits leave too little room for a random series`);
  const seriesDigits = digits - COUNTER_DIGITS;
  const newSeries = () =>
    randomBytes(Math.ceil(seriesDigits / 2))
      .toString('hex')
      .slice(0, seriesDigits);
  let series = newSeries();
  let counter = 0;
  return () => {
    if (counter === COUNTER_END) {
      series = newSeries();
      counter = 0;
    }
    return `${prefix}_${series}${(counter++).toString(16).padStart(COUNTER_DIGITS, '0')}`;
  };
}
