import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_HELD_EMITS, PeerPublisher, RESUBSCRIBE_CHECK_MS, RESUBSCRIBE_GRACE_MS, RESUBSCRIBE_MAX_WAIT_MS } from './peer-publisher';

const CHANNELS = { request: 'inbox:socket.io-request#', response: 'inbox:socket.io-response#' };
const BROADCAST = 'inbox:socket.io#/agents#inbox:1#';
const PUSHES = 'inbox:socket.io-pushes#';
const AGENT_PUSHES = `${PUSHES}/agents#`;

/** An ioredis client as far as the publisher sees it: a status, PUBLISH, and the connection's events. */
class FakeClient extends EventEmitter {
  status = 'ready';
  published: Array<[string, string | Buffer]> = [];
  failNext: Error | null = null;
  /** How many connections listen on each channel by name (PUBLISH answers it for the counted channels). */
  subscribed = new Map<string, number>();

  publish(channel: string, message: string | Buffer): Promise<number> {
    if (this.failNext) {
      const error = this.failNext;
      this.failNext = null;
      return Promise.reject(error);
    }
    this.published.push([channel, message]);
    return Promise.resolve(this.subscribed.get(channel) ?? 1);
  }

  pubsub(_subcommand: 'NUMSUB', ...channels: string[]): Promise<unknown[]> {
    if (this.status !== 'ready') return Promise.reject(new Error('Connection is closed.'));
    return Promise.resolve(channels.flatMap((channel) => [channel, this.subscribed.get(channel) ?? 0]));
  }

  lose(): void {
    this.status = 'reconnecting';
    this.emit('close');
  }

  regain(): void {
    this.status = 'ready';
    this.emit('ready');
  }
}

