import { readByKeys } from '../../../../subgraphs/kit/readByKeys';

describe('readByKeys', () => {
  it('reads every key once, a bounded list at a time, rows in the order of the keys', async () => {
    const asked: number[][] = [];
    const keys = Array.from({ length: 11 }, (_, i) => i);
    const rows = await readByKeys(
      keys,
      async (some) => {
        asked.push(some);
        return some.flatMap((key) => [`${key}a`, `${key}b`]);
      },
      4,
    );
    expect(asked).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9, 10],
    ]);
    expect(rows).toEqual(keys.flatMap((key) => [`${key}a`, `${key}b`]));
  });

  it('sends no statement for no keys', async () => {
    const read = jest.fn(async () => ['never']);
    expect(await readByKeys([], read)).toEqual([]);
    expect(read).not.toHaveBeenCalled();
  });

  it('passes a failed read on', async () => {
    await expect(
      readByKeys(
        [1, 2, 3],
        async (some) => {
          if (some.includes(3)) throw new Error('connection lost');
          return some;
        },
        2,
      ),
    ).rejects.toThrow('connection lost');
  });
});
