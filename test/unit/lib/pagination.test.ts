import { decodeCursor, encodeCursor, pageRequest } from '../../../lib/pagination';

const badInput = expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) });

describe('cursor pagination', () => {
  it('round-trips a key through an opaque cursor', () => {
    const cursor = encodeCursor('customer', 'cus_000042');
    expect(cursor).not.toContain('cus_');
    expect(decodeCursor('customer', cursor)).toBe('cus_000042');
  });

  it("refuses another list's cursor and garbage", () => {
    expect(() => decodeCursor('customer', encodeCursor('contract', 'x'))).toThrow(badInput);
    expect(() => decodeCursor('customer', '!!!')).toThrow(badInput);
    expect(() => decodeCursor('customer', encodeCursor('customer', ''))).toThrow(badInput);
  });

  it('defaults the page size and enforces the maximum', () => {
    expect(pageRequest('customer', {}, 100)).toEqual({ limit: 20 });
    expect(pageRequest('customer', {}, 10)).toEqual({ limit: 10 });
    expect(pageRequest('customer', { first: 100 }, 100).limit).toBe(100);
    expect(() => pageRequest('customer', { first: 101 }, 100)).toThrow(badInput);
    expect(() => pageRequest('customer', { first: 0 }, 100)).toThrow(badInput);
  });
});
