import { addDays } from '../../../../../lib/calendar';
import { createRng } from '../../../../../lib/rng';
import { CountDropError, checkCountDrop, type ExtractCount } from '../../../../../subgraphs/quality/alerts/countDrop';

const extract = (extractId: string, day: number, customerCount: number, system = 'SAP'): ExtractCount => ({
  extractId,
  system,
  takenAt: `${addDays('2026-01-01', day)}T02:00:00Z`,
  customerCount,
});

const series = (counts: number[], system = 'SAP') =>
  counts.map((count, day) => extract(`${system}-${day}`, day, count, system));

/** Feeds the extracts one by one, each against everything seen before it, as the loader does. */
function alertsWhenFed(extracts: readonly ExtractCount[], options: Parameters<typeof checkCountDrop>[2]) {
  return extracts.flatMap((current, i) => {
    const alert = checkCountDrop(current, extracts.slice(0, i), options);
    return alert ? [alert] : [];
  });
}

describe('count-drop alert: planted drops', () => {
  // 120 daily SAP extracts growing from 10,000 customers with ±2% noise; 6 truncated ones lose 25-60%.
  const rng = createRng(42);
  const plantedDays = [10, 25, 26, 50, 77, 110];
  const counts = Array.from({ length: 120 }, (_, day) => {
    const usual = Math.round((10_000 + 15 * day) * (1 + (rng.next() - 0.5) * 0.04));
    return plantedDays.includes(day) ? Math.round(usual * (1 - rng.int(25, 60) / 100)) : usual;
  });
  // Another system with far fewer customers, interleaved: it must not pull the SAP baseline down.
  const oracle = series(
    Array.from({ length: 120 }, () => rng.int(200, 220)),
    'ORACLE',
  );
  const sap = series(counts);
  const interleaved = sap.flatMap((e, i) => [oracle[i], e]);

  it('raises exactly one alert per planted drop, including two days in a row', () => {
    const alerts = alertsWhenFed(interleaved, { maxDropFraction: 0.1 });
    expect(alerts).toHaveLength(plantedDays.length);
    expect(alerts.map((a) => a.extractId)).toEqual(plantedDays.map((day) => `SAP-${day}`));
    for (const alert of alerts) {
      expect(alert.dropFraction).toBeGreaterThan(0.1);
      expect(alert.maxDropFraction).toBe(0.1);
      expect(alert.system).toBe('SAP');
    }
  });

  it('finds the same drops whatever order the history comes in', () => {
    const newestFirst = [...interleaved].reverse();
    const alerts = sap.flatMap((current) => {
      const alert = checkCountDrop(current, newestFirst, { maxDropFraction: 0.1 });
      return alert ? [alert.extractId] : [];
    });
    expect(alerts).toEqual(plantedDays.map((day) => `SAP-${day}`));
  });

  it('judges each system against its own history only', () => {
    expect(
      alertsWhenFed(
        interleaved.filter((e) => e.system === 'ORACLE'),
        { maxDropFraction: 0.1 },
      ),
    ).toEqual([]);
    expect(checkCountDrop(extract('NEW-1', 200, 1, 'NETSUITE'), interleaved, { maxDropFraction: 0.1 })).toBeNull();
  });
});

