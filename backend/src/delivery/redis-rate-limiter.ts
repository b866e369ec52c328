import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import { REDIS_COMMAND_TIMEOUT_MS } from '../common/redis-command-timeout';
import { bucketTiming, InMemoryRateLimiter, type RateLimit, type RateLimiter } from './rate-limiter';

/**
 * reserveSlot (rate-limiter.ts) as one Lua script, so every backend process
 * shares the buckets and two processes never reserve the same slot. Redis's
 * own clock is used: the processes' clocks may disagree.
 * KEYS: buckets. ARGV: cost, then intervalMs, toleranceMs and pooled (1/0) per bucket.
 */
const RESERVE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local cost = tonumber(ARGV[1])
local start = now
local tats = {}
for i, key in ipairs(KEYS) do
  local tat = tonumber(redis.call('GET', key)) or now
  tats[i] = tat
  local need = math.min(cost * tonumber(ARGV[3 * i - 1]), tonumber(ARGV[3 * i]))
  local allowed = math.max(tat, now) + need - tonumber(ARGV[3 * i])
  if allowed > start then start = allowed end
end
for i, key in ipairs(KEYS) do
  local at = start
  if ARGV[3 * i + 1] == '1' then at = now end
  local nextTat = math.max(tats[i], at) + cost * tonumber(ARGV[3 * i - 1])
  redis.call('SET', key, tostring(nextTat), 'PX', math.ceil(nextTat - now + tonumber(ARGV[3 * i])) + 1000)
end
return math.ceil(start - now)
`;

type ReserveCommand = (numKeys: number, ...args: Array<string | number>) => Promise<number>;

/** Buckets in Redis (REDIS_URL set): several processes send through one bot and must share its limit. */
export class RedisRateLimiter implements RateLimiter {
  private readonly logger = new Logger('RateLimiter');
  private readonly redis: Redis;
  /** Used only while Redis does not answer: a send is delayed, never refused, for want of a limiter. */
  private readonly fallback = new InMemoryRateLimiter();
  private degraded = false;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: REDIS_COMMAND_TIMEOUT_MS });
    this.redis.on('error', () => this.degrade());
    this.redis.on('ready', () => {
      this.degraded = false;
    });
    this.redis.defineCommand('inboxReserve', { lua: RESERVE_SCRIPT });
  }

  async reserve(limits: RateLimit[], cost = 1): Promise<number> {
    if (limits.length === 0) return 0;
    const args: Array<string | number> = [cost];
    for (const limit of limits) {
      const { intervalMs, toleranceMs } = bucketTiming(limit);
      args.push(intervalMs, toleranceMs, limit.pooled ? 1 : 0);
    }
    try {
      const reserve = (this.redis as unknown as { inboxReserve: ReserveCommand }).inboxReserve.bind(this.redis);
      return Number(await reserve(limits.length, ...limits.map((l) => this.key(l.key)), ...args));
    } catch {
      this.degrade();
      return this.fallback.reserve(limits, cost);
    }
  }

  async tryAcquire(key: string, intervalMs: number): Promise<boolean> {
    try {
      return (await this.redis.set(this.key(key), '1', 'PX', Math.max(1, Math.ceil(intervalMs)), 'NX')) === 'OK';
    } catch {
      this.degrade();
      return this.fallback.tryAcquire(key, intervalMs);
    }
  }

  async close(): Promise<void> {
    try {
      await this.redis.quit();
    } catch {
      this.redis.disconnect();
    }
  }

  private key(name: string): string {
    return `${this.prefix}:rl:${name}`;
  }

  private degrade(): void {
    if (this.degraded) return;
    this.degraded = true;
    this.logger.warn('Redis is unreachable: rate limits are kept per process until it is back');
  }
}