describe('PeerPublisher', () => {
  let client: FakeClient;
  let log: string[];
  let publisher: PeerPublisher;

  beforeEach(() => {
    vi.useFakeTimers();
    client = new FakeClient();
    log = [];
    publisher = new PeerPublisher(client, CHANNELS, (line) => log.push(line), PUSHES);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('publishes at once while Redis is there, and a failed PUBLISH resolves instead of rejecting', async () => {
    await expect(publisher.publish(BROADCAST, 'a')).resolves.toBe(1);
    client.failNext = new Error("Stream isn't writeable");
    await expect(publisher.publish(BROADCAST, 'b')).resolves.toBe(0);
    client.failNext = new Error("Stream isn't writeable");
    await publisher.publish(BROADCAST, 'c');
    expect(client.published).toEqual([[BROADCAST, 'a']]);
    expect(log.filter((line) => line.includes('lost'))).toHaveLength(1);
  });

  it('publishes again, first and in order, an emit whose connection died before Redis answered', async () => {
    const answers: Array<(n: number) => void> = [];
    const failures: Array<(e: Error) => void> = [];
    const send = client.publish.bind(client);
    // The next two PUBLISHes are written, then the connection dies under them.
    let inFlight = 2;
    client.publish = (channel, message) => {
      if (inFlight-- <= 0) return send(channel, message);
      return new Promise<number>((resolve, reject) => {
        answers.push(resolve);
        failures.push(reject);
      });
    };
    publisher = new PeerPublisher(client, CHANNELS, (line) => log.push(line), PUSHES);
    const first = publisher.publish(BROADCAST, 'in flight 1');
    const second = publisher.publish(BROADCAST, 'in flight 2');
    client.lose();
    for (const fail of failures) fail(new Error('Connection is closed.'));
    await expect(Promise.all([first, second])).resolves.toEqual([0, 0]);
    await publisher.publish(BROADCAST, 'while away');
    client.regain();
    await vi.advanceTimersByTimeAsync(RESUBSCRIBE_GRACE_MS);
    expect(client.published.map(([, message]) => message)).toEqual(['in flight 1', 'in flight 2', 'while away']);
    expect(log.filter((line) => line.includes('lost'))).toEqual([]);
    expect(answers).toHaveLength(2);
  });

  it('holds emits while Redis is away and publishes them in order once every process had time to subscribe again', async () => {
    client.lose();
    const roomChange = JSON.stringify({ uid: 'x', type: 6, opts: { rooms: ['agent:1'] }, rooms: ['inbox:2'] });
    await publisher.publish(BROADCAST, 'first');
    await publisher.publish(`${CHANNELS.request}/agents#`, roomChange);
    await publisher.publish(BROADCAST, Buffer.from('second'));
    client.regain();
    await publisher.publish(BROADCAST, 'third');
    vi.advanceTimersByTime(RESUBSCRIBE_GRACE_MS - 1);
    expect(client.published).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(client.published).toEqual([
      [BROADCAST, 'first'],
      [`${CHANNELS.request}/agents#`, roomChange],
      [BROADCAST, Buffer.from('second')],
      [BROADCAST, 'third'],
    ]);
    await publisher.publish(BROADCAST, 'after');
    expect(client.published.at(-1)).toEqual([BROADCAST, 'after']);
    expect(log).toEqual([expect.stringContaining('held until it is back'), expect.stringContaining('4 emits held')]);
  });

  it('publishes what it held once every process that listened before the outage listens again, however long that takes', async () => {
    client.subscribed.set(AGENT_PUSHES, 2);
    await publisher.publish(AGENT_PUSHES, 'before');
    client.lose();
    await publisher.publish(AGENT_PUSHES, 'held');
    // Redis is back; this process has subscribed again, the other one not yet (a loaded machine).
    client.subscribed.set(AGENT_PUSHES, 1);
    client.regain();
    await vi.advanceTimersByTimeAsync(RESUBSCRIBE_GRACE_MS + 2000);
    expect(client.published.map(([, message]) => message)).toEqual(['before']);
    client.subscribed.set(AGENT_PUSHES, 2);
    await vi.advanceTimersByTimeAsync(RESUBSCRIBE_CHECK_MS);
    expect(client.published.map(([, message]) => message)).toEqual(['before', 'held']);
  });

  it('publishes what it held at once when everyone listens already, and after the longest wait when someone never comes back', async () => {
    client.subscribed.set(AGENT_PUSHES, 2);
    await publisher.publish(AGENT_PUSHES, 'before');
    client.lose();
    await publisher.publish(AGENT_PUSHES, 'held 1');
    client.regain();
    await vi.advanceTimersByTimeAsync(0);
    expect(client.published.map(([, message]) => message)).toEqual(['before', 'held 1']);

    client.lose();
    await publisher.publish(AGENT_PUSHES, 'held 2');
    // The other process died during the outage.
    client.subscribed.set(AGENT_PUSHES, 1);
    client.regain();
    await vi.advanceTimersByTimeAsync(RESUBSCRIBE_MAX_WAIT_MS - 500);
    expect(client.published).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(client.published.map(([, message]) => message)).toEqual(['before', 'held 1', 'held 2']);
  });

  it('keeps no question that waits for answers, nor answers: the asker gives up at its own time limit', async () => {
    client.lose();
    await publisher.publish(`${CHANNELS.request}/agents#`, JSON.stringify({ uid: 'x', requestId: 'r1', type: 3, data: ['whatsapp.send', {}] }));
    await publisher.publish(`${CHANNELS.request}/agents#`, Buffer.from('msgpack broadcast with acks'));
    await publisher.publish(`${CHANNELS.response}/agents#`, JSON.stringify({ type: 3, requestId: 'r0', data: [] }));
    client.regain();
    vi.advanceTimersByTime(RESUBSCRIBE_GRACE_MS);
    expect(client.published).toEqual([]);
  });

  it('goes on holding when Redis is lost again before the held emits went out', async () => {
    client.lose();
    await publisher.publish(BROADCAST, 'held');
    client.regain();
    vi.advanceTimersByTime(RESUBSCRIBE_GRACE_MS / 2);
    client.lose();
    vi.advanceTimersByTime(RESUBSCRIBE_GRACE_MS);
    expect(client.published).toEqual([]);
    client.regain();
    vi.advanceTimersByTime(RESUBSCRIBE_GRACE_MS);
    expect(client.published).toEqual([[BROADCAST, 'held']]);
  });

  it('holds at most MAX_HELD_EMITS and says how many it dropped', async () => {
    client.lose();
    for (let i = 0; i < MAX_HELD_EMITS + 5; i += 1) await publisher.publish(BROADCAST, String(i));
    client.regain();
    vi.advanceTimersByTime(RESUBSCRIBE_GRACE_MS);
    expect(client.published).toHaveLength(MAX_HELD_EMITS);
    expect(client.published.at(-1)).toEqual([BROADCAST, String(MAX_HELD_EMITS - 1)]);
    expect(log.at(-1)).toContain('5 more were dropped');
  });

  it('says nothing of an outage when its connection ends after it was closed (a shutdown)', async () => {
    publisher.close();
    client.lose();
    await publisher.publish(BROADCAST, 'after the close');
    expect(log).toEqual([]);
    expect(client.published).toEqual([]);
  });

  it('drops what it holds when closed', async () => {
    client.lose();
    await publisher.publish(BROADCAST, 'held');
    client.regain();
    publisher.close();
    vi.advanceTimersByTime(RESUBSCRIBE_GRACE_MS);
    expect(client.published).toEqual([]);
  });
});
