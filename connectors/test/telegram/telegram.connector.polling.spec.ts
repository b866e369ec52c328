import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { TelegramConnector, type TelegramPollingStage } from '../../src/telegram';
import type { InboundEvent, InboundMessageEvent } from '../../src/types';
import { FakeTelegramApi } from '../fake-telegram-api';
import { TOKEN, telegramContext, telegramFixture } from './fixtures';

let api: FakeTelegramApi;
let connector: TelegramConnector;
let errors: { error: unknown; stage: TelegramPollingStage }[];
const polling = telegramContext({ settings: { mode: 'polling' } });

/** A private text message update for the fake to serve. */
function textUpdate(updateId: number, messageId: number, text: string) {
  const update = telegramFixture('text');
  update.update_id = updateId;
  Object.assign(update.message as object, { message_id: messageId, text });
  return update;
}

/** Collects what onEvents receives. */
function sink() {
  const batches: InboundEvent[][] = [];
  const onEvents = vi.fn(async (events: InboundEvent[]) => {
    batches.push(events);
  });
  const texts = () => batches.flat().map((e) => (e as InboundMessageEvent).text);
  return { batches, onEvents, texts };
}

beforeAll(async () => {
  api = await FakeTelegramApi.start({ tokens: [TOKEN], maxLongPollMs: 1000 });
});
beforeEach(() => {
  api.reset();
  errors = [];
  connector = new TelegramConnector({
    apiRoot: api.apiRoot,
    pollTimeoutSec: 1,
    pollBackoff: { initialMs: 20, maxMs: 100 },
    onPollingError: (_inboxId, error, stage) => errors.push({ error, stage }),
  });
});
afterEach(() => connector.stop());
afterAll(() => api.close());

describe('TelegramConnector long polling', () => {
  it('delivers updates from two getUpdates calls in order, each once, advancing the offset', async () => {
    const { onEvents, texts } = sink();
    api.pushUpdates(textUpdate(500, 1, 'first'), textUpdate(501, 2, 'second'));
    await connector.start(polling, onEvents);
    await vi.waitFor(() => expect(texts()).toEqual(['first', 'second']));

    api.pushUpdates(textUpdate(502, 3, 'third'));
    await vi.waitFor(() => expect(texts()).toEqual(['first', 'second', 'third']));

    await vi.waitFor(() => expect(api.confirmedOffset).toBe(503));
    const offsets = api.callsTo('getUpdates').map((c) => c.params.offset);
    expect(offsets.slice(0, 3)).toEqual([undefined, 502, 503]);
    expect(api.callsTo('getUpdates')[0].params).toMatchObject({ timeout: 1, allowed_updates: ['message', 'edited_message', 'callback_query'] });
    expect(onEvents).toHaveBeenCalledTimes(2);
  });

  it('removes the webhook first: Telegram refuses getUpdates while one is set', async () => {
    api.webhook = { url: 'https://old.example/hook' };
    const { onEvents, texts } = sink();
    api.pushUpdates(textUpdate(600, 1, 'hello'));
    await connector.start(polling, onEvents);
    await vi.waitFor(() => expect(texts()).toEqual(['hello']));
    expect(api.calls[0].method).toBe('deleteWebhook');
  });

  it('stop() ends the loop, even in the middle of a long poll', async () => {
    const { onEvents } = sink();
    await connector.start(polling, onEvents);
    await vi.waitFor(() => expect(api.callsTo('getUpdates').length).toBeGreaterThan(0));
    expect(connector.isPolling(polling.inboxId)).toBe(true);
    const started = Date.now();
    await connector.stop();
    expect(Date.now() - started).toBeLessThan(500); // the fake would hold the poll for 1 s
    expect(connector.isPolling(polling.inboxId)).toBe(false);
    const calls = api.callsTo('getUpdates').length;
    await new Promise((r) => setTimeout(r, 100));
    expect(api.callsTo('getUpdates')).toHaveLength(calls);
  });

  it('backs off after errors and goes on: 500, then 429 with retry_after', async () => {
    api.failNext({ method: 'getUpdates', status: 500 }, { method: 'getUpdates', status: 429, retryAfter: 0.05 });
    api.pushUpdates(textUpdate(700, 1, 'after the storm'));
    const { onEvents, texts } = sink();
    await connector.start(polling, onEvents);
    await vi.waitFor(() => expect(texts()).toEqual(['after the storm']));
    expect(errors.map(({ error, stage }) => [stage, (error as { code: string }).code])).toEqual([
      ['getUpdates', 'temporary'],
      ['getUpdates', 'rate-limited'],
    ]);
  });

  it('fetches the same batch again when onEvents fails, so nothing is lost', async () => {
    let failures = 1;
    const received: string[] = [];
    const onEvents = async (events: InboundEvent[]) => {
      if (failures-- > 0) throw new Error('database is down');
      received.push(...events.map((e) => (e as InboundMessageEvent).text!));
    };
    api.pushUpdates(textUpdate(800, 1, 'keep me'));
    await connector.start(polling, onEvents);
    await vi.waitFor(() => expect(received).toEqual(['keep me']));
    expect(errors[0].stage).toBe('onEvents');
  });

  it('skips an unreadable update, reports it, and still moves past it', async () => {
    const bad = { update_id: 900, message: { message_id: 1, chat: { id: 'x' }, date: 1 } };
    api.pushUpdates(bad, textUpdate(901, 2, 'readable'));
    const { onEvents, texts } = sink();
    await connector.start(polling, onEvents);
    await vi.waitFor(() => expect(texts()).toEqual(['readable']));
    await vi.waitFor(() => expect(api.confirmedOffset).toBe(902));
    expect(errors.map((e) => e.stage)).toEqual(['parse']);
  });

  it('stops by itself when the token is revoked, and reports auth', async () => {
    const { onEvents } = sink();
    await connector.start(polling, onEvents);
    api.failNext({ method: 'getUpdates', status: 401 });
    await vi.waitFor(() => expect(connector.isPolling(polling.inboxId)).toBe(false));
    expect((errors[0].error as { code: string }).code).toBe('auth');
  });

  it('does nothing for an inbox in webhook mode', async () => {
    await connector.start(telegramContext({ settings: { mode: 'webhook' } }), sink().onEvents);
    await connector.start(telegramContext(), sink().onEvents);
    expect(api.calls).toHaveLength(0);
  });
});
