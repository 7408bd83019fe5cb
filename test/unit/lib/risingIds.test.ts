import { risingIds } from '../../../lib/risingIds';

describe('risingIds', () => {
  it('makes ids of the asked length that rise in text order', () => {
    const next = risingIds('cus', 16);
    const ids = Array.from({ length: 5000 }, next);
    for (const id of ids) expect(id).toMatch(/^cus_[0-9a-f]{16}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives two series different ids', () => {
    const a = risingIds('src', 32);
    const b = risingIds('src', 32);
    const first = new Set(Array.from({ length: 1000 }, a));
    for (let i = 0; i < 1000; i++) expect(first.has(b())).toBe(false);
  });

  it('draws a new series when the counter of one runs out, and starts counting again', () => {
    const next = risingIds('cus', 16);
    const first = next();
    let last = first;
    for (let i = 1; i < 16 ** 6; i++) last = next();
    expect(last).toBe(`${first.slice(0, -6)}ffffff`);
    const renewed = next();
    expect(renewed.endsWith('000000')).toBe(true);
    expect(renewed.slice(0, -6)).not.toBe(first.slice(0, -6));
  });

  it('refuses a length with too little room for the random series', () => {
    expect(() => risingIds('x', 10)).toThrow(/too little room/);
  });
});
