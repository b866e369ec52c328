import { Redis } from 'ioredis';
import { REDIS_COMMAND_TIMEOUT_MS } from '../common/redis-command-timeout';
import type { LeaseStore } from './lease-store';

/** Take or extend in one step, so two processes never both see the key free. KEYS[1] lease, ARGV owner, ttlMs. */
const ACQUIRE_SCRIPT = `
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
if holder then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1
`;

/** Delete only our own lease: one taken over after ours ran out must stay. */
const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

type LeaseCommand = (key: string, ...args: Array<string | number>) => Promise<number>;

/** Leases shared by every backend process (REDIS_URL set): Redis's key expiry is the dead holder's timeout. */
export class RedisLeaseStore implements LeaseStore {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    // One try per command: a lease that cannot be renewed now counts as not renewed, the loop tries again.
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: REDIS_COMMAND_TIMEOUT_MS });
    this.redis.on('error', () => undefined);
    this.redis.defineCommand('inboxLeaseAcquire', { numberOfKeys: 1, lua: ACQUIRE_SCRIPT });
    this.redis.defineCommand('inboxLeaseRelease', { numberOfKeys: 1, lua: RELEASE_SCRIPT });
  }

  async acquire(key: string, owner: string, ttlMs: number): Promise<boolean> {
    return (await this.command('inboxLeaseAcquire')(this.key(key), owner, Math.max(1, Math.ceil(ttlMs)))) === 1;
  }

  async release(key: string, owner: string): Promise<void> {
    await this.command('inboxLeaseRelease')(this.key(key), owner);
  }

  async close(): Promise<void> {
    try {
      await this.redis.quit();
    } catch {
      this.redis.disconnect();
    }
  }

  private command(name: 'inboxLeaseAcquire' | 'inboxLeaseRelease'): LeaseCommand {
    return (this.redis as unknown as Record<string, LeaseCommand>)[name].bind(this.redis);
  }

  private key(name: string): string {
    return `${this.prefix}:lease:${name}`;
  }
}
