/**
 * Repeated denials: a principal refused `count` times within `windowSeconds` at this gateway is
 * worth an incident (a client misconfigured, or someone probing the policy). Counted in this
 * gateway's memory, as the bulk export monitor counts: with several gateways, each counts its own.
 * Each time the count is reached the principal's tally starts again, so a principal refused without
 * end reports once per `count` refusals, not on every one after the first `count`.
 */

export interface RepeatedDenialLimits {
  count: number;
  windowSeconds: number;
}

/** Principals tracked before those not refused within the window are forgotten. */
const TRACKED = 10_000;

export class RepeatedDenials {
  private readonly refusals = new Map<string, number[]>();

  constructor(private readonly limits: RepeatedDenialLimits) {}

  /** Records a refusal of `sub`; answers why this calls for an incident, if it does. */
  observe(sub: string, now = Date.now()): string | undefined {
    const since = now - this.limits.windowSeconds * 1000;
    const recent = (this.refusals.get(sub) ?? []).filter((at) => at > since);
    recent.push(now);
    if (recent.length >= this.limits.count) {
      this.refusals.delete(sub);
      return `${recent.length} requests refused within ${this.limits.windowSeconds} s (limit ${this.limits.count})`;
    }
    this.refusals.set(sub, recent);
    if (this.refusals.size > TRACKED) this.forgetBefore(since);
    return undefined;
  }

  private forgetBefore(since: number): void {
    for (const [sub, times] of this.refusals) if ((times.at(-1) ?? 0) <= since) this.refusals.delete(sub);
  }
}
