import { boundedCache } from '../../../lib/boundedCache';

describe('boundedCache', () => {
  it('computes each key once, starts again at its limit, and forgets on clear', () => {
    const computed: string[] = [];
    const length = boundedCache((key: string) => {
      computed.push(key);
      return key.length;
    }, 2);
    expect([length('a'), length('bb'), length('a'), length('bb')]).toEqual([1, 2, 1, 2]);
    expect(computed).toEqual(['a', 'bb']);
    length('ccc'); // the third key: everything before is dropped
    length('a');
    expect(computed).toEqual(['a', 'bb', 'ccc', 'a']);
    length.clear();
    length('a');
    expect(computed).toEqual(['a', 'bb', 'ccc', 'a', 'a']);
  });
});