describe('count-drop alert: the rule', () => {
  const history = series([1_000, 1_020, 990, 1_010, 1_000]); // median 1,000

  it('says what dropped, by how much, against what', () => {
    expect(checkCountDrop(extract('X', 10, 700), history, { maxDropFraction: 0.1 })).toEqual({
      extractId: 'X',
      system: 'SAP',
      customerCount: 700,
      baseline: 1_000,
      dropFraction: 0.3,
      maxDropFraction: 0.1,
      message:
        'Extract X from SAP has 700 customers, 30.0% fewer than the median 1000 of the last 5 extracts (limit 10.0%): check the extract is complete before it is loaded',
    });
  });

  it('does not alert on growth, on small dips, or on a drop exactly at the limit', () => {
    expect(checkCountDrop(extract('X', 10, 5_000), history, { maxDropFraction: 0.1 })).toBeNull();
    expect(checkCountDrop(extract('X', 10, 950), history, { maxDropFraction: 0.1 })).toBeNull();
    expect(checkCountDrop(extract('X', 10, 900), history, { maxDropFraction: 0.1 })).toBeNull();
    expect(checkCountDrop(extract('X', 10, 899), history, { maxDropFraction: 0.1 })).not.toBeNull();
  });

  it('alerts on any drop with a limit of 0', () => {
    expect(checkCountDrop(extract('X', 10, 999), history, { maxDropFraction: 0 })?.dropFraction).toBeCloseTo(0.001, 10);
  });

  it('needs minHistory earlier extracts', () => {
    expect(checkCountDrop(extract('X', 10, 1), history.slice(0, 2), { maxDropFraction: 0.1 })).toBeNull();
    expect(checkCountDrop(extract('X', 10, 1), history.slice(0, 3), { maxDropFraction: 0.1 })).not.toBeNull();
    expect(
      checkCountDrop(extract('X', 10, 1), history.slice(0, 1), { maxDropFraction: 0.1, minHistory: 1 })?.baseline,
    ).toBe(1_000);
  });

  it('looks only at the last `window` extracts taken before the current one', () => {
    const shrunk = series([5_000, 5_000, 5_000, 5_000, 5_000, 1_000, 1_000, 1_000, 1_000, 1_000]);
    expect(checkCountDrop(extract('X', 20, 950), shrunk, { maxDropFraction: 0.1 })).toBeNull();
    expect(checkCountDrop(extract('X', 20, 950), shrunk, { maxDropFraction: 0.1, window: 10 })?.baseline).toBe(3_000);
    // Extracts taken at or after the current one are not its history.
    expect(checkCountDrop(extract('X', 2, 500), shrunk, { maxDropFraction: 0.1 })).toBeNull();
  });

  it('takes the middle of an even window as the mean of the two middle counts', () => {
    expect(
      checkCountDrop(extract('X', 10, 10), series([100, 200, 300, 400]), { maxDropFraction: 0.1, window: 4 })?.baseline,
    ).toBe(250);
  });

  it('never alerts against a baseline of zero customers', () => {
    expect(checkCountDrop(extract('X', 10, 0), series([0, 0, 0]), { maxDropFraction: 0.1 })).toBeNull();
  });

  it('refuses invalid options and extracts with CountDropError', () => {
    const current = extract('X', 10, 1);
    expect(() => checkCountDrop(current, history, { maxDropFraction: Number.NaN })).toThrow(CountDropError);
    expect(() => checkCountDrop(current, history, { maxDropFraction: 1 })).toThrow(
      /maxDropFraction must be at least 0 and below 1, got 1/,
    );
    expect(() => checkCountDrop(current, history, { maxDropFraction: -0.1 })).toThrow(/maxDropFraction/);
    expect(() => checkCountDrop(current, history, { maxDropFraction: 0.1, window: 0 })).toThrow(
      /window must be a positive integer/,
    );
    expect(() => checkCountDrop(current, history, { maxDropFraction: 0.1, minHistory: 1.5 })).toThrow(
      /minHistory must be a positive integer/,
    );
    expect(() => checkCountDrop(current, history, { maxDropFraction: 0.1, window: 2 })).toThrow(
      /minHistory 3 is larger than the window 2/,
    );
    expect(() => checkCountDrop({ ...current, takenAt: '2026-01-10' }, history, { maxDropFraction: 0.1 })).toThrow(
      /not an ISO 8601 instant/,
    );
    expect(() => checkCountDrop({ ...current, customerCount: -1 }, history, { maxDropFraction: 0.1 })).toThrow(
      /non-negative integer/,
    );
    expect(() =>
      checkCountDrop(current, [...history, { ...current, customerCount: 1.5 }], { maxDropFraction: 0.1 }),
    ).toThrow(CountDropError);
  });
});
