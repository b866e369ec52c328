import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { InMemoryRateLimiter, reserveSlot, type RateLimit } from './rate-limiter';
import { RedisRateLimiter } from './redis-rate-limiter';

const chat: RateLimit = { key: 'chat', perSecond: 1, burst: 1 };
const bot: RateLimit = { key: 'bot', perSecond: 30, burst: 30, pooled: true };

describe(reserveSlot.name, () => {
  it('lets a burst through at once, then spaces sends at the rate', () => {
    const limit = { key: 'b', perSecond: 10, burst: 3 };
    let tats: Array<number | undefined> = [undefined];
    const starts: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = reserveSlot([limit], tats, 1000);
      starts.push(r.startAt);
      tats = r.tats;
    }
    expect(starts).toEqual([1000, 1000, 1000, 1100, 1200]);
  });

  it('waits for the slowest of several buckets; a pooled bucket is charged now, the others at the send', () => {
    const first = reserveSlot([bot, chat], [undefined, undefined], 0);
    expect(first.startAt).toBe(0);
    const second = reserveSlot([bot, chat], first.tats, 10);
    expect(second.startAt).toBe(1000);
    expect(second.tats[0]).toBeCloseTo(2000 / 30);
    expect(second.tats[1]).toBe(2000);
    // A full bot holds up the chat; the chat is still charged at its real send time.
    const fullBot = reserveSlot([bot, chat], [5000, undefined], 0);
    expect(fullBot.startAt).toBeCloseTo(5000 + 1000 / 30 - 1000);
    expect(fullBot.tats[1]).toBeCloseTo(fullBot.startAt + 1000);
  });

  it('charges a message of several sends for each of them; it waits only for what the burst can hold', () => {
    const album = reserveSlot([chat], [undefined], 0, 3);
    expect(album.startAt).toBe(0);
    expect(reserveSlot([chat], album.tats, 10).startAt).toBe(3000);
    const limit = { key: 'b', perSecond: 10, burst: 5 };
    const four = reserveSlot([limit], [undefined], 0, 4);
    expect(four.startAt).toBe(0);
    expect(reserveSlot([limit], four.tats, 0, 3).startAt).toBe(200);
  });

  it('forgets a bucket that has been idle long enough', () => {
    const r = reserveSlot([chat], [undefined], 0);
    expect(reserveSlot([chat], r.tats, 5000).startAt).toBe(5000);
  });
});

describe(InMemoryRateLimiter.name, () => {
  it('hands out waits in the order sends asked, one a second per chat', async () => {
    let now = 0;
    const limiter = new InMemoryRateLimiter(() => now);
    const waits = [];
    for (let i = 0; i < 4; i++) waits.push(await limiter.reserve([bot, chat]));
    expect(waits).toEqual([0, 1000, 2000, 3000]);
    now = 500;
    expect(await limiter.reserve([{ ...chat, key: 'other chat' }, bot])).toBe(0);
  });

  it('throttles with tryAcquire: once per interval per key', async () => {
    let now = 0;
    const limiter = new InMemoryRateLimiter(() => now);
    expect(await limiter.tryAcquire('t', 4000)).toBe(true);
    now = 3999;
    expect(await limiter.tryAcquire('t', 4000)).toBe(false);
    expect(await limiter.tryAcquire('u', 4000)).toBe(true);
    now = 4000;
    expect(await limiter.tryAcquire('t', 4000)).toBe(true);
  });
});

describe.skipIf(!process.env.REDIS_URL)(RedisRateLimiter.name, () => {
  const prefix = `inbox-test-rl-${randomBytes(4).toString('hex')}`;
  const a = new RedisRateLimiter(process.env.REDIS_URL ?? '', prefix);
  const b = new RedisRateLimiter(process.env.REDIS_URL ?? '', prefix);
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('shares one bucket between processes', async () => {
    expect(await a.reserve([bot, chat])).toBe(0);
    const second = await b.reserve([bot, chat]);
    expect(second).toBeGreaterThan(900);
    expect(second).toBeLessThanOrEqual(1000);
    const third = await a.reserve([bot, chat]);
    expect(third).toBeGreaterThan(1900);
  });

  it('shares throttles between processes', async () => {
    expect(await a.tryAcquire('typing', 4000)).toBe(true);
    expect(await b.tryAcquire('typing', 4000)).toBe(false);
  });
});
