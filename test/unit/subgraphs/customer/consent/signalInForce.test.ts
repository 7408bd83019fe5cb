import { signalInForce, type SignalFacts } from '../../../../../subgraphs/customer/consent/signalInForce';

const at = (iso: string) => new Date(iso);
const signal = (id: string, decision: SignalFacts['decision'], givenAt: string, receivedAt = givenAt): SignalFacts => ({
  id,
  decision,
  givenAt: at(givenAt),
  receivedAt: at(receivedAt),
});

describe('signalInForce', () => {
  it('is none without signals', () => {
    expect(signalInForce([])).toBeUndefined();
  });

  it('is the one given last, whatever the order of arrival', () => {
    const granted = signal('s1', 'GRANTED', '2026-03-01T10:00:00Z', '2026-03-05T00:00:00Z');
    const withdrawn = signal('s2', 'WITHDRAWN', '2026-02-01T10:00:00Z', '2026-03-09T00:00:00Z');
    expect(signalInForce([granted, withdrawn])?.id).toBe('s1');
    expect(signalInForce([withdrawn, granted])?.id).toBe('s1');
  });

  it('reads a withdrawal given at the same instant as a grant as the stronger', () => {
    const granted = signal('a', 'GRANTED', '2026-03-01T10:00:00Z', '2026-03-02T00:00:00Z');
    const withdrawn = signal('b', 'WITHDRAWN', '2026-03-01T10:00:00Z', '2026-03-01T11:00:00Z');
    expect(signalInForce([granted, withdrawn])?.id).toBe('b');
    expect(signalInForce([withdrawn, granted])?.id).toBe('b');
  });

  it('takes the one received last between equal signals given at the same instant', () => {
    const first = signal('z', 'GRANTED', '2026-03-01T10:00:00Z', '2026-03-01T11:00:00Z');
    const second = signal('a', 'GRANTED', '2026-03-01T10:00:00Z', '2026-03-01T12:00:00Z');
    expect(signalInForce([second, first])?.id).toBe('a');
  });
});
