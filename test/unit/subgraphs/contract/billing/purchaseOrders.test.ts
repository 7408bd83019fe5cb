import { compilePattern, purchaseOrderProblem } from '../../../../../subgraphs/contract/billing/purchaseOrders';

describe('purchase-order rules', () => {
  it('accepts the safe pattern subset and matches whole numbers only', () => {
    expect(compilePattern('PO-\\d{6}').test('PO-123456')).toBe(true);
    expect(compilePattern('PO-\\d{6}').test('XPO-123456')).toBe(false);
    expect(compilePattern('[A-Z]{2}\\d{4,8}').test('DE12345')).toBe(true);
    expect(compilePattern('[0-9A-F]{4}-?[0-9A-F]{4}').test('BEEF-CAFE')).toBe(true);
  });

  it.each(['(\\d+)+X', 'a|b', '.*', '\\d+', 'PO-\\d{6}(', '', 'x'.repeat(101)])(
    'refuses %s with BAD_USER_INPUT (no unbounded or nested repetition)',
    (pattern) => {
      expect(() => compilePattern(pattern)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      );
    },
  );

  it('says what is wrong with a number, or nothing', () => {
    const rule = { required: true, pattern: 'PO-\\d{6}' };
    expect(purchaseOrderProblem(rule, null)).toMatch(/requires a purchase-order number/);
    expect(purchaseOrderProblem(rule, 'PO-12')).toMatch(/does not have the customer's form/);
    expect(purchaseOrderProblem(rule, ' PO-123456 ')).toBeNull();
    expect(purchaseOrderProblem({ required: false, pattern: null }, null)).toBeNull();
    expect(purchaseOrderProblem(null, null)).toBeNull();
  });
});
