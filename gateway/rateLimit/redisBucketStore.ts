import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from '@redis/client';
import type { Logger } from '../../lib/logger';
import type { BucketClaim, BucketStore, BucketVerdict } from './bucketStore';

/**
 * Buckets in Redis, shared by every gateway that points at it: one budget however many gateways
 * serve the caller. `takeFromBuckets` (tokenBucket.ts) as one Lua script, so taking is atomic
 * across gateways, and timed by Redis's clock, so gateways whose clocks differ agree. A bucket
 * expires once it would be full again.
 */
const TAKE_SCRIPT = `
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) * 1000 + math.floor(tonumber(now_parts[2]) / 1000)
local tokens = {}
local retry = 0
local exhausted = {}
for i, key in ipairs(KEYS) do
  local burst = tonumber(ARGV[2 * i - 1])
  local per_minute = tonumber(ARGV[2 * i])
  local state = redis.call('HMGET', key, 'tokens', 'at')
  local have = tonumber(state[1])
  local at = tonumber(state[2])
  if have == nil or at == nil then
    have = burst
    at = now
  end
  have = math.min(burst, have + math.max(0, now - at) * per_minute / 60000)
  tokens[i] = have
  if have < 1 then
    local wait = math.ceil((1 - have) * 60000 / per_minute)
    if wait > retry then retry = wait end
    exhausted[#exhausted + 1] = i - 1
  end
end
if retry > 0 then
  local reply = { 0, retry }
  for _, index in ipairs(exhausted) do reply[#reply + 1] = index end
  return reply
end
for i, key in ipairs(KEYS) do
  local burst = tonumber(ARGV[2 * i - 1])
  local per_minute = tonumber(ARGV[2 * i])
  local left = tokens[i] - 1
  redis.call('HSET', key, 'tokens', tostring(left), 'at', tostring(now))
  redis.call('PEXPIRE', key, math.ceil((burst - left) * 60000 / per_minute) + 1000)
end
return { 1 }
`;
const TAKE_SHA = createHash('sha1').update(TAKE_SCRIPT).digest('hex');

export interface RedisBucketStoreOptions {
  url: string;
  keyPrefix: string;
  /** A take that Redis has not answered by then is decided by the fallback instead. */
  timeoutMs: number;
  /** Decides while Redis cannot: this gateway's own budget, rather than no limit or no service. */
  fallback: BucketStore;
  log: Logger;
}

export class RedisBucketStore implements BucketStore {
  private readonly client;
  private readonly options: RedisBucketStoreOptions;
  private lastWarning = 0;

  constructor(options: RedisBucketStoreOptions) {
    this.options = options;
    this.client = createClient({
      url: options.url,
      // A command while disconnected fails at once (and falls back) instead of queueing.
      disableOfflineQueue: true,
      socket: {
        connectTimeout: options.timeoutMs * 5,
        reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000),
      },
    });
    // Connection trouble is reported by take()'s fallback warning; the URL may hold a password.
    this.client.on('error', () => undefined);
  }

  /**
   * Connects, waiting at most `waitMs`: a gateway starts, and limits on its own budget, while Redis
   * is away, and the client keeps reconnecting in the background. Resolves whether it is connected.
   */
  async connect(waitMs: number): Promise<boolean> {
    const connected = this.client.connect().then(
      () => true,
      () => false,
    );
    return Promise.race([connected, sleep(waitMs).then(() => false)]);
  }

  async take(claims: BucketClaim[]): Promise<BucketVerdict> {
    try {
      return await this.takeInRedis(claims);
    } catch (error) {
      this.warn(error);
      return this.options.fallback.take(claims);
    }
  }

  async close(): Promise<void> {
    if (this.client.isOpen) await this.client.close();
    else this.client.destroy();
    await this.options.fallback.close();
  }

  private async takeInRedis(claims: BucketClaim[]): Promise<BucketVerdict> {
    const keys = claims.map(({ key }) => this.options.keyPrefix + key);
    const rules = claims.flatMap(({ rule }) => [String(rule.burst), String(rule.perMinute)]);
    const run = (command: string, script: string) =>
      this.client.sendCommand<number[]>([command, script, String(keys.length), ...keys, ...rules], {
        timeout: this.options.timeoutMs,
        rejectInFlight: true,
      });
    let reply: number[];
    try {
      reply = await run('EVALSHA', TAKE_SHA);
    } catch (error) {
      if (!String((error as Error)?.message).startsWith('NOSCRIPT')) throw error;
      reply = await run('EVAL', TAKE_SCRIPT);
    }
    if (reply[0] === 1) return { allowed: true };
    return { allowed: false, retryAfterMs: Number(reply[1]), exhausted: reply.slice(2).map(Number) };
  }

  private warn(error: unknown): void {
    const now = Date.now();
    if (now - this.lastWarning < 10_000) return;
    this.lastWarning = now;
    this.options.log.warn(
      { reason: (error as Error)?.name ?? 'unknown' },
      'Redis cannot be reached for rate limits: this gateway limits on its own budget meanwhile',
    );
  }
}
