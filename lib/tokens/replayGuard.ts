/**
 * Remembers the ids of the internal tokens a service has accepted until they expire, so that a
 * captured token is good for the one request it came with. Kept in memory: each token names one
 * target service, so one process sees every use of it (several replicas of a service behind a
 * balancer would share this through a store such as Redis).
 */
export class ReplayGuard {
  private readonly seen = new Map<string, number>();

  /** True the first time `id` is offered before `expiresAt` (epoch ms); false for a replay. */
  accept(id: string, expiresAt: number, now = Date.now()): boolean {
    // Tokens live seconds, so the map is pruned often and stays small.
    if (this.seen.size > 0 && this.seen.size % 256 === 0)
      for (const [seenId, expiry] of this.seen) if (expiry <= now) this.seen.delete(seenId);
    const known = this.seen.get(id);
    if (known !== undefined && known > now) return false;
    this.seen.set(id, expiresAt);
    return true;
  }
}
