import { openBalanceMinor, writableOffMinor } from '../../../../../subgraphs/contract/writeOffs/openBalance';
import { assertDifferentApprover } from '../../../../../policies/makerChecker';

describe('invoice balances with write-offs', () => {
  const payments = [{ amountMinor: 30_00 }];
  const writeOffs = [
    { amountMinor: 10_00, status: 'APPROVED' },
    { amountMinor: 20_00, status: 'REQUESTED' },
    { amountMinor: 50_00, status: 'REJECTED' },
  ];

  it('subtracts payments and approved write-offs only', () => {
    expect(openBalanceMinor(100_00, payments, writeOffs)).toBe(60_00);
  });

  it('reserves pending requests, so two requests cannot write off more than is owed', () => {
    expect(writableOffMinor(100_00, payments, writeOffs)).toBe(40_00);
  });
});

describe('maker-checker', () => {
  it('refuses the requester as approver with FORBIDDEN', () => {
    expect(() => assertDifferentApprover('ana', 'ana', 'Write-off wo_1')).toThrow(
      expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }),
    );
    expect(() => assertDifferentApprover('ana', 'ben', 'Write-off wo_1')).not.toThrow();
  });
});
