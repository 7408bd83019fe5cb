import { errorCodesOf, knownErrorCode } from '../../../../lib/telemetry/errorCodes';

describe('error codes for telemetry', () => {
  it("keep Custos' and Apollo Server's codes, and call anything else OTHER", () => {
    expect(knownErrorCode('FORBIDDEN')).toBe('FORBIDDEN');
    expect(knownErrorCode('GRAPHQL_PARSE_FAILED')).toBe('GRAPHQL_PARSE_FAILED');
    expect(knownErrorCode('DE89370400440532013000')).toBe('OTHER');
    expect(knownErrorCode(undefined)).toBe('OTHER');
    expect(knownErrorCode(42)).toBe('OTHER');
  });

  it('give the distinct codes of some errors in the order they first appear', () => {
    expect(
      errorCodesOf([
        { extensions: { code: 'BAD_USER_INPUT' } },
        { extensions: { code: 'FORBIDDEN' } },
        { extensions: { code: 'BAD_USER_INPUT' } },
        {},
      ]),
    ).toEqual(['BAD_USER_INPUT', 'FORBIDDEN', 'OTHER']);
    expect(errorCodesOf(undefined)).toEqual([]);
  });
});
