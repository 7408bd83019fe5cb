import { createRng } from '../../../../../lib/rng';
import { settledBy, winningEvents, type ChangeEvent } from '../../../../../subgraphs/customer/ingestion/changeEvents';

const event = (
  customerId: string,
  attribute: ChangeEvent['attribute'],
  sequence: number,
  value: unknown,
): ChangeEvent => ({
  source: 'RISK',
  customerId,
  attribute,
  value,
  sequence,
  at: new Date(Date.UTC(2026, 10, 1, 0, sequence)),
});

/** Applies events the way the store does: winners only, remembering positions. */
function replay(stream: ChangeEvent[][]): Record<string, unknown> {
  const state: Record<string, unknown> = {};
  const applied = new Map<string, number>();
  for (const batch of stream) {
    for (const winner of winningEvents(batch, applied)) {
      state[`${winner.customerId}.${winner.attribute}`] = winner.value;
      applied.set(`${winner.customerId}|${winner.attribute}`, winner.sequence);
    }
  }
  return state;
}

describe('change data capture', () => {
  const ordered = [
    event('c1', 'creditLimit', 1, 100),
    event('c1', 'creditLimit', 2, 200),
    event('c1', 'creditHold', 1, false),
    event('c2', 'creditLimit', 1, 50),
    event('c1', 'creditLimit', 3, 300),
    event('c1', 'creditHold', 2, true),
    event('c2', 'creditLimit', 2, 75),
  ];

  it('keeps only the newest event per customer and attribute', () => {
    expect(winningEvents(ordered, new Map()).map((e) => [e.customerId, e.attribute, e.value])).toEqual([
      ['c1', 'creditLimit', 300],
      ['c1', 'creditHold', true],
      ['c2', 'creditLimit', 75],
    ]);
  });

  it('ignores events not newer than what was applied', () => {
    expect(winningEvents([event('c1', 'creditLimit', 2, 200)], new Map([['c1|creditLimit', 3]]))).toEqual([]);
  });

  it('converges to the same state whatever the order and however often events repeat', () => {
    const expected = replay([ordered]);
    const rng = createRng(7);
    for (let trial = 0; trial < 50; trial += 1) {
      const shuffled = [...ordered, ...ordered.filter(() => rng.chance(0.5))].sort(() => rng.next() - 0.5);
      const batches: ChangeEvent[][] = [];
      for (let i = 0; i < shuffled.length; i += rng.int(1, 3)) batches.push(shuffled.slice(i, i + 3));
      expect(replay(batches)).toEqual(expected);
    }
  });
});

describe('a failed change event', () => {
  it('is settled once its attribute stands at its sequence or past it, and not before', () => {
    expect(settledBy(3, undefined)).toBeNull();
    expect(settledBy(3, 2)).toBeNull();
    expect(settledBy(3, 3)).toBe('applied: sequence 3');
    expect(settledBy(3, 5)).toBe('superseded: sequence 5 applied');
  });
});
