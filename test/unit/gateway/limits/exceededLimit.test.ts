import { exceededLimit } from '../../../../gateway/limits/exceededLimit';

describe('the limit an operation is over', () => {
  it('is the first one over, in the order the measures are given', () => {
    expect(
      exceededLimit([
        { name: 'depth', limit: 10, actual: 10 },
        { name: 'aliases', limit: 5, actual: 6 },
        { name: 'tokens', limit: 100, actual: 200 },
      ]),
    ).toEqual({
      code: 'ALIAS_LIMIT_EXCEEDED',
      message: 'The operation has more than 5 aliases',
      limit: 5,
      actual: 6,
    });
  });

  it('names the estimated cost against the budget', () => {
    expect(exceededLimit([{ name: 'cost', limit: 1000, actual: 1500 }])?.message).toBe(
      "The operation's estimated cost 1500 is above the budget of 1000",
    );
  });

  it('is none when every measure is within its limit', () => {
    expect(exceededLimit([{ name: 'rootFields', limit: 3, actual: 3 }])).toBeUndefined();
  });
});
