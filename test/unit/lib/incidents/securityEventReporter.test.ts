import { createLogger } from '../../../../lib/logger';
import type { SecurityEventInput } from '../../../../lib/incidents/generated/securityEvents';
import { SecurityEventReporter } from '../../../../lib/incidents/securityEventReporter';

const log = createLogger('test', 'silent');

/** A send whose answers the test gives, one call at a time. */
function controlledSend() {
  const calls: { events: SecurityEventInput[]; answer: (ok: boolean) => void }[] = [];
  const send = (events: SecurityEventInput[]) =>
    new Promise<void>((resolve, reject) =>
      calls.push({ events, answer: (ok) => (ok ? resolve() : reject(new Error('audit unavailable'))) }),
    );
  return { calls, send };
}

const forged = { kind: 'FORGED_INTERNAL_REQUEST' as const, subject: 'service:customer', detail: 'no internal token' };

describe('the security event reporter', () => {
  it('sends at once, and coalesces what arrives meanwhile into one call with counts', async () => {
    const { calls, send } = controlledSend();
    const reporter = new SecurityEventReporter({ send, log, minIntervalMs: 0 });
    reporter.report(forged, new Date('2026-12-05T10:00:00Z'));
    expect(calls).toHaveLength(1);
    for (let i = 1; i <= 50; i++) reporter.report(forged, new Date(Date.UTC(2026, 11, 5, 10, 0, i)));
    reporter.report({ ...forged, subject: 'service:contract' });
    expect(calls).toHaveLength(1);
    calls[0].answer(true);
    const flushed = reporter.flush();
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls).toHaveLength(2);
    expect(calls[1].events).toEqual([
      expect.objectContaining({
        subject: 'service:customer',
        occurrences: 50,
        firstAt: '2026-12-05T10:00:01.000Z',
        lastAt: '2026-12-05T10:00:50.000Z',
      }),
      expect.objectContaining({ subject: 'service:contract', occurrences: 1 }),
    ]);
    calls[1].answer(true);
    await flushed;
  });

  it('holds a bounded number of kinds and subjects, dropping the rest', async () => {
    const { calls, send } = controlledSend();
    const reporter = new SecurityEventReporter({ send, log, minIntervalMs: 0, maxQueued: 2 });
    reporter.report({ ...forged, subject: 'first' });
    for (let i = 0; i < 10; i++) reporter.report({ ...forged, subject: `s${i}` });
    calls[0].answer(true);
    const flushed = reporter.flush();
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls[1].events.map((event) => event.subject)).toEqual(['s0', 's1']);
    calls[1].answer(true);
    await flushed;
  });

  it('waits the interval between calls unless flushed, and never throws when a call fails', async () => {
    const { calls, send } = controlledSend();
    const reporter = new SecurityEventReporter({ send, log, minIntervalMs: 60_000 });
    reporter.report(forged);
    calls[0].answer(false);
    await new Promise((resolve) => setImmediate(resolve));
    reporter.report(forged);
    expect(calls).toHaveLength(1);
    const flushed = reporter.flush();
    expect(calls).toHaveLength(2);
    calls[1].answer(true);
    await flushed;
  });
});
