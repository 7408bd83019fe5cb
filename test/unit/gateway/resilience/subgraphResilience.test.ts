import { GraphQLError } from 'graphql';
import { CircuitBreaker } from '../../../../gateway/resilience/circuitBreaker';
import { retryDelayMs } from '../../../../gateway/resilience/retryDelay';
import {
  classifySubgraphFailure,
  isRetryable,
  requestedCoordinates,
} from '../../../../gateway/resilience/subgraphFailure';

function breakerAt(clock: { now: number }, failureThreshold = 3, openMs = 1000) {
  return new CircuitBreaker({ failureThreshold, openMs, now: () => clock.now });
}

describe('the circuit breaker towards a subgraph', () => {
  it('stays closed through failures short of the threshold, and a success starts the count again', () => {
    const clock = { now: 0 };
    const breaker = breakerAt(clock);
    breaker.recordFailure();
    breaker.recordFailure();
    breaker.recordSuccess();
    breaker.recordFailure();
    breaker.recordFailure();
    expect(breaker.state).toBe('CLOSED');
    expect(breaker.tryAcquire()).toBe(true);
  });

  it('opens after the threshold of failures in a row and refuses every call while open', () => {
    const clock = { now: 0 };
    const breaker = breakerAt(clock);
    for (let i = 0; i < 3; i += 1) breaker.recordFailure();
    expect(breaker.state).toBe('OPEN');
    clock.now = 999;
    expect(breaker.tryAcquire()).toBe(false);
  });

  it('half-opens after openMs and lets exactly one probe through', () => {
    const clock = { now: 0 };
    const breaker = breakerAt(clock);
    for (let i = 0; i < 3; i += 1) breaker.recordFailure();
    clock.now = 1000;
    expect(breaker.state).toBe('HALF_OPEN');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false);
    expect(breaker.tryAcquire()).toBe(false);
  });

  it('closes when the probe succeeds', () => {
    const clock = { now: 0 };
    const breaker = breakerAt(clock);
    for (let i = 0; i < 3; i += 1) breaker.recordFailure();
    clock.now = 1500;
    breaker.tryAcquire();
    breaker.recordSuccess();
    expect(breaker.state).toBe('CLOSED');
    expect([breaker.tryAcquire(), breaker.tryAcquire()]).toEqual([true, true]);
  });

  it('opens again for a full openMs when the probe fails', () => {
    const clock = { now: 0 };
    const breaker = breakerAt(clock);
    for (let i = 0; i < 3; i += 1) breaker.recordFailure();
    clock.now = 1500;
    breaker.tryAcquire();
    breaker.recordFailure();
    expect(breaker.state).toBe('OPEN');
    clock.now = 2499;
    expect(breaker.tryAcquire()).toBe(false);
    clock.now = 2500;
    expect(breaker.tryAcquire()).toBe(true);
  });

  it('frees the probe slot when the probe ends in an answer that is neither (a refusal)', () => {
    const clock = { now: 0 };
    const breaker = breakerAt(clock);
    for (let i = 0; i < 3; i += 1) breaker.recordFailure();
    clock.now = 1000;
    breaker.tryAcquire();
    breaker.release();
    expect(breaker.state).toBe('HALF_OPEN');
    expect(breaker.tryAcquire()).toBe(true);
  });
});

describe('retry delays', () => {
  const backoff = { baseMs: 50, maxMs: 500 };

  it('grow exponentially up to the cap, drawn uniformly below it (full jitter)', () => {
    expect([1, 2, 3, 4, 5, 9].map((retry) => retryDelayMs(retry, backoff, () => 0.999999))).toEqual([
      49, 99, 199, 399, 499, 499,
    ]);
    expect(retryDelayMs(3, backoff, () => 0)).toBe(0);
    expect(retryDelayMs(3, backoff, () => 0.5)).toBe(100);
  });

  it('spread retries from many callers instead of sending them together', () => {
    const delays = Array.from({ length: 200 }, () => retryDelayMs(3, backoff));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...delays)).toBeLessThan(200);
    expect(new Set(delays).size).toBeGreaterThan(50);
  });
});

describe('what counts as a subgraph failure', () => {
  it('is no connection, a broken connection, no answer in time, or a 502/503/504', () => {
    expect(classifySubgraphFailure(new TypeError('fetch failed'))).toBe('UNREACHABLE');
    expect(classifySubgraphFailure(new DOMException('The operation was aborted due to timeout', 'TimeoutError'))).toBe(
      'TIMEOUT',
    );
    expect(classifySubgraphFailure(new DOMException('aborted', 'AbortError'))).toBe('TIMEOUT');
    for (const status of [502, 503, 504]) {
      expect(classifySubgraphFailure(new GraphQLError(`${status}`, { extensions: { response: { status } } }))).toBe(
        'FAILED_RESPONSE',
      );
    }
  });

  it("is not the subgraph's answer to a bad or unauthorised call, nor a bug", () => {
    for (const status of [400, 401, 403, 413, 500]) {
      expect(
        classifySubgraphFailure(new GraphQLError(`${status}`, { extensions: { response: { status } } })),
      ).toBeUndefined();
    }
    expect(classifySubgraphFailure(new Error('Expected JSON response body'))).toBeUndefined();
    expect(classifySubgraphFailure(undefined)).toBeUndefined();
  });

  it('is retried, except a timeout: its time is already spent', () => {
    expect([isRetryable('UNREACHABLE'), isRetryable('FAILED_RESPONSE'), isRetryable('TIMEOUT')]).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe('the fields a subgraph call asked for', () => {
  it('are the root fields of a plain query', () => {
    expect(
      requestedCoordinates(
        'query Q { contract(id: "c1") { id } __typename contracts: contractsWithoutLedgerLines { id } }',
        'Query',
      ),
    ).toEqual(['Query.contract', 'Query.contractsWithoutLedgerLines']);
  });

  it('are the fields asked of each entity type in an entity fetch, inline or through named fragments', () => {
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Customer { __typename contracts { id } arBalance { amount } }
      ...OnContract
    } }
    fragment OnContract on Contract { dataQuality { score } }`;
    expect(requestedCoordinates(query, 'Query')).toEqual([
      'Customer.contracts',
      'Customer.arBalance',
      'Contract.dataQuality',
    ]);
  });

  it('are none, rather than an error, when the query does not parse', () => {
    expect(requestedCoordinates('{ not closed', 'Query')).toEqual([]);
  });
});
